/** Progressive drawing, pure part: which nodes to bring to the wanted level of detail next, nearest the view's centre first, within a per-frame budget. */
import type { Box } from './geometry';
import type { NodeShape } from './layoutTypes';
import type { Level } from './lod';

/** Rough cost of drawing a node at a level, in SVG elements over ten (a full pod is about 30). */
export function nodeCost(node: NodeShape, level: Level): number {
  const pods = node.pods.length;
  return 1 + (level === 'full' ? pods * 3 : level === 'summary' ? pods : 0);
}

/** Elements-over-ten drawn per frame at most when the drawing catches up (about 800 elements). */
export const FRAME_BUDGET = 80;

/**
 * The next drawn state: nodes no longer wanted are dropped, and nodes not yet at `level` are
 * brought to it nearest-first until `budget` is spent (always at least one). Returns the same map
 * when nothing changes.
 */
export function nextShown(
  shown: ReadonlyMap<string, Level>,
  nodes: readonly NodeShape[],
  level: Level,
  rect: Box | null,
  budget = FRAME_BUDGET,
): ReadonlyMap<string, Level> {
  const wanted = new Set(nodes.map((n) => n.id));
  const pending = nodes.filter((n) => shown.get(n.id) !== level);
  const dropped = [...shown.keys()].some((id) => !wanted.has(id));
  if (pending.length === 0 && !dropped) return shown;
  const out = new Map([...shown].filter(([id]) => wanted.has(id)));
  if (rect) {
    const cx = rect.x + rect.w / 2;
    const cy = rect.y + rect.h / 2;
    const d = (n: NodeShape) => Math.hypot(n.box.x + n.box.w / 2 - cx, n.box.y + n.box.h / 2 - cy);
    pending.sort((a, b) => d(a) - d(b));
  }
  let spent = 0;
  for (const n of pending) {
    const cost = nodeCost(n, level);
    if (spent > 0 && spent + cost > budget) break;
    out.set(n.id, level);
    spent += cost;
  }
  return out;
}
