/** Where the static drawing's text sits (estimated from the same positions the views use), and a free spot for a new label. */
import { box, overlaps, type Box, type Point } from './geometry';
import type { DiagramLayout } from './layoutTypes';
import { textWidth } from './textFit';

/** A text box from its anchor point, as SVG places it: baseline y, start/middle/end alignment. */
function textBox(
  text: string,
  x: number,
  baseline: number,
  size: number,
  align: 'start' | 'middle' | 'end' = 'start',
  mono = false,
): Box {
  const w = textWidth(text, size, mono);
  const left = align === 'start' ? x : align === 'middle' ? x - w / 2 : x - w;
  return box(left, baseline - size * 0.8, w, size * 1.05);
}

/** Boxes of the labels the full-detail drawing shows, and of the elements they sit in (both are obstacles). */
export function obstacleBoxes(layout: DiagramLayout): Box[] {
  const out: Box[] = [layout.networkTag.box];
  for (const n of layout.nodes) {
    const { x, w } = n.box;
    out.push(textBox(`node ${n.name}`, x + 16, n.headY + 26, 18));
    out.push(textBox('root network namespace', x + w - 16, n.headY + 26, 11, 'end'));
    out.push(textBox(`eth0 ${n.ip} · pods ${n.podCidr}`, x + 16, n.headY + 45, 12, 'start', true));
    out.push(n.kubelet.box);
    for (const d of n.devices) {
      out.push(d.box);
      if (d.ip !== undefined && d.kind !== 'nic')
        out.push(textBox(d.ip, d.box.x + d.box.w / 2, d.box.y + d.box.h + 12, 10, 'middle', true));
    }
    for (const p of n.pods) {
      out.push(textBox(p.name, p.box.x + 12, p.box.y + 23, 16));
      out.push(textBox(p.ip, p.box.x + 12, p.box.y + 41, 13, 'start', true));
      if (!p.hostNetwork) out.push(textBox(p.mac, p.box.x + 12, p.box.y + 57, 12, 'start', true));
      out.push(p.sandbox.box, ...p.containers.map((c) => c.box), ...p.devices.map((d) => d.box));
      if (p.vethHost) out.push(p.vethHost.box);
    }
  }
  // around the cluster: Services' pills and the outside hosts with their NICs
  for (const s of layout.services ?? []) out.push(s.box);
  for (const h of layout.outside?.hosts ?? []) out.push(h.box, ...h.devices.map((d) => d.box));
  return out;
}

/** A label of size w×h placed near a point: the nearest spot inside the drawing clear of every obstacle (beside the mark first). */
export function placeLabel(
  at: Point,
  w: number,
  h: number,
  obstacles: readonly Box[],
  bounds?: Box,
): Box {
  const inside = (c: Box) =>
    !bounds ||
    (c.x >= bounds.x &&
      c.y >= bounds.y &&
      c.x + c.w <= bounds.x + bounds.w &&
      c.y + c.h <= bounds.y + bounds.h);
  let best: Box | null = null;
  let bestCost = Infinity;
  // Centres on a grid around the mark, cheapest first: near, and beside rather than above or below.
  for (let dy = -210; dy <= 210; dy += 14)
    for (let dx = -320; dx <= 320; dx += 16) {
      const c = box(at.x + dx - w / 2, at.y + dy - h / 2, w, h);
      // keep the mark itself (a 20-unit square) uncovered
      if (Math.abs(dx) < w / 2 + 12 && Math.abs(dy) < h / 2 + 12) continue;
      const cost = Math.hypot(Math.abs(dx) - w / 2, 1.6 * dy);
      if (cost >= bestCost || !inside(c) || obstacles.some((o) => overlaps(c, o))) continue;
      best = c;
      bestCost = cost;
    }
  return best ?? box(at.x + 14, at.y - h / 2, w, h);
}
