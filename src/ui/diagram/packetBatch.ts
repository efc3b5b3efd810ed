/** Many packets drawn cheaply: one SVG path per colour and kind, holding every request as a circle and every reply as a diamond. */
import { frameAt, type FlowPlan } from './animation';
import { inside } from './cull';
import type { Box } from './geometry';

/** The path data of every packet, by palette index: requests, replies and VXLAN rings. */
export interface PacketBatches {
  /** Request packets of each colour. */
  readonly request: string[];
  /** Reply packets of each colour (drawn in the darker shade). */
  readonly reply: string[];
  /** VXLAN outer rings of each colour. */
  readonly encap: string[];
}

/** Radius of a batched packet, model units at scale 1. */
const R = 6;
/** Radius of its VXLAN ring. */
const RING = 10;

/** A circle as path data (two arcs), rounded to tenths so the strings stay short. */
function circle(x: number, y: number, r: number): string {
  const rx = Math.round(r * 10) / 10;
  return `M${Math.round((x - rx) * 10) / 10},${Math.round(y * 10) / 10}a${rx},${rx} 0 1 0 ${2 * rx},0a${rx},${rx} 0 1 0 ${-2 * rx},0`;
}

/** A diamond (a reply's shape) as path data. */
function diamond(x: number, y: number, r: number): string {
  const q = (n: number) => Math.round(n * 10) / 10;
  const d = q(r * 1.25);
  return `M${q(x)},${q(y - d)}l${d},${d}l${-d},${d}l${-d},${-d}z`;
}

/** Builds the path data of all flows at cursor, t; flow i uses colour i mod colours; packets outside `visible` (when given) are left out. */
export function batchPaths(
  plans: readonly FlowPlan[],
  cursor: number,
  t: number,
  scale: number,
  colours: number,
  visible: Box | null = null,
): PacketBatches {
  const out: PacketBatches = {
    request: Array<string>(colours).fill(''),
    reply: Array<string>(colours).fill(''),
    encap: Array<string>(colours).fill(''),
  };
  plans.forEach((plan, i) => {
    const f = frameAt(plan, cursor, t);
    if (!f || f.stop.ghost) return;
    if (visible && !inside(visible, f.pos.x, f.pos.y)) return;
    const c = i % colours;
    if (f.stop.leg === 'reply') out.reply[c] += diamond(f.pos.x, f.pos.y, R * scale);
    else out.request[c] += circle(f.pos.x, f.pos.y, R * scale);
    if (f.stop.encap) out.encap[c] += circle(f.pos.x, f.pos.y, RING * scale);
  });
  return out;
}
