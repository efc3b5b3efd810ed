/** The way a packet travels between two anchors: up one waypoint chain and down the other, along drawn lines. */
import { samePoint, type Point } from './geometry';
import type { Anchor } from './layoutTypes';

/** Whether b lies on the straight line through a and c. */
function collinear(a: Point, b: Point, c: Point): boolean {
  return Math.abs((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)) < 1e-6;
}

/** Drops repeated points and the middle of every straight run, so the way never doubles back. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && samePoint(last, p)) continue;
    out.push(p);
    while (out.length >= 3) {
      const n = out.length;
      const a = out[n - 3] as Point;
      const b = out[n - 2] as Point;
      const c = out[n - 1] as Point;
      if (!collinear(a, b, c)) break;
      out[n - 2] = c;
      out.length = n - 1;
    }
  }
  return out;
}

/**
 * The points from a to b. Within one pod's namespace the packet goes straight. Otherwise both
 * chains lead to the node network's root; the packet climbs a's chain to where the two meet and
 * goes down b's, and straight runs are merged (two veths on one bus go straight along it).
 */
export function pathBetween(a: Anchor, b: Anchor): Point[] {
  if (a.scope !== undefined && a.scope === b.scope) return simplify([a.pos, b.pos]);
  const up = [a.pos, ...a.chain];
  const down = [b.pos, ...b.chain];
  let i = up.length - 1;
  let j = down.length - 1;
  let meet: Point[] = [];
  while (i >= 0 && j >= 0) {
    const p = up[i];
    const q = down[j];
    if (!p || !q || !samePoint(p, q)) break;
    meet = [p];
    i--;
    j--;
  }
  const head = up.slice(0, i + 1);
  const tail = down.slice(0, j + 1).reverse();
  return simplify([...head, ...meet, ...tail]);
}
