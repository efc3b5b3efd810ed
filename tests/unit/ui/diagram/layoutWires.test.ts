import { describe, expect, it } from 'vitest';
import { buildNetwork, type ClusterSpec } from '../../../../src/sim';
import type { Box, Point } from '../../../../src/ui/diagram/geometry';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import type { DiagramLayout } from '../../../../src/ui/diagram/layoutTypes';
import { pathBetween } from '../../../../src/ui/diagram/paths';
import { bigCluster, twoNodes, vxlanWithHostPod } from './fixtures';

type Line = readonly [Point, Point];

/** Every line the drawing shows that a packet may follow. */
function drawnLines(l: DiagramLayout): Line[] {
  const h = (y: number, x1: number, x2: number): Line =>
    [
      { x: x1, y },
      { x: x2, y },
    ] as unknown as Line;
  const v = (x: number, y1: number, y2: number): Line =>
    [
      { x, y: y1 },
      { x, y: y2 },
    ] as unknown as Line;
  const lines: Line[] = [];
  for (const w of l.wires) lines.push(h(w.y, w.x1, w.x2));
  if (l.trunk) lines.push(v(l.trunk.x, l.trunk.y1, l.trunk.y2));
  for (const u of l.uplinks) lines.push(v(u.x, u.y1, u.y2));
  for (const n of l.nodes) {
    lines.push(h(n.rail.y, n.rail.x1, n.rail.x2), v(n.nicStub.x, n.nicStub.y1, n.nicStub.y2));
    lines.push(v(n.spine.x, n.spine.y1, n.spine.y2));
    for (const b of n.buses) lines.push(h(b.y, b.x1, b.x2));
    for (const d of n.hostDrops) lines.push(v(d.x, d.y1, d.y2));
    for (const p of n.pods) {
      const eth0 = p.devices.find((d) => d.kind === 'veth-pod');
      if (eth0 && p.vethHost)
        lines.push(v(eth0.box.x + eth0.box.w / 2, eth0.box.y + eth0.box.h, p.vethHost.box.y));
    }
  }
  return lines;
}

/** Every box a packet may cross: devices, kubelets, containers, each grown by the resting lift. */
function drawnBoxes(l: DiagramLayout): Box[] {
  // grown by the resting lift: a packet waits just above (or beside) its element
  const grow = (b: Box): Box =>
    ({ ...b, x: b.x - 11, y: b.y - 11, w: b.w + 22, h: b.h + 22 }) as Box;
  return l.nodes.flatMap((n) => [
    grow(n.kubelet.box),
    ...n.devices.map((d) => grow(d.box)),
    ...n.pods.flatMap((p) => [
      ...p.devices.map((d) => grow(d.box)),
      ...(p.vethHost ? [grow(p.vethHost.box)] : []),
      ...p.containers.map((c) => grow(c.box)),
    ]),
  ]);
}

const onLine = (p: Point, [a, b]: Line) =>
  (a.x === b.x &&
    Math.abs(p.x - a.x) < 0.5 &&
    p.y >= Math.min(a.y, b.y) - 0.5 &&
    p.y <= Math.max(a.y, b.y) + 0.5) ||
  (a.y === b.y &&
    Math.abs(p.y - a.y) < 0.5 &&
    p.x >= Math.min(a.x, b.x) - 0.5 &&
    p.x <= Math.max(a.x, b.x) + 0.5);
const inBox = (p: Point, b: Box) =>
  p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;

/** The first point of a path that is neither on a drawn line, nor in a drawn box, nor inside the pod (namespace) of an end. */
function strayPoint(
  drawn: { readonly lines: readonly Line[]; readonly boxes: readonly Box[] },
  path: readonly Point[],
  pods: readonly Box[],
): Point | undefined {
  const { lines, boxes } = drawn;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Point;
    const b = path[i] as Point;
    for (let k = 0; k <= 20; k++) {
      const p = { x: a.x + ((b.x - a.x) * k) / 20, y: a.y + ((b.y - a.y) * k) / 20 } as Point;
      const ok =
        lines.some((line) => onLine(p, line)) ||
        boxes.some((bx) => inBox(p, bx)) ||
        pods.some((bx) => inBox(p, bx));
      if (!ok) return p;
    }
  }
  return undefined;
}

