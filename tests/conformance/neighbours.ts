/**
 * Prepares the neighbour caches before each case as the scenario says they start (issue 13): cold
 * (the default) flushes every learned entry of every namespace, so the kernel ARPs on every segment
 * its first packet crosses, and the comparison checks each request and reply, field by field, on
 * every interface (tests/conformance/accounting.ts, arpBodies.ts). Warm pre-fills every entry ARP
 * could ever learn as permanent, computed from the kernel's own addresses, never from a trace.
 * flannel.1's permanent entries are the plan's own and survive the flush either way.
 */
import type { Network } from '../../src/sim/model/networkTypes';
import type { DeviceId, NetnsId } from '../../src/sim/model/types';
import type { NeighbourEntry as NeighbourEntryOf } from '../../src/sim/link/neighbours';
import { inNs, run } from './exec';

/** A bridge forwarding entry: in namespace `ns`, frames to `mac` leave by port `dev`. */
export interface FdbEntry {
  /** Kernel namespace name. */
  readonly ns: string;
  /** The bridge port (a pod's host-side veth). */
  readonly dev: string;
  /** The MAC behind it (the pod's eth0). */
  readonly mac: string;
}

/**
 * The forwarding entries a bridge learns from the first frame each pod sends: the pod's MAC behind
 * its host veth. The simulation's bridge always knows them; a bridge that has not heard from a pod
 * yet floods a frame for it to every port (seen: the first SYN to a pod whose node never ARPed for
 * it), so the harness makes them static.
 */
export function fdbEntries(network: Network, nsName: ReadonlyMap<NetnsId, string>): FdbEntry[] {
  return [...network.devices.values()].flatMap((d) => {
    const pod = d.peer === undefined ? undefined : network.devices.get(d.peer);
    const ns = nsName.get(d.netns);
    if (d.master === undefined || !pod || ns === undefined) return [];
    return [{ ns, dev: d.name, mac: pod.mac }];
  });
}

/** One neighbour entry: in namespace `ns`, `ip` on `dev` is at `mac`. */
export interface NeighbourEntry {
  /** Kernel namespace name. */
  readonly ns: string;
  /** The interface the entry belongs to. */
  readonly dev: string;
  /** The neighbour's address. */
  readonly ip: string;
  /** Its MAC, as ARP would learn it. */
  readonly mac: string;
}

/** An interface as `ip -j addr` shows it (the fields used here). */
export interface LinkAddrs {
  /** Interface name. */
  readonly ifname: string;
  /** Its MAC. */
  readonly mac: string;
  /** Whether it resolves neighbours by ARP (not lo, not NOARP). */
  readonly arp: boolean;
  /** Its IPv4 addresses with prefix lengths. */
  readonly addrs: readonly { readonly ip: string; readonly prefix: number }[];
}

/** Parses `ip -j addr show` into the interfaces of one namespace. */
export function parseAddrJson(json: string): LinkAddrs[] {
  const links = JSON.parse(json) as {
    ifname: string;
    address?: string;
    flags?: string[];
    link_type?: string;
    addr_info?: { family: string; local: string; prefixlen: number }[];
  }[];
  return links.map((l) => ({
    ifname: l.ifname,
    mac: l.address ?? '',
    arp: l.link_type === 'ether' && !(l.flags ?? []).includes('NOARP'),
    addrs: (l.addr_info ?? [])
      .filter((a) => a.family === 'inet')
      .map((a) => ({ ip: a.local, prefix: a.prefixlen })),
  }));
}

const toInt = (ip: string): number =>
  ip.split('.').reduce((n, part) => n * 256 + Number(part), 0) >>> 0;

/** Whether `ip` lies in the subnet `net`/`prefix`. */
export function inSubnet(ip: string, net: string, prefix: number): boolean {
  if (prefix === 0) return true;
  const mask = prefix === 32 ? 0xffffffff : (~0 << (32 - prefix)) >>> 0;
  return (toInt(ip) & mask) >>> 0 === (toInt(net) & mask) >>> 0;
}

/**
 * Every entry ARP could ever learn, per namespace: on each ARP interface, every address of another
 * namespace inside the interface's subnet, at the MAC of that namespace's interface on the same
 * subnet (arp_ignore 0: a namespace answers for any of its addresses on the link it is asked on).
 */
