/** Model-space geometry for the diagram: branded model units, points and boxes (polylines are in ./polyline). */

/** A length in diagram model units (before zoom), never confused with screen pixels. */
export type ModelUnit = number & { readonly __unit: 'model' };
/** A length in screen pixels (after zoom). */
export type Pixels = number & { readonly __unit: 'px' };

/** Marks a number as model units. */
export const mu = (n: number): ModelUnit => n as ModelUnit;
/** Marks a number as screen pixels. */
export const px = (n: number): Pixels => n as Pixels;

/** A point in model space. */
export interface Point {
  /** Horizontal position, growing rightwards. */
  readonly x: ModelUnit;
  /** Vertical position, growing downwards. */
  readonly y: ModelUnit;
}

/** An axis-aligned rectangle in model space. */
export interface Box {
  /** Left edge. */
  readonly x: ModelUnit;
  /** Top edge. */
  readonly y: ModelUnit;
  /** Width. */
  readonly w: ModelUnit;
  /** Height. */
  readonly h: ModelUnit;
}

/** Builds a point from plain numbers. */
export function pt(x: number, y: number): Point {
  return { x: mu(x), y: mu(y) };
}

/** Builds a box from plain numbers. */
export function box(x: number, y: number, w: number, h: number): Box {
  return { x: mu(x), y: mu(y), w: mu(w), h: mu(h) };
}

/** The centre of a box. */
export function centre(b: Box): Point {
  return pt(b.x + b.w / 2, b.y + b.h / 2);
}

/** Whether inner lies entirely inside outer (edges may touch). */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** Whether two boxes share interior area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether two points are the same. */
export function samePoint(a: Point, b: Point): boolean {
  return a.x === b.x && a.y === b.y;
}
