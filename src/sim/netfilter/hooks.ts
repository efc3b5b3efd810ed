/** Where the packet meets netfilter on a node: nat PREROUTING/OUTPUT (DNAT, un-SNAT), filter INPUT/FORWARD/OUTPUT (kube-proxy's REJECT and DROP), nat POSTROUTING (MASQUERADE, un-DNAT). */
import { fnv1a } from '../model/hash';
import { ex } from '../trace/explain';
import { pushHop, type LegEnd, type Walk } from '../trace/walkState';
import { walkChain } from './chainWalk';
import { servicePorts } from './endpointSlices';
import { dnatHop, snatHop, unnatHop, type NatPlace } from './nat';
import { nodeTables } from './nodeTables';
import type { Device } from '../model/networkTypes';
import type { DeviceId, Ipv4, NetnsId } from '../model/types';
import type { NetfilterStep } from '../trace/traceTypes';
import type { MatchContext, PacketView } from './rules';

/** The packet's addresses, protocol and ports, or undefined when it is not an IP packet. */
export function packetView(w: Walk): PacketView | undefined {
  const ip = w.headers.ip;
  if (!ip) return undefined;
  const l4 = w.headers.l4;
  const ports =
    l4 && l4.kind !== 'icmp' ? { sport: l4.sport, dport: l4.dport } : { sport: 0, dport: 0 };
  const proto = ip.protocol === 'TCP' ? 'tcp' : ip.protocol === 'UDP' ? 'udp' : 'icmp';
  return { src: ip.src, dst: ip.dst, proto, ...ports };
}

function placeOf(w: Walk, netns: NetnsId, device?: DeviceId): NatPlace | undefined {
  const ns = w.idx.network.netns.get(netns);
  if (ns?.kind !== 'node') return undefined;
  return { netns, node: ns.node, ...(device ? { device } : {}) };
}

/** The KUBE-SVC/KUBE-SVL choice: the pinned endpoint, else the flow hash modulo the count. */
function picker(w: Walk, p: PacketView, node: string) {
  let chosen: { index: number; count: number; pinned: boolean } | undefined;
  const pick = (chain: string, count: number): number => {
    if (chosen) return chosen.index;
    const sp = servicePorts(w.idx).find((s) => s.svcChain === chain || s.svlChain === chain);
    const eps = sp
      ? sp.svlChain === chain
        ? sp.endpoints.filter((e) => e.node === node)
        : sp.endpoints
      : [];
    const pinned = w.nf.pin === undefined ? -1 : eps.findIndex((e) => e.pod === w.nf.pin);
    const hash = fnv1a(`${p.proto}|${p.src}|${p.sport}|${p.dst}|${p.dport}`) % Math.max(1, count);
    chosen = { index: pinned >= 0 ? pinned : hash, count, pinned: pinned >= 0 };
    return chosen.index;
  };
  return { pick, chosen: () => chosen };
}

function context(
  w: Walk,
  at: NatPlace,
  p: PacketView,
  isNew: boolean,
  pick: MatchContext['pick'],
): MatchContext {
  return {
    pkt: p,
    marked: w.nf.marked,
    isNew,
    isLocal: (ip: Ipv4) => w.idx.network.ipOwner.get(ip) === at.netns,
    pick,
  };
}

/** The choice when the chain had one endpoint (no statistic rule to take): index 0 of 1. */
function onlyEndpoint(w: Walk, steps: NetfilterStep['rules']) {
  const sep = steps.find((s) => s.chain.startsWith('KUBE-SEP-'));
  if (!sep) return undefined;
  const sp = servicePorts(w.idx).find((s) => s.endpoints.some((e) => e.chain === sep.chain));
  const pinned = sp?.endpoints.find((e) => e.chain === sep.chain)?.pod === w.nf.pin;
  return { index: 0, count: 1, pinned: pinned && w.nf.pin !== undefined };
}

/** The Service a KUBE-SEP chain belongs to ("namespace/name:port"), from the rules walked. */
function serviceOfSteps(w: Walk, steps: NetfilterStep['rules']): string {
  const sep = steps.find((s) => s.chain.startsWith('KUBE-SEP-'));
  const sp = sep
    ? servicePorts(w.idx).find((s) => s.endpoints.some((e) => e.chain === sep.chain))
    : undefined;
  return sp?.name ?? '';
}

/** The connection of the packet in `netns`, if an earlier hook of this node set it. */
function connIn(w: Walk, netns: NetnsId) {
  return w.nf.conn?.entry.netns === netns ? w.nf.conn : undefined;
}

/**
 * nat PREROUTING (a packet arriving on `device`) or OUTPUT (one the node sends): the first packet
 * of a connection walks kube-proxy's chains and may be DNATed; a reply is un-SNATed by conntrack.
 */
export function natDestination(
  w: Walk,
  netns: NetnsId,
  hook: 'PREROUTING' | 'OUTPUT',
  device?: DeviceId,
): void {
  const at = placeOf(w, netns, device);
  const p = packetView(w);
  if (!at || !p) return;
  const found = w.ct.find(netns, p);
  if (found?.dir === 'reply' || (!found && w.leg === 'reply')) {
    const entry = found?.entry ?? (p.proto === 'icmp' ? w.ct.related(netns, p) : undefined);
    if (!entry) return;
    entry.replied = true;
    w.nf.conn = { entry, dir: 'reply' };
    if (entry.reply.dst !== entry.original.src || entry.reply.dport !== entry.original.sport)
      unnatHop(w, at, entry, 'unsnat', hook);
    return;
  }
  if (found) {
    w.nf.conn = { entry: found.entry, dir: 'original' };
    return;
  }
  const entry = w.ct.add(netns, p, w.hops.length);
  w.nf.conn = { entry, dir: 'original' };
  const tables = nodeTables(w.idx, at.node);
  if (!tables) return;
  const { pick, chosen } = picker(w, p, at.node);
  const v = walkChain(tables.nat, hook, context(w, at, p, true, pick));
  w.nf.marked = v.marked;
  if (v.target?.kind !== 'dnat') return;
  const c = chosen() ?? onlyEndpoint(w, v.steps);
  const step: NetfilterStep = {
    hook,
    table: 'nat',
    rules: v.steps,
    ...(c ? { endpoint: c } : {}),
  };
  dnatHop(w, at, step, { ip: v.target.ip, port: v.target.port }, entry, serviceOfSteps(w, v.steps));
}

