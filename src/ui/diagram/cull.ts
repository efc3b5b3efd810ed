/** Culling: which part of the model the view shows, widened and snapped to a coarse grid so it changes (and React re-renders) only now and then. */
import type { ViewTransform } from '../../store/uiSlice';
import { box, type Box } from './geometry';

/** The model-space rectangle a viewport of width×height pixels shows through a view transform. */
export function viewRect(view: ViewTransform, width: number, height: number): Box {
  const k = view.k > 0 ? view.k : 1;
  return box(-view.x / k, -view.y / k, width / k, height / k);
}

/**
 * The rectangle to draw for a view rectangle: widened by `margin` of its size on each side (so a
 * short pan needs no render), then snapped outwards to a grid of cells a quarter to half as big as
 * the view rectangle, which makes equal results for every view near the same cell.
 */
export function cullRect(view: Box, margin = 0.2): Box {
  const cw = tileSize(view.w);
  const ch = tileSize(view.h);
  const x0 = Math.floor((view.x - view.w * margin) / cw) * cw;
  const y0 = Math.floor((view.y - view.h * margin) / ch) * ch;
  const x1 = Math.ceil((view.x + view.w * (1 + margin)) / cw) * cw;
  const y1 = Math.ceil((view.y + view.h * (1 + margin)) / ch) * ch;
  return box(x0, y0, x1 - x0, y1 - y0);
}

/** A cell size for a view of length n: the power of two at or above n/4, so zooming a little keeps the grid. */
export function tileSize(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n / 4)));
}

/** Whether two boxes overlap. */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether box a lies wholly inside box b. */
export function contains(b: Box, a: Box): boolean {
  return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
}

/** Whether a point lies inside a box. */
export function inside(b: Box, x: number, y: number): boolean {
  return x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
}

/** A stable text key of a box, to compare cull rectangles cheaply. */
export function boxKey(b: Box): string {
  return `${b.x},${b.y},${b.w},${b.h}`;
}
