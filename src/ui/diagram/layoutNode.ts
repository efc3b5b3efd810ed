/** Pure layout of one node: header, a grid of pods with bridge buses, and the root-namespace devices. */
import type { Network, NodeNet, PodNet, PodSpec } from '../../sim';
import { box, mu, type Box } from './geometry';
import { kubeletElementId, nodeElementId } from './ids';
import type { DeviceShape, NodeShape, PodShape, Segment } from './layoutTypes';
import { BUS_DROP, deviceShape, layoutPod, POD_W, podHeight } from './layoutPod';

/** A pod of this node with its spec and derived addresses. */
export interface PlacedPod {
  /** As written in the scenario. */
  readonly spec: PodSpec;
  /** As the simulation derived it. */
  readonly net: PodNet;
}

/** Horizontal pitch of the pod grid. */
const CELL_W = POD_W + 24;
/** Left margin of the pod grid (room for the bridge spine). */
const GRID_X = 40;
/** Top margin of the pod grid (room for the node header). */
const GRID_Y = 60;
/** Narrowest node, so its bottom band of devices fits. */
const MIN_NODE_W = 580;
/** Height of the bottom band plus room for eth0 straddling the edge. */
const BAND_H = 70;

/** How many pod columns a node with n pods uses: one row up to four, then a wide grid. */
export function podColumns(n: number): number {
  return n <= 4 ? Math.max(1, n) : Math.ceil(Math.sqrt(n * 2));
}

/** The width and height layoutNode gives a node with these pods, without placing anything. */
export function nodeSize(pods: readonly PlacedPod[]): { readonly w: number; readonly h: number } {
  const cols = podColumns(pods.length);
  let h = GRID_Y;
  for (let r = 0; r * cols < pods.length; r++) {
    const row = pods.slice(r * cols, (r + 1) * cols);
    h += Math.max(...row.map((p) => podHeight(p.spec))) + BUS_DROP + 28;
  }
  return { w: Math.max(MIN_NODE_W, GRID_X + cols * CELL_W), h: h + BAND_H };
}

/** Lays out a node whose top-left corner is (x, y). */
export function layoutNode(
  node: NodeNet,
  pods: readonly PlacedPod[],
  network: Network,
  x: number,
  y: number,
): NodeShape {
  const cols = podColumns(pods.length);
  const w = Math.max(MIN_NODE_W, GRID_X + cols * CELL_W);
  const spineX = x + 20;
  const shapes: PodShape[] = [];
  const buses: Segment[] = [];
  let top = y + GRID_Y;
  for (let r = 0; r * cols < pods.length; r++) {
    const row = pods.slice(r * cols, (r + 1) * cols);
    const rowH = Math.max(...row.map((p) => podHeight(p.spec)));
    const busY = top + rowH + BUS_DROP;
    row.forEach((p, c) => {
      shapes.push(layoutPod(p.spec, p.net, network, x + GRID_X + c * CELL_W, top, busY));
    });
    buses.push({ y: mu(busY), x1: mu(spineX), x2: mu(x + GRID_X + (row.length - 0.5) * CELL_W) });
    top = busY + 28;
  }
  const band = top;
  const h = band - y + BAND_H;
  const slots: Record<string, Box> = {
    bridge: box(x + 8, band, 130, 28),
    vxlan: box(x + 148, band, 120, 28),
    loopback: box(x + 278, band, 56, 28),
    nic: box(x + w / 2 - 60, y + h - 14, 120, 28),
  };
  const devices: DeviceShape[] = [];
  let extra = 0;
  for (const id of network.netns.get(node.netns)?.devices ?? []) {
    const d = network.devices.get(id);
    if (!d || d.kind === 'veth-host') continue;
    const slot = slots[d.kind];
    if (slot) {
      devices.push(deviceShape(d, slot, node.name));
      delete slots[d.kind];
    } else devices.push(deviceShape(d, box(x + 344 + 96 * extra++, band, 88, 28), node.name));
  }
  const hubY = band + 14;
  return {
    id: nodeElementId(node.name),
    name: node.name,
    ip: node.ip,
    podCidr: node.podCidr,
    box: box(x, y, w, h),
    pods: shapes,
    devices,
    kubelet: { id: kubeletElementId(node.name), box: box(x + w - 112, band, 100, 28) },
    buses,
    spine: { x: mu(spineX), y1: mu(buses[0]?.y ?? hubY), y2: mu(hubY) },
  };
}
