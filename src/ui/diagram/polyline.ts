/** Polylines measured for constant-speed movement along them (the packets' paths; loaded with the packet engine, not the first view). */
import { pt, type Point } from './geometry';

/** A polyline with its cumulative lengths, ready for constant-speed interpolation. */
export interface Polyline {
  /** The corner points, first to last. */
  readonly points: readonly Point[];
  /** Distance from the start to each point. */
  readonly lengths: readonly number[];
  /** Total length. */
  readonly total: number;
}

/** Measures a polyline. */
export function polyline(points: readonly Point[]): Polyline {
  const lengths: number[] = [];
  let total = 0;
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev) total += Math.hypot(p.x - prev.x, p.y - prev.y);
    lengths.push(total);
  });
  return { points, lengths, total };
}

/** The point at fraction t (0..1) of a polyline's length. */
export function pointAlong(line: Polyline, t: number): Point {
  const first = line.points[0] ?? pt(0, 0);
  if (line.total === 0 || t <= 0) return first;
  const target = Math.min(1, t) * line.total;
  for (let i = 1; i < line.points.length; i++) {
    const l1 = line.lengths[i] ?? 0;
    if (l1 >= target) {
      const l0 = line.lengths[i - 1] ?? 0;
      const a = line.points[i - 1] ?? first;
      const b = line.points[i] ?? first;
      const f = l1 === l0 ? 0 : (target - l0) / (l1 - l0);
      return pt(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
    }
  }
  return line.points[line.points.length - 1] ?? first;
}
