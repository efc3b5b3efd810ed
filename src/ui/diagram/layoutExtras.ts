/** Pure layout around the cluster: the outside hosts on the node network's line, Services in a band above the nodes, and which pods policies select. */
import { allocateServices, type ClusterSpec, type Network } from '../../sim';
import { box, centre, mu, pt, type Box, type Point } from './geometry';
import type { OutsideHostShape, OutsideShape, ServiceShape } from './layoutExtrasTypes';
import type { Anchor, DeviceShape, DiagramLayout, NodeShape } from './layoutTypes';
import { restOn } from './layoutAnchors';

/** Gap between the cluster's right edge and the outside column. */
const OUT_GAP = 90;
/** Width and height of an outside host's box. */
const HOST_W = 200;
const HOST_H = 84;
/** A NIC's box. */
const NIC_W = 120;
const NIC_H = 28;
/** Height of the Services band above the nodes, and a pill's height. */
const PILL_H = 44;
const BAND_GAP = 36;
/** Width of a character of 12 px monospace text (as the network tag). */
const CHAR = 7.3;

/** A NIC of an outside host as a device shape. */
function nicShape(
  network: Network,
  netns: string,
  name: string,
  b: Box,
  owner: string,
): DeviceShape | null {
  const id = `${netns}#${name}`;
  const d = network.devices.get(id as never);
  if (!d) return null;
  return { id: d.id, name: d.name, kind: d.kind, box: b, owner, ...(d.ip ? { ip: d.ip } : {}) };
}

/** Places the client above the first line, the gateway under it and the internet host under the gateway. */
function placeOutside(
  layout: DiagramLayout,
  network: Network,
): { shape: OutsideShape; anchors: [string, Anchor][] } | null {
  const wire0 = layout.wires[0];
  if (!wire0 || !network.netns.has('outside:client' as never)) return null;
  const x = wire0.x2 + OUT_GAP;
  const nicX = x + (HOST_W - NIC_W) / 2;
  const cx = nicX + NIC_W / 2;
  const W = wire0.y;
  const client = box(x, W - 40 - HOST_H, HOST_W, HOST_H);
  const gateway = box(x, W + 40, HOST_W, HOST_H);
  const internet = box(x, gateway.y + HOST_H + 64, HOST_W, HOST_H);
  const dev = (netns: string, name: string, b: Box, owner: string) =>
    nicShape(network, netns, name, b, owner);
  const cEth = dev(
    'outside:client',
    'eth0',
    box(nicX, client.y + HOST_H - NIC_H / 2, NIC_W, NIC_H),
    'client',
  );
  const gEth0 = dev(
    'outside:gateway',
    'eth0',
    box(nicX, gateway.y - NIC_H / 2, NIC_W, NIC_H),
    'gateway',
  );
  const gEth1 = dev(
    'outside:gateway',
    'eth1',
    box(nicX, gateway.y + HOST_H - NIC_H / 2, NIC_W, NIC_H),
    'gateway',
  );
  const iEth = dev(
    'outside:internet',
    'eth0',
    box(nicX, internet.y - NIC_H / 2, NIC_W, NIC_H),
    'internet',
  );
  const host = (
    id: string,
    role: OutsideHostShape['role'],
    b: Box,
    devs: (DeviceShape | null)[],
  ): OutsideHostShape => ({
    id,
    role,
    box: b,
    devices: devs.filter((d): d is DeviceShape => d !== null),
  });
  const hosts = [
    host('outside:client', 'client', client, [cEth]),
    host('outside:gateway', 'gateway', gateway, [gEth0, gEth1]),
    host('outside:internet', 'internet', internet, [iEth]),
  ];
  const links = [
    { x: mu(cx), y1: mu(client.y + HOST_H + NIC_H / 2), y2: mu(W) },
    { x: mu(cx), y1: mu(W), y2: mu(gateway.y - NIC_H / 2) },
    { x: mu(cx), y1: mu(gateway.y + HOST_H + NIC_H / 2), y2: mu(internet.y - NIC_H / 2) },
  ];
  // Chains end where every node's does: the trunk (or the line's left end) on the first line, twice.
  const tx = layout.trunk?.x ?? wire0.x1;
  const root: Point[] = [pt(cx, W), pt(tx, W), pt(tx, W)];
  const anchors: [string, Anchor][] = [];
  const put = (id: string, d: DeviceShape | null, chain: Point[]) => {
    if (!d) return;
    const a = { pos: restOn(d.box), chain: [centre(d.box), ...chain] };
    anchors.push([d.id, a]);
    if (!anchors.some(([k]) => k === id)) anchors.push([id, a]);
  };
  put('outside:client', cEth, root);
  put('outside:gateway', gEth0, root);
  const viaGateway = gEth0 ? [centre(gEth0.box), ...root] : root;
  if (gEth1)
    anchors.push([gEth1.id, { pos: restOn(gEth1.box), chain: [centre(gEth1.box), ...viaGateway] }]);
  put('outside:internet', iEth, gEth1 ? [centre(gEth1.box), ...viaGateway] : viaGateway);
  const wire = { y: wire0.y, x1: wire0.x2, x2: mu(cx) };
  return { shape: { hosts, links, wire }, anchors };
}

