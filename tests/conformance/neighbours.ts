/**
 * Prepares the neighbour caches before each case as the simulation assumes them: the sender's entry
 * for its first next hop cold, every other entry of every namespace warm (pre-filled, permanent).
 *
 * The simulation shows an ARP exchange only where a namespace originates a packet, for its first
 * next hop (docs/trace-format.md, "ARP"); forwarding nodes, the answering side and a VXLAN sender's
 * underlay already know their neighbours. With every cache flushed the kernel would also ARP there
 * (issue 13). The entries are computed from the kernel's own addresses, never from a trace, and the
 * cold one from the kernel's own route lookup: a simulation that skips an ARP exchange it should
 * show still meets the kernel's request, which the comparison then cannot account for.
 */
import type { Network } from '../../src/sim/model/networkTypes';
import type { NetnsId } from '../../src/sim/model/types';
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
  /** The pre-filled entries. */
  readonly warm: readonly NeighbourEntry[];
  /** The sender's entry left cold (null when the packet stays local or the entry is the plan's own permanent one, e.g. flannel.1's). */
  readonly cold: NeighbourEntry | null;
}

/** Splits the warm entries into those to pre-fill and the sender's first next hop, left cold. */
export function planCaches(
  warm: readonly NeighbourEntry[],
  senderNs: string,
  hop: { dev: string; ip: string } | null,
): CachePreparation {
  const isCold = (e: NeighbourEntry): boolean =>
    hop !== null && e.ns === senderNs && e.dev === hop.dev && e.ip === hop.ip;
  return { warm: warm.filter((e) => !isCold(e)), cold: warm.find(isCold) ?? null };
}

/**
 * Makes every bridge know its pods' MACs, flushes every learned neighbour, pre-fills every other
 * namespace's (and the sender's other) neighbours as permanent entries, and deletes the sender's
 * entry for its first next hop.
 */
export function prepareCaches(
  namespaces: readonly string[],
  senderNs: string,
  dst: string,
  fdb: readonly FdbEntry[],
): CachePreparation {
  for (const f of fdb)
    run(['bridge', '-n', f.ns, 'fdb', 'replace', f.mac, 'dev', f.dev, 'master', 'static']);
  const links = new Map<string, LinkAddrs[]>();
  for (const ns of namespaces) {
    run(inNs(ns, ['ip', 'neigh', 'flush', 'all']));
    links.set(ns, parseAddrJson(run(['ip', '-j', '-n', ns, 'addr', 'show']).stdout || '[]'));
  }
  const hop = firstNextHop(run(['ip', '-n', senderNs, 'route', 'get', dst]).stdout, dst);
  const prep = planCaches(warmEntries(links), senderNs, hop);
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
  if (prep.cold) run(['ip', '-n', senderNs, 'neigh', 'del', prep.cold.ip, 'dev', prep.cold.dev]);
  return prep;
}
