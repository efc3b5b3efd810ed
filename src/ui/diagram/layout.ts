/** Pure layout of a whole cluster: nodes in a grid whose row pairs face one node network line, and an anchor for every element. */
import type { ClusterSpec, Network, PodSpec } from '../../sim';
import { box, mu } from './geometry';
import type { DiagramLayout, NodeShape, Segment, VSegment } from './layoutTypes';
import { anchorsOf } from './layoutAnchors';
import { layoutNode, nodeSize, type PlacedPod } from './layoutNode';

/** Horizontal gap between node columns (the trunk runs in one). */
const NODE_GAP = 60;
/** Vertical gap between the two rows of a pair, the network line in its middle. */
const LINE_GAP = 84;
/** Vertical gap between row pairs. */
const PAIR_GAP = 48;
/** Margin around everything. */
const MARGIN = 24;
/** Width of a character of the network tag (12 px monospace), for its box. */
const TAG_CHAR = 7.3;

/** How many node columns: side by side up to three nodes, then a square-ish grid. */
export function nodeColumns(n: number): number {
  return n <= 3 ? Math.max(1, n) : Math.ceil(Math.sqrt(n * 0.6));
}

/** Column widths and row heights of a grid of cols columns (every node of a column as wide as its widest). */
function gridTracks(sizes: readonly { w: number; h: number }[], cols: number) {
  const colW: number[] = [];
  const rowH: number[] = [];
  sizes.forEach((s, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    colW[c] = Math.max(colW[c] ?? 0, s.w);
    rowH[r] = Math.max(rowH[r] ?? 0, s.h);
  });
  return { colW, rowH };
}

/** Top of each row: rows 2p and 2p+1 face one line between them. */
function rowTops(rowH: readonly number[]): number[] {
  const tops: number[] = [];
  let y = MARGIN + 14;
  rowH.forEach((h, r) => {
    tops.push(y);
    y += h + (r % 2 === 0 ? LINE_GAP : PAIR_GAP);
  });
  return tops;
}

/** The size of the whole drawing when nodes of these sizes are laid out in cols columns. */
function gridSize(sizes: readonly { w: number; h: number }[], cols: number) {
  const { colW, rowH } = gridTracks(sizes, cols);
  const w = colW.reduce((a, b) => a + b + NODE_GAP, 0) - NODE_GAP;
  const last = rowH.length - 1;
  const h = (rowTops(rowH)[last] ?? 0) + (rowH[last] ?? 0) + (last % 2 === 0 ? LINE_GAP : 14);
  return { w: w + 2 * MARGIN + (cols === 1 && rowH.length > 2 ? 40 : 0), h: h + MARGIN };
}

/** The node column count whose drawing fills a viewW×viewH area at the largest scale (capped at maxScale; ties keep more columns). */
export function bestNodeColumns(
  sizes: readonly { w: number; h: number }[],
  viewW: number,
  viewH: number,
  maxScale = 2,
): number {
  let best = nodeColumns(sizes.length);
  let bestScale = -1;
  for (let cols = sizes.length; cols >= 1; cols--) {
    const g = gridSize(sizes, cols);
    const k = Math.min(maxScale, viewW / g.w, viewH / g.h);
    if (k > bestScale * 1.02) {
      best = cols;
      bestScale = k;
    }
  }
  return best;
}

/** The pods of each node, with their specs. */
export function podsByNode(cluster: ClusterSpec, network: Network): Map<string, PlacedPod[]> {
  const specs = new Map(cluster.pods.map((p) => [podKey(p), p]));
  const byNode = new Map<string, PlacedPod[]>();
  for (const net of network.pods) {
    const spec = specs.get(net.id);
    if (!spec) continue;
    const list = byNode.get(net.node) ?? [];
    list.push({ spec, net });
    byNode.set(net.node, list);
  }
  return byNode;
}

/** The size of every node's box, in network order (cheap: nothing is placed). */
export function nodeSizes(cluster: ClusterSpec, network: Network) {
  const byNode = podsByNode(cluster, network);
  return network.nodes.map((n) => nodeSize(byNode.get(n.name) ?? []));
}

/** The pod id "ns/name" of a spec. */
function podKey(p: PodSpec): string {
  return `${p.namespace || 'default'}/${p.name}`;
}

/** Lays out a cluster from its spec and derived network in cols node columns; deterministic for equal inputs. */
export function layoutCluster(
  cluster: ClusterSpec,
  network: Network,
  columns?: number,
): DiagramLayout {
  const byNode = podsByNode(cluster, network);
  const count = network.nodes.length;
  const cols = Math.max(1, Math.min(count, columns ?? nodeColumns(count)));
  const sizes = network.nodes.map((n) => nodeSize(byNode.get(n.name) ?? []));
  const { colW, rowH } = gridTracks(sizes, cols);
  const tops = rowTops(rowH);
  const pairs = Math.ceil(rowH.length / 2);
  // With one column and several lines the trunk runs down the left margin; else in a middle gap.
  const left = MARGIN + (cols === 1 && pairs > 1 ? 40 : 0);
  const colX: number[] = [];
  colW.reduce((x, w, c) => ((colX[c] = x), x + w + NODE_GAP), left);
  const mid = Math.floor(cols / 2);
  const trunkX = cols === 1 ? left - 30 : (colX[mid] ?? 0) - NODE_GAP / 2;
  const lineY = (pair: number) => (tops[2 * pair] ?? 0) + (rowH[2 * pair] ?? 0) + LINE_GAP / 2;
  const nodes: NodeShape[] = network.nodes.map((n, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const frame = box(colX[c] ?? 0, tops[r] ?? 0, colW[c] ?? 0, rowH[r] ?? 0);
    return layoutNode(n, byNode.get(n.name) ?? [], network, { box: frame, flipped: r % 2 === 1 });
  });
  const right = Math.max(...nodes.map((n) => n.box.x + n.box.w));
  const wires: Segment[] = [];
  for (let p = 0; p < pairs; p++) {
    const x1 = pairs > 1 ? Math.min(left, trunkX) : left;
    wires.push({ y: mu(lineY(p)), x1: mu(x1), x2: mu(right) });
  }
  const uplinks: VSegment[] = nodes.map((n, i) => {
    const wire = lineY(Math.floor(Math.floor(i / cols) / 2));
    const y = n.flipped ? n.box.y - 14 : n.box.y + n.box.h + 14;
    return { x: n.nicStub.x, y1: mu(Math.min(y, wire)), y2: mu(Math.max(y, wire)) };
  });
  const trunk: VSegment | undefined =
    pairs > 1 ? { x: mu(trunkX), y1: mu(lineY(0)), y2: mu(lineY(pairs - 1)) } : undefined;
  const cidr = cluster.nodeNetwork;
  const tagW = (cidr.length + 15) * TAG_CHAR + 20;
  const networkTag = { box: box(left + 10, lineY(0) - 12, tagW, 24), cidr };
  const bottom = Math.max(lineY(pairs - 1) + 20, ...nodes.map((n) => n.box.y + n.box.h + 20));
  const x0 = Math.min(trunkX, left) - MARGIN;
  const layout = {
    nodes,
    wires,
    uplinks,
    networkTag,
    bounds: box(x0, 0, right + MARGIN - x0, bottom + MARGIN),
  };
  const withTrunk = trunk ? { ...layout, trunk } : layout;
  return { ...withTrunk, anchors: anchorsOf(nodes, network, uplinks, wires, trunk) };
}