/** The ready pods a Service selects (its namespace, every selector label matching, all containers started). */
function endpointsOf(
  cluster: ClusterSpec,
  ns: string,
  selector: Readonly<Record<string, string>>,
  failed: ReadonlySet<string>,
): string[] {
  const keys = Object.keys(selector);
  if (keys.length === 0) return [];
  return cluster.pods
    .filter((p) => p.namespace === ns && keys.every((k) => p.labels[k] === selector[k]))
    .map((p) => `${p.namespace}/${p.name}`)
    .filter((id) => !failed.has(id));
}

/** Every pod box by pod id. */
function podBoxes(nodes: readonly NodeShape[]): Map<string, { box: Box; failed: boolean }> {
  const out = new Map<string, { box: Box; failed: boolean }>();
  for (const n of nodes) for (const p of n.pods) out.set(p.pod, { box: p.box, failed: p.failed });
  return out;
}

/** Services as pills in rows above the nodes, each with a dashed curve to each endpoint pod. */
function placeServices(cluster: ClusterSpec, layout: DiagramLayout): ServiceShape[] {
  const services = cluster.services ?? [];
  if (services.length === 0) return [];
  const addresses = allocateServices(cluster);
  const pods = podBoxes(layout.nodes);
  const failed = new Set([...pods].filter(([, p]) => p.failed).map(([id]) => id));
  const left = layout.bounds.x + 24;
  const right = layout.bounds.x + layout.bounds.w - 24;
  const texts = services.map((s) => {
    const id = `${s.namespace}/${s.name}`;
    const clusterIp = addresses.get(id)?.clusterIp ?? s.clusterIP ?? '';
    const ports = s.ports.map((p) => `${p.port}/${p.protocol}→${p.targetPort}`);
    const w = Math.max(id.length + 4, clusterIp.length + ports.join(' ').length + 2) * CHAR + 24;
    return { s, id, clusterIp, ports, w };
  });
  let x = left;
  let row = 0;
  const placed = texts.map((t) => {
    if (x + t.w > right && x > left) {
      x = left;
      row += 1;
    }
    const b = { x, row, w: t.w };
    x += t.w + 16;
    return { ...t, ...b };
  });
  const rows = row + 1;
  const top = layout.bounds.y - BAND_GAP - rows * (PILL_H + 12);
  return placed.map((p) => {
    const b = box(p.x, top + p.row * (PILL_H + 12), p.w, PILL_H);
    const from = pt(b.x + b.w / 2, b.y + b.h);
    const lines = endpointsOf(cluster, p.s.namespace, p.s.selector, failed).flatMap((pod) => {
      const target = pods.get(pod)?.box;
      if (!target) return [];
      const to = pt(target.x + target.w / 2, target.y);
      const mid = (from.y + to.y) / 2;
      return [{ pod, d: `M${from.x},${from.y}C${from.x},${mid} ${to.x},${mid} ${to.x},${to.y}` }];
    });
    return { id: p.id, clusterIp: p.clusterIp, ports: p.ports, type: p.s.type, box: b, lines };
  });
}

/** The names of the policies that select each pod (by namespace and pod selector). */
function policiesByPod(cluster: ClusterSpec): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pol of cluster.networkPolicies ?? []) {
    const { matchLabels, matchExpressions } = pol.podSelector;
    for (const p of cluster.pods) {
      if (p.namespace !== pol.namespace) continue;
      const labelsOk = Object.entries(matchLabels).every(([k, v]) => p.labels[k] === v);
      const exprOk = matchExpressions.every((e) => {
        const v = p.labels[e.key];
        if (e.operator === 'Exists') return v !== undefined;
        if (e.operator === 'DoesNotExist') return v === undefined;
        if (e.operator === 'In') return v !== undefined && e.values.includes(v);
        return v === undefined || !e.values.includes(v);
      });
      if (!labelsOk || !exprOk) continue;
      const id = `${p.namespace}/${p.name}`;
      out.set(id, [...(out.get(id) ?? []), `${pol.namespace}/${pol.name}`]);
    }
  }
  return out;
}

/** Adds the outside hosts (when wanted), the Services band and the policy rings to a laid-out cluster. */
export function withExtras(
  layout: DiagramLayout,
  cluster: ClusterSpec,
  network: Network,
  outside: boolean,
): DiagramLayout {
  const placedOut = outside ? placeOutside(layout, network) : null;
  const services = placeServices(cluster, layout);
  const byPod = policiesByPod(cluster);
  if (!placedOut && services.length === 0 && byPod.size === 0) return layout;
  const nodes =
    byPod.size === 0
      ? layout.nodes
      : layout.nodes.map((n) => ({
          ...n,
          pods: n.pods.map((p) => {
            const policies = byPod.get(p.pod);
            return policies ? { ...p, policies } : p;
          }),
        }));
  let b = layout.bounds;
  const grow = (r: Box) => {
    const x = Math.min(b.x, r.x - 24);
    const y = Math.min(b.y, r.y - 24);
    b = box(x, y, Math.max(b.x + b.w, r.x + r.w + 24) - x, Math.max(b.y + b.h, r.y + r.h + 24) - y);
  };
  for (const s of services) grow(s.box);
  const anchors = new Map(layout.anchors);
  if (placedOut) {
    for (const h of placedOut.shape.hosts) grow(h.box);
    for (const [k, a] of placedOut.anchors) anchors.set(k, a);
  }
  return {
    ...layout,
    nodes,
    bounds: b,
    anchors,
    ...(placedOut ? { outside: placedOut.shape } : {}),
    ...(services.length > 0 ? { services } : {}),
  };
}