const clusters: [string, ClusterSpec][] = [
  ['the default cluster', twoNodes],
  ['VXLAN with a hostNetwork pod', vxlanWithHostPod],
  ['five nodes', bigCluster(5, 12)],
  ['nine nodes', bigCluster(9, 20)],
];

describe('the node network of a large cluster', () => {
  const big = bigCluster(40, 80);
  const net = buildNetwork(big);
  for (const cols of [1, 3, 7, 12, 40]) {
    it(`is one line per row pair joined by a trunk, every eth0 plugged in (40 nodes, ${cols} columns)`, () => {
      const l = layoutCluster(big, net, cols);
      const rows = Math.ceil(40 / cols);
      expect(l.wires).toHaveLength(Math.ceil(rows / 2));
      expect(l.uplinks).toHaveLength(40);
      l.nodes.forEach((n, i) => {
        const up = l.uplinks[i];
        const wireY = n.flipped ? up?.y1 : up?.y2;
        expect(l.wires.some((w) => w.y === wireY && up && up.x >= w.x1 && up.x <= w.x2)).toBe(true);
      });
      if (l.wires.length > 1) {
        expect(l.trunk?.y1).toBe(l.wires[0]?.y);
        expect(l.trunk?.y2).toBe(l.wires.at(-1)?.y);
      }
    });
  }
});

describe('the node network', () => {
  for (const [name, cluster] of clusters) {
    const net = buildNetwork(cluster);
    for (let cols = 1; cols <= cluster.nodes.length; cols++) {
      const l = layoutCluster(cluster, net, cols);
      it(`plugs every node's eth0 into one connected network (${name}, ${cols} columns)`, () => {
        l.nodes.forEach((n, i) => {
          const nic = n.devices.find((d) => d.kind === 'nic');
          const up = l.uplinks[i];
          expect(nic && up).toBeTruthy();
          if (!nic || !up) return;
          // the uplink starts at the eth0 box's outer edge and ends on a network line
          const edge = n.flipped ? nic.box.y : nic.box.y + nic.box.h;
          expect([up.y1, up.y2]).toContain(edge);
          const wire = l.wires.find((w) => w.y === (n.flipped ? up.y1 : up.y2));
          expect(wire, n.name).toBeDefined();
          expect(up.x).toBeGreaterThanOrEqual(wire?.x1 ?? Infinity);
          expect(up.x).toBeLessThanOrEqual(wire?.x2 ?? -Infinity);
        });
        if (l.wires.length > 1) {
          expect(l.trunk).toBeDefined();
          for (const w of l.wires) {
            expect(l.trunk?.x).toBeGreaterThanOrEqual(w.x1);
            expect(w.y).toBeGreaterThanOrEqual(l.trunk?.y1 ?? Infinity);
            expect(w.y).toBeLessThanOrEqual(l.trunk?.y2 ?? -Infinity);
          }
        } else expect(l.trunk).toBeUndefined();
        // the network's tag sits on the first line
        expect(l.networkTag.cidr).toBe(cluster.nodeNetwork);
        const tag = l.networkTag.box;
        expect(tag.y + tag.h / 2).toBe(l.wires[0]?.y);
      });

      it(`moves packets only along drawn lines and devices (${name}, ${cols} columns)`, () => {
        const ids = [...l.anchors.keys()].filter(
          (id) =>
            /#(eth0|cni0|flannel\.1|lo)$/.test(id) ||
            id.startsWith('kubelet:') ||
            id.startsWith('container:'),
        );
        const drawn = { lines: drawnLines(l), boxes: drawnBoxes(l) };
        // every pair in small clusters; a fixed spread of pairs in larger ones
        const step = ids.length > 40 ? 7 : 1;
        ids.forEach((a, i) =>
          ids.forEach((b, j) => {
            const from = l.anchors.get(a);
            const to = l.anchors.get(b);
            if (!from || !to || a === b || (i + j) % step !== 0) return;
            const pods = l.nodes
              .flatMap((n) => n.pods)
              .filter((p) => p.id === from.scope || p.id === to.scope)
              .map((p) => p.box);
            expect(strayPoint(drawn, pathBetween(from, to), pods), `${a} → ${b}`).toBeUndefined();
          }),
        );
      });
    }
  }
});