export function warmEntries(
  namespaces: ReadonlyMap<string, readonly LinkAddrs[]>,
): NeighbourEntry[] {
  const out = new Map<string, NeighbourEntry>();
  for (const [ns, links] of namespaces) {
    const own = new Set(links.flatMap((l) => l.addrs.map((a) => a.ip)));
    for (const link of links.filter((l) => l.arp))
      for (const mine of link.addrs.filter((a) => a.prefix < 32))
        for (const [other, theirs] of namespaces) {
          if (other === ns) continue;
          const answering = theirs.find(
            (l) => l.arp && l.addrs.some((a) => inSubnet(mine.ip, a.ip, a.prefix)),
          );
          if (!answering) continue;
          for (const a of theirs.flatMap((l) => l.addrs)) {
            if (own.has(a.ip) || !inSubnet(a.ip, mine.ip, mine.prefix)) continue;
            const entry = { ns, dev: link.ifname, ip: a.ip, mac: answering.mac };
            out.set(`${ns} ${link.ifname} ${a.ip}`, entry);
          }
        }
  }
  return [...out.values()];
}

/** The first next hop `ip route get` names: `{dev, ip}` (the gateway, or the destination on-link); null when local. */
export function firstNextHop(routeGet: string, dst: string): { dev: string; ip: string } | null {
  const line = routeGet.trim().split('\n')[0] ?? '';
  if (line.startsWith('local ') || / dev lo\b/.test(line)) return null;
  const dev = / dev (\S+)/.exec(line)?.[1];
  if (dev === undefined) return null;
  return { dev, ip: / via (\S+)/.exec(line)?.[1] ?? dst };
}

/** What the harness did to the caches before one case, for the report and for tests. */
export interface CachePreparation {
  /** The pre-filled entries (none when cold). */
  readonly warm: readonly NeighbourEntry[];
  /** The sender's entry for its first next hop, flushed (null when the packet stays local or the caches start warm). */
  readonly cold: NeighbourEntry | null;
}

/**
 * What to pre-fill: nothing for cold caches (the sender's first next hop, if any entry could hold
 * it, is reported as the cold one), every learnable entry for warm ones.
 */
export function planCaches(
  warm: readonly NeighbourEntry[],
  senderNs: string,
  hop: { dev: string; ip: string } | null,
  mode: 'cold' | 'warm' = 'cold',
): CachePreparation {
  if (mode === 'warm') return { warm, cold: null };
  const isFirst = (e: NeighbourEntry): boolean =>
    hop !== null && e.ns === senderNs && e.dev === hop.dev && e.ip === hop.ip;
  return { warm: [], cold: warm.find(isFirst) ?? null };
}

/**
 * Makes every bridge know its pods' MACs (the simulation's bridge always does: that is the FDB,
 * not ARP), flushes every learned neighbour of every namespace, and for warm caches pre-fills every
 * entry ARP could learn as permanent.
 */
export function prepareCaches(
  namespaces: readonly string[],
  senderNs: string,
  dst: string,
  fdb: readonly FdbEntry[],
  mode: 'cold' | 'warm' = 'cold',
): CachePreparation {
  for (const f of fdb)
    run(['bridge', '-n', f.ns, 'fdb', 'replace', f.mac, 'dev', f.dev, 'master', 'static']);
  const links = new Map<string, LinkAddrs[]>();
  for (const ns of namespaces) {
    run(inNs(ns, ['ip', 'neigh', 'flush', 'all']));
    links.set(ns, parseAddrJson(run(['ip', '-j', '-n', ns, 'addr', 'show']).stdout || '[]'));
  }
  const hop = firstNextHop(run(['ip', '-n', senderNs, 'route', 'get', dst]).stdout, dst);
  const prep = planCaches(warmEntries(links), senderNs, hop, mode);
  for (const e of prep.warm)
    run([
      'ip',
      '-n',
      e.ns,
      'neigh',
      'replace',
      e.ip,
      'lladdr',
      e.mac,
      'dev',
      e.dev,
      'nud',
      'permanent',
    ]);
  return prep;
}

/**
 * The simulation's view of what `warmBridgeNeighbours` (kernelRun.ts) leaves before a preset case:
 * each node's cni0 holds every pod on its bridge, REACHABLE (learned by ARP for the warming ping and
 * confirmed by its answer); the pods' own entries for their gateway are deleted again, and the
 * sender's namespace is flushed whole, so nothing else is known. Written from the network's own
 * devices, never from a trace.
 */
export function bridgeWarmEntries(network: Network, senderNetns: NetnsId): NeighbourEntryOf[] {
  const out: NeighbourEntryOf[] = [];
  for (const d of network.devices.values()) {
    if (d.kind !== 'bridge' || d.netns === senderNetns) continue;
    for (const pod of network.pods) {
      const eth0 = network.devices.get(`${pod.netns}#eth0` as DeviceId);
      const host = eth0?.peer === undefined ? undefined : network.devices.get(eth0.peer);
      if (!eth0 || host?.master !== d.id || pod.netns === d.netns) continue;
      out.push({ netns: d.netns, dev: d.id, ip: pod.ip, mac: eth0.mac, state: 'REACHABLE' });
    }
  }
  return out;
}
