/** Pure layout of a whole cluster: nodes in a grid over node-network lines, and an anchor for every element. */
import type { ClusterSpec, Network, PodSpec } from '../../sim';
import { box, centre, mu, pt, type Point } from './geometry';
import { nodeElementId } from './ids';
import type { Anchor, DiagramLayout, NodeShape, Segment } from './layoutTypes';
import { layoutNode, nodeSize, type PlacedPod } from './layoutNode';

/** Horizontal gap between nodes. */
const NODE_GAP = 60;
/** Space under a row of nodes for its node-network line. */
const WIRE_SPACE = 90;
/** Where the node-network line sits under a node row's bottom edge. */
const WIRE_DROP = 50;
/** x of the trunk joining node-network lines of several rows. */
const TRUNK_X = -30;

/** How many node columns: side by side up to three nodes, then a square-ish grid. */
export function nodeColumns(n: number): number {
  return n <= 3 ? Math.max(1, n) : Math.ceil(Math.sqrt(n));
}

/** The size of the whole drawing when nodes of these sizes are laid out in rows of cols. */
function gridSize(sizes: readonly { w: number; h: number }[], cols: number) {
  let w = 0;
  let h = 0;
  for (let r = 0; r * cols < sizes.length; r++) {
    const row = sizes.slice(r * cols, (r + 1) * cols);
    w = Math.max(w, row.reduce((a, n) => a + n.w + NODE_GAP, 0) - NODE_GAP);
    h += Math.max(...row.map((n) => n.h)) + WIRE_SPACE;
  }
  return { w: w + 80, h: h + 40 };
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

/** Lays out a cluster from its spec and derived network in rows of cols nodes; deterministic for equal inputs. */
export function layoutCluster(
  cluster: ClusterSpec,
  network: Network,
  columns?: number,
): DiagramLayout {
  const byNode = podsByNode(cluster, network);
  const cols = Math.max(1, columns ?? nodeColumns(network.nodes.length));
  const nodes: NodeShape[] = [];
  const wires: Segment[] = [];
  const wireOf = new Map<string, number>();
  let y = 0;
  for (let r = 0; r * cols < network.nodes.length; r++) {
    let x = 0;
    const row: NodeShape[] = [];
    for (const n of network.nodes.slice(r * cols, (r + 1) * cols)) {
      const shape = layoutNode(n, byNode.get(n.name) ?? [], network, x, y);
      row.push(shape);
      x += shape.box.w + NODE_GAP;
    }
    const wireY = y + Math.max(...row.map((n) => n.box.h)) + WIRE_DROP;
    wires.push({ y: mu(wireY), x1: mu(TRUNK_X), x2: mu(x - NODE_GAP + 20) });
    for (const n of row) wireOf.set(n.id, wireY);
    nodes.push(...row);
    y = wireY + WIRE_SPACE - WIRE_DROP;
  }
  const width = Math.max(0, ...wires.map((w) => w.x2)) - TRUNK_X + 20;
  return {
    nodes,
    wires,
    trunk: { x: mu(TRUNK_X), y1: wires[0]?.y ?? mu(0), y2: wires[wires.length - 1]?.y ?? mu(0) },
    bounds: box(TRUNK_X - 20, -20, width + 20, y + 20),
    anchors: anchorsOf(nodes, network, wireOf),
  };
}

/** Anchors for every element, each with the waypoint chain up to the node network trunk. */
function anchorsOf(
  nodes: readonly NodeShape[],
  network: Network,
  wireOf: ReadonlyMap<string, number>,
): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const put = (id: string, pos: Point, chain: readonly Point[]) => anchors.set(id, { pos, chain });
  for (const node of nodes) {
    const wireY = wireOf.get(node.id) ?? 0;
    const nic = node.devices.find((d) => d.kind === 'nic');
    const nicPos = nic ? centre(nic.box) : pt(node.box.x + node.box.w / 2, node.box.y + node.box.h);
    const root = [pt(nicPos.x, wireY), pt(TRUNK_X, wireY)];
    const hub = pt(node.spine.x, node.spine.y2);
    const toHub = [hub, nicPos, ...root];
    for (const d of node.devices) {
      if (d.kind === 'nic') put(d.id, nicPos, root);
      else if (d.kind === 'bridge') put(d.id, hub, [nicPos, ...root]);
      else put(d.id, centre(d.box), [nicPos, ...root]);
    }
    put(node.kubelet.id, centre(node.kubelet.box), [nicPos, ...root]);
    put(nodeElementId(node.name), centre(node.kubelet.box), [nicPos, ...root]);
    node.pods.forEach((pod, i) => {
      const bus = node.buses.find((b) => b.y >= pod.box.y + pod.box.h) ?? node.buses[i];
      const busPoint = pt(node.spine.x, bus?.y ?? hub.y);
      const eth0 = pod.devices.find((d) => d.kind === 'veth-pod');
      let inner: Point[];
      if (eth0 && pod.vethHost) {
        const vethPos = centre(pod.vethHost.box);
        put(pod.vethHost.id, vethPos, [busPoint, ...toHub]);
        const eth0Pos = centre(eth0.box);
        inner = [eth0Pos, vethPos, busPoint, ...toHub];
        put(eth0.id, eth0Pos, inner.slice(1));
      } else inner = [busPoint, ...toHub];
      for (const d of pod.devices) if (d.kind !== 'veth-pod') put(d.id, centre(d.box), inner);
      put(pod.id, centre(pod.box), inner);
      for (const c of pod.containers) put(c.id, centre(c.box), inner);
    });
  }
  // Any device not drawn still gets an anchor: at its namespace's pod or node.
  for (const d of network.devices.values()) {
    if (anchors.has(d.id)) continue;
    const at = anchors.get(d.netns) ?? anchors.get(`node:${d.netns}`);
    if (at) anchors.set(d.id, at);
  }
  return anchors;
}
