/** d3-zoom wrapped in a plain factory (loaded on the first pointer over the diagram): attached once to the diagram's surface, it reports each new view transform and the end of each gesture. */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from '../../store/uiSlice';
import { ZOOM_EXTENT, type PanZoom } from './panZoom';

/** Attaches d3-zoom to an element (events whose target `accepts` refuses are left alone), starting from the view already shown; onChange receives every later transform (wheel, drag, buttons) and whether a pointer gesture made it, onEnd the end of each gesture. */
export function createPanZoom(
  el: HTMLElement,
  accepts: (target: EventTarget | null) => boolean,
  start: ViewTransform,
  onChange: (view: ViewTransform, byGesture: boolean) => void,
  onEnd: () => void,
): PanZoom {
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent(ZOOM_EXTENT)
    .filter((e: MouseEvent) => (!e.ctrlKey || e.type === 'wheel') && !e.button && accepts(e.target))
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      onChange({ x: e.transform.x, y: e.transform.y, k: e.transform.k }, e.sourceEvent != null);
    })
    .on('end', onEnd);
  const sel = select(el);
  const toTransform = (v: ViewTransform) => zoomIdentity.translate(v.x, v.y).scale(v.k);
  sel.call(behaviour).on('dblclick.zoom', null);
  // d3-zoom keeps its transform on the element: start it where the plain-math view already is.
  sel.property('__zoom', toTransform(start));
  return {
    zoomBy: (factor) => behaviour.scaleBy(sel, factor),
    panBy: (dx, dy) =>
      behaviour.translateBy(sel, dx / zoomTransform(el).k, dy / zoomTransform(el).k),
    setView: (v) => behaviour.transform(sel, toTransform(v)),
    sync: (v) => void sel.property('__zoom', toTransform(v)),
    destroy: () => {
      sel.on('.zoom', null);
    },
  };
}
