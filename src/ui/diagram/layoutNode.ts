/** Pure layout of one node: header, a grid of pods with bridge buses, and the root namespace's band of devices on its rail. */
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
/** Height of the header (name, addresses). */
const HEAD_H = 60;
/** Narrowest node, so its band of devices fits. */
const MIN_NODE_W = 580;
/** The band: devices (28 high) with their addresses under them, and room for eth0 at the edge. */
const BAND_H = 96;
/** Space a row of pods takes under it for its bus and the gap to the next row. */
const ROW_FOOT = BUS_DROP + 28;
/** Where eth0 sits along the band, so its stub to the rail crosses no other device. */
const NIC_X = 278;
/** Width of the node's eth0 box. */
const NIC_W = 120;

/** How many pod columns a node with n pods uses: one row up to four, then a wide grid. */
export function podColumns(n: number): number {
  return n <= 4 ? Math.max(1, n) : Math.ceil(Math.sqrt(n * 2));
}

/** The height of the pod grid. */
function gridHeight(pods: readonly PlacedPod[], cols: number): number {
  let h = 0;
  for (let r = 0; r * cols < pods.length; r++) {
    const row = pods.slice(r * cols, (r + 1) * cols);
    h += Math.max(...row.map((p) => podHeight(p.spec))) + ROW_FOOT;
  }
  return h;
}

/** The width and height layoutNode gives a node with these pods, without placing anything. */
export function nodeSize(pods: readonly PlacedPod[]): { readonly w: number; readonly h: number } {
  const cols = podColumns(pods.length);
  return {
    w: Math.max(MIN_NODE_W, GRID_X + cols * CELL_W),
    h: HEAD_H + gridHeight(pods, cols) + BAND_H,
  };
}

/** Where and how big a node is drawn, and which way it faces the node network. */
export interface NodeFrame {
  /** The box (at least nodeSize; rows and columns of the grid share sizes). */
  readonly box: Box;
  /** eth0 on the top edge (the node hangs under the network line) instead of the bottom. */
  readonly flipped: boolean;
}

/**
 * Lays out a node in its frame. Facing down (default), the header is on top, pods below it and
 * the band of root-namespace devices at the bottom with eth0 on the bottom edge; flipped, the band
 * and eth0 are on top and the header at the bottom, so two rows of nodes face one network line.
 */
export function layoutNode(
  node: NodeNet,
  pods: readonly PlacedPod[],
  network: Network,
  frame: NodeFrame,
): NodeShape {
  const { x, y, w, h } = frame.box;
  const flipped = frame.flipped;
  const cols = podColumns(pods.length);
  const spineX = x + 20;
  // Vertical bands: [head][pods][band] facing down, [band][pods][head] flipped.
  const bandTop = flipped ? y + 28 : y + h - BAND_H + 14;
  const gridTop = flipped ? y + BAND_H : y + HEAD_H;
  const shapes: PodShape[] = [];
  const buses: Segment[] = [];
  let top = gridTop;
  for (let r = 0; r * cols < pods.length; r++) {
    const row = pods.slice(r * cols, (r + 1) * cols);
    const rowH = Math.max(...row.map((p) => podHeight(p.spec)));
    const busY = top + rowH + BUS_DROP;
    const placed = row.map((p, c) =>
      layoutPod(p.spec, p.net, network, x + GRID_X + c * CELL_W, top, busY),
    );
    shapes.push(...placed);
    // The bus runs from the spine to the last pod plugged into the bridge (hostNetwork pods are not).
    const ends = placed.flatMap((p) => (p.vethHost ? [p.vethHost.box.x + p.vethHost.box.w] : []));
    if (ends.length > 0) buses.push({ y: mu(busY), x1: mu(spineX), x2: mu(Math.max(...ends)) });
    top = busY + 28;
  }
  const railY = bandTop + 14;
  const slots: Record<string, Box> = {
    bridge: box(x + 8, bandTop, 130, 28),
    vxlan: box(x + 148, bandTop, 120, 28),
    loopback: box(x + NIC_X + NIC_W + 10, bandTop, 56, 28),
  };
  const nicBox = box(x + NIC_X, flipped ? y - 14 : y + h - 14, NIC_W, 28);
  const devices: DeviceShape[] = [];
  let extraX = x + NIC_X + NIC_W + 76;
  for (const id of network.netns.get(node.netns)?.devices ?? []) {
    const d = network.devices.get(id);
    if (!d || d.kind === 'veth-host') continue;
    if (d.kind === 'nic') {
      devices.push(deviceShape(d, nicBox, node.name));
      continue;
    }
    const slot = slots[d.kind];
    if (slot) {
      devices.push(deviceShape(d, slot, node.name));
      delete slots[d.kind];
    } else {
      devices.push(deviceShape(d, box(extraX, bandTop, 88, 28), node.name));
      extraX += 96;
    }
  }
  const kubelet = box(Math.max(x + w - 112, extraX), bandTop, 100, 28);
  const nicX = x + NIC_X + NIC_W / 2;
  const lastBus = buses[buses.length - 1]?.y ?? railY;
  const firstBus = buses[0]?.y ?? railY;
  return {
    id: nodeElementId(node.name),
    name: node.name,
    ip: node.ip,
    podCidr: node.podCidr,
    box: frame.box,
    flipped,
    headY: mu(flipped ? y + h - HEAD_H + 4 : y),
    pods: shapes,
    devices,
    kubelet: { id: kubeletElementId(node.name), box: kubelet },
    buses,
    spine: flipped
      ? { x: mu(spineX), y1: mu(railY), y2: mu(lastBus) }
      : { x: mu(spineX), y1: mu(firstBus), y2: mu(railY) },
    rail: { y: mu(railY), x1: mu(spineX), x2: mu(kubelet.x + kubelet.w / 2) },
    hostDrops: shapes
      .filter((p) => p.hostNetwork)
      .map((p) => {
        const edge = flipped ? p.box.y : p.box.y + p.box.h;
        const cx = mu(p.box.x + p.box.w / 2);
        return { x: cx, y1: mu(Math.min(edge, railY)), y2: mu(Math.max(edge, railY)) };
      }),
    nicStub: {
      x: mu(nicX),
      y1: mu(railY),
      y2: mu(flipped ? nicBox.y + nicBox.h : nicBox.y),
    },
  };
}
