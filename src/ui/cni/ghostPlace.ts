/** Where a pod being deleted (CNI DEL) is drawn: in the first free place after its node's remaining pods, never over a neighbour. */
import { box, mu, type Box } from '../diagram/geometry';
import type { DiagramLayout, NodeShape, PodShape, Segment } from '../diagram/layoutTypes';
import { BUS_DROP } from '../diagram/layoutPod';

/** The gap between two pods of a row (the pod grid's pitch less a pod's width). */
const POD_GAP = 24;
/** Room kept between a ghost and another node. */
const CLEAR = 12;
/** The smallest a ghost is drawn, squeezed before another node: its name stays legible. */
const MIN_SCALE = 0.6;

/** A pod being deleted, placed on the diagram as it is now. */
export interface PlacedGhost {
  /** The pod's shapes, moved (and maybe scaled) to their place. */
  readonly pod: PodShape;
  /** How much smaller than a pod it is drawn (1: as large). */
  readonly scale: number;
  /** The bridge bus drawn on from the row's end to the ghost's host veth, when it has one. */
  readonly bus?: Segment;
}

/** Whether two ranges [a, a + al) and [b, b + bl) overlap. */
const overlaps = (a: number, al: number, b: number, bl: number) => a < b + bl && b < a + al;

/** The left edge of the first other node to the right of x whose box meets rows top..bottom (Infinity when none). */
function wallRightOf(
  layout: DiagramLayout,
  own: NodeShape,
  x: number,
  top: number,
  bottom: number,
) {
  let wall = Infinity;
  for (const n of layout.nodes) {
    if (n === own || n.box.x + n.box.w <= x) continue;
    if (overlaps(top, bottom - top, n.box.y, n.box.h)) wall = Math.min(wall, n.box.x);
  }
  return wall;
}

/** The shapes of a pod moved so its corner is at (x, y) and scaled by s; its host veth centred on the bus at busY. */
function moved(p: PodShape, x: number, y: number, s: number, busY: number): PodShape {
  const at = (b: Box) => box(x + (b.x - p.box.x) * s, y + (b.y - p.box.y) * s, b.w * s, b.h * s);
  const shape: PodShape = {
    ...p,
    box: at(p.box),
    sandbox: { ...p.sandbox, box: at(p.sandbox.box) },
    containers: p.containers.map((c) => ({ ...c, box: at(c.box) })),
    devices: p.devices.map((d) => ({ ...d, box: at(d.box) })),
  };
  if (!p.vethHost) return shape;
  const v = at(p.vethHost.box);
  return { ...shape, vethHost: { ...p.vethHost, box: box(v.x, busY - v.h / 2, v.w, v.h) } };
}

/**
 * Places the ghost of `old` (laid out in the cluster as it was, on `oldNode`) on `node` as it is
 * drawn now: in its own place when no pod is left there, else after the last remaining pod of the
 * last row (the neighbours have moved up into its old place), as tall as the row. Past the node's
 * edge it may hang out where nothing is drawn; before another node it is drawn smaller, down to MIN_SCALE.
 */
export function placeGhost(
  old: PodShape,
  oldNode: NodeShape,
  node: NodeShape,
  layout: DiagramLayout,
): PlacedGhost {
  const last = node.pods[node.pods.length - 1];
  if (!last) {
    const x = old.box.x + node.box.x - oldNode.box.x;
    const y = old.box.y + node.box.y - oldNode.box.y;
    const busY = (old.vethHost ? old.vethHost.box.y + old.vethHost.box.h / 2 : 0) + y - old.box.y;
    return { pod: moved(old, x, y, 1, busY), scale: 1 };
  }
  const top = last.box.y;
  const rowH = Math.max(...node.pods.filter((p) => p.box.y === top).map((p) => p.box.h));
  const x = last.box.x + last.box.w + POD_GAP;
  const bottom = top + Math.max(rowH, old.box.h) + BUS_DROP + CLEAR;
  const room = wallRightOf(layout, node, x, top, bottom) - CLEAR - x;
  // No wider than the room before another node, no taller than the row (its veth then hangs on the row's bus).
  const scale = Math.max(MIN_SCALE, Math.min(1, room / old.box.w, rowH / old.box.h));
  // On the row's bus when the ghost fits the row; else just under the ghost.
  const rowBus = top + rowH + BUS_DROP;
  const busY = Math.max(rowBus, top + old.box.h * scale + BUS_DROP);
  const pod = moved(old, x, top, scale, busY);
  const row = node.buses.find((b) => Math.abs(b.y - rowBus) < 1);
  const end = pod.vethHost ? pod.vethHost.box.x + pod.vethHost.box.w / 2 : undefined;
  if (!row || end === undefined || busY !== rowBus) return { pod, scale };
  return { pod, scale, bus: { y: row.y, x1: row.x2, x2: mu(end) } };
}
