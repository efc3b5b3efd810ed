/** Pan/zoom transform math (plain functions, no d3): fit to an area, zoom about a point, pan; d3-zoom attaches later (panZoomD3.ts). */
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

/** The view zoomed by a factor (kept within ZOOM_EXTENT) about the point cx, cy, which stays put on screen. */
export function zoomAbout(
  view: ViewTransform,
  factor: number,
  cx: number,
  cy: number,
): ViewTransform {
  const k = Math.max(ZOOM_EXTENT[0], Math.min(ZOOM_EXTENT[1], view.k * factor));
  const r = k / view.k;
  return { k, x: cx - (cx - view.x) * r, y: cy - (cy - view.y) * r };
}

/** The view moved by dx, dy pixels. */
export function panView(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { k: view.k, x: view.x + dx, y: view.y + dy };
}

/** The controls of an attached pan/zoom behaviour. */
export interface PanZoom {
  /** Multiplies the zoom factor around the viewport centre. */
  zoomBy: (factor: number) => void;
  /** Moves the view by dx, dy pixels. */
  panBy: (dx: number, dy: number) => void;
  /** Jumps to a transform. */
  setView: (view: ViewTransform) => void;
  /** Takes a transform shown by other means as the current one, without reporting it. */
  sync: (view: ViewTransform) => void;
  /** Detaches every listener. */
  destroy: () => void;
}

/** The CSS transform that carries a drawing shown through `committed` to where `live` shows it (origin top left): applied to a composited layer during a gesture, so moving the view repaints nothing. */
export function gestureDelta(committed: ViewTransform, live: ViewTransform): string {
  const r = live.k / committed.k;
  return `translate(${live.x - committed.x * r}px, ${live.y - committed.y * r}px) scale(${r})`;
}

/** Whether a gesture's layer has been scaled so far from its drawing (over 8× either way) that it should be redrawn crisp now. */
export function tooBlurry(committed: ViewTransform, live: ViewTransform): boolean {
  return Math.abs(Math.log2(live.k / committed.k)) > 3;
}

/** Zoom factor of one wheel event, as d3-zoom computes it (pixels, lines or pages). */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  return 2 ** (-deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002));
}
