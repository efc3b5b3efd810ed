/** The way a packet travels between two anchors: up one waypoint chain and down the other. */
import { samePoint, type Point } from './geometry';
import type { Anchor } from './layoutTypes';

/**
 * The points from a to b. Both chains lead to the node network trunk; their shared tail is cut
 * so the packet turns where the two ways meet (a veth to a veth on the same bus goes straight).
 */
export function pathBetween(a: Anchor, b: Anchor): Point[] {
  const up = [a.pos, ...a.chain];
  const down = [b.pos, ...b.chain];
  let i = up.length - 1;
  let j = down.length - 1;
  let meet: Point | undefined;
  while (i >= 0 && j >= 0) {
    const p = up[i];
    const q = down[j];
    if (!p || !q || !samePoint(p, q)) break;
    meet = p;
    i--;
    j--;
  }
  const head = up.slice(0, i + 1);
  const tail = down.slice(0, j + 1).reverse();
  const joint = (head.length === 0 || tail.length === 0) && meet ? [meet] : [];
  const points = [...head, ...joint, ...tail];
  return points.filter((p, k) => {
    const prev = points[k - 1];
    return !prev || !samePoint(prev, p);
  });
}