/**
 * The packet of a new connection goes on to POSTROUTING (or INPUT) of `netns`: conntrack confirms its
 * entry there (`__nf_conntrack_confirm`), and only a confirmed entry is in the table. Called where
 * nothing can drop the packet any more before that hook (the neighbour output that may fail to ARP
 * comes after it).
 */
export function confirmConntrack(w: Walk, netns: NetnsId): void {
  const conn = connIn(w, netns);
  if (conn?.dir === 'original') conn.entry.confirmed = true;
}

/**
 * nat POSTROUTING as the packet leaves by `dev`: MASQUERADE (kube-proxy's marked packets, flannel's
 * egress) to the address of `addrDev` (the interface it leaves by; cni0 for a bridged frame); a
 * reply is un-DNATed by conntrack.
 */
export function natSource(w: Walk, netns: NetnsId, dev: Device, addrDev: Device = dev): void {
  const at = placeOf(w, netns, dev.id);
  const p = packetView(w);
  const conn = connIn(w, netns);
  if (!at || !p || !conn) return;
  confirmConntrack(w, netns);
  const ctx = context(w, at, p, true, () => 0);
  w.nf.marked = false;
  w.nf.conn = undefined;
  const entry = conn.entry;
  if (conn.dir === 'reply') {
    if (entry.reply.src !== entry.original.dst || entry.reply.sport !== entry.original.dport)
      if (p.src === entry.reply.src) unnatHop(w, at, entry, 'undnat', 'POSTROUTING');
    return;
  }
  const tables = nodeTables(w.idx, at.node);
  if (!tables) return;
  const v = walkChain(tables.nat, 'POSTROUTING', ctx);
  const addr = addrDev.ip;
  if (v.target?.kind !== 'masquerade' || !addr || addr === p.src) return;
  snatHop(w, at, v.steps, addr, addrDev.name, entry);
}

/** Whether a filter verdict stopped the packet: the drop hop, and for REJECT the ICMP error to send. */
function filterStop(
  w: Walk,
  at: NatPlace,
  hook: 'INPUT' | 'FORWARD' | 'OUTPUT',
  device?: DeviceId,
): LegEnd | undefined {
  const p = packetView(w);
  const tables = nodeTables(w.idx, at.node);
  if (!p || !tables || w.leg !== 'request' || p.proto === 'icmp') return undefined;
  const v = walkChain(
    tables.filter,
    hook,
    context(w, at, p, true, () => 0),
  );
  const t = v.target?.kind;
  if (t !== 'reject' && t !== 'drop') return undefined;
  const last = v.steps[v.steps.length - 1]?.rule ?? '';
  const service = /--comment "([^ ]+) has/.exec(last)?.[1] ?? '';
  const params = { node: at.node, service, dst: p.dst, port: p.dport, rule: last };
  const local = t === 'drop';
  pushHop(
    w,
    {
      netns: at.netns,
      ...(device ? { device } : {}),
      action: 'drop',
      explain: ex(local ? 'sim.hop.dropNoLocalEndpoints' : 'sim.hop.rejectNoEndpoints', params),
      netfilter: { hook, table: 'filter', rules: v.steps },
    },
    w.headers,
  );
  const conn = connIn(w, at.netns);
  if (conn) w.ct.remove(conn.entry);
  w.nf.conn = undefined;
  if (local)
    return {
      kind: 'stop',
      stop: { outcome: 'dropped', reason: ex('sim.outcome.noLocalEndpoints', params) },
    };
  return {
    kind: 'stop',
    stop: {
      outcome: 'refused',
      reason: ex('sim.outcome.noEndpoints', params),
      icmpError: { netns: at.netns, target: p.dst, error: 'port-unreachable' },
    },
  };
}

/** filter FORWARD / OUTPUT / INPUT on a node: kube-proxy rejects a Service without endpoints, drops a Local one without local endpoints. */
export function filterHook(
  w: Walk,
  netns: NetnsId,
  hook: 'INPUT' | 'FORWARD' | 'OUTPUT',
  device?: DeviceId,
): LegEnd | undefined {
  const at = placeOf(w, netns, device);
  return at ? filterStop(w, at, hook, device) : undefined;
}

/** Delivered locally on a node: a reply is un-DNATed at INPUT (the source manipulation of the local path). */
export function natInput(w: Walk, netns: NetnsId): void {
  const at = placeOf(w, netns);
  const conn = connIn(w, netns);
  confirmConntrack(w, netns);
  w.nf.marked = false;
  w.nf.conn = undefined;
  if (!at || conn?.dir !== 'reply') return;
  const entry = conn.entry;
  if (entry.reply.src !== entry.original.dst || entry.reply.sport !== entry.original.dport)
    unnatHop(w, at, entry, 'undnat', 'INPUT');
}
