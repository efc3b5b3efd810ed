/** d3-zoom wrapped in a plain factory: attached once to the SVG, it reports each new view transform. */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from '../../store/uiSlice';
import type { Box } from './geometry';

/** Smallest and largest zoom factors. */
export const ZOOM_EXTENT: [number, number] = [0.03, 4];

/** The largest factor "fit to screen" scales a small cluster up to. */
export const FIT_MAX_SCALE = 2;

/** The transform that fills a viewport of width×height pixels with a model box (up to FIT_MAX_SCALE), keeping a small margin. */
export function fitTransform(
  bounds: Box,
  width: number,
  height: number,
  margin = 12,
): ViewTransform {
  const kx = (width - 2 * margin) / Math.max(1, bounds.w);
  const ky = (height - 2 * margin) / Math.max(1, bounds.h);
  const k = Math.max(ZOOM_EXTENT[0], Math.min(FIT_MAX_SCALE, kx, ky));
  return {
    k,
    x: (width - bounds.w * k) / 2 - bounds.x * k,
    y: (height - bounds.h * k) / 2 - bounds.y * k,
  };
}

/** The controls of an attached pan/zoom behaviour. */
export interface PanZoom {
  /** Multiplies the zoom factor around the viewport centre. */
  zoomBy: (factor: number) => void;
  /** Moves the view by dx, dy pixels. */
  panBy: (dx: number, dy: number) => void;
  /** Jumps to a transform. */
  setView: (view: ViewTransform) => void;
  /** Detaches every listener. */
  destroy: () => void;
}

/** Attaches d3-zoom to an SVG element; onChange receives every transform (wheel, drag, buttons) and whether a pointer gesture made it. */
export function createPanZoom(
  svg: SVGSVGElement,
  onChange: (view: ViewTransform, byGesture: boolean) => void,
): PanZoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent(ZOOM_EXTENT)
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      onChange({ x: e.transform.x, y: e.transform.y, k: e.transform.k }, e.sourceEvent != null);
    });
  const sel = select(svg);
  sel.call(behaviour).on('dblclick.zoom', null);
  return {
    zoomBy: (factor) => behaviour.scaleBy(sel, factor),
    panBy: (dx, dy) =>
      behaviour.translateBy(sel, dx / zoomTransform(svg).k, dy / zoomTransform(svg).k),
    setView: (v) => behaviour.transform(sel, zoomIdentity.translate(v.x, v.y).scale(v.k)),
    destroy: () => {
      sel.on('.zoom', null);
    },
  };
}
