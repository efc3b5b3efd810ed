/** d3-zoom wrapped in a plain factory (loaded just after the first paint): attached once to the SVG, it reports each new view transform. */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from '../../store/uiSlice';
import { ZOOM_EXTENT, type PanZoom } from './panZoom';

/** Attaches d3-zoom to an SVG element, starting from the view already shown; onChange receives every later transform (wheel, drag, buttons) and whether a pointer gesture made it. */
export function createPanZoom(
  svg: SVGSVGElement,
  start: ViewTransform,
  onChange: (view: ViewTransform, byGesture: boolean) => void,
): PanZoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent(ZOOM_EXTENT)
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      onChange({ x: e.transform.x, y: e.transform.y, k: e.transform.k }, e.sourceEvent != null);
    });
  const sel = select(svg);
  const toTransform = (v: ViewTransform) => zoomIdentity.translate(v.x, v.y).scale(v.k);
  sel.call(behaviour).on('dblclick.zoom', null);
  // d3-zoom keeps its transform on the element: start it where the plain-math view already is.
  sel.property('__zoom', toTransform(start));
  return {
    zoomBy: (factor) => behaviour.scaleBy(sel, factor),
    panBy: (dx, dy) =>
      behaviour.translateBy(sel, dx / zoomTransform(svg).k, dy / zoomTransform(svg).k),
    setView: (v) => behaviour.transform(sel, toTransform(v)),
    destroy: () => {
      sel.on('.zoom', null);
    },
  };
}
