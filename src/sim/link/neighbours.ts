/**
 * Neighbour caches: what each namespace's ARP table holds, how an exchange fills it on both sides
 * and how a send moves an entry's state, as the kernel's neighbour code does (net/core/neighbour.c,
 * net/ipv4/arp.c). One table per trace, shared by its request and reply legs and carried on to
 * the next trace of a session.
 */
import { indexOfNetwork, type NetIndex } from '../model/topology';
import { permanentNeighbours, type NeighbourRow } from '../linux/ipNeigh';
import type { Network } from '../model/networkTypes';
import type { DeviceId, Ipv4, Mac, NetnsId } from '../model/types';

/** How a scenario's caches start: empty (every segment ARPs once) or holding every neighbour already. */
export type NeighbourCacheMode = 'cold' | 'warm';

/** The NUD states a learned entry passes through in a trace (PERMANENT ones live in the network model). */
export type LearnedState = 'REACHABLE' | 'STALE' | 'DELAY' | 'FAILED';

/** One learned neighbour entry: in `netns`, `ip` on `dev` is at `mac`. */
export interface NeighbourEntry {
  /** The namespace whose cache holds it. */
  readonly netns: NetnsId;
  /** The device it belongs to (a neighbour is per interface). */
  readonly dev: DeviceId;
  /** The neighbour's address. */
  readonly ip: Ipv4;
  /** Its MAC; absent once resolution FAILED. */
  readonly mac?: Mac;
  /**
   * REACHABLE: confirmed by an ARP reply; STALE: learned from a request it was the target of (not
   * confirmed); DELAY: a STALE entry just used to send (the kernel probes it ~5 s later unless an
   * upper layer confirms it); FAILED: nobody answered.
   */
  readonly state: LearnedState;
}

const key = (dev: DeviceId, ip: Ipv4): string => `${dev}|${ip}`;

/** The neighbour caches of every namespace while a trace runs: a mutable table, like conntrack. */
export class NeighbourCaches {
  private readonly table = new Map<string, NeighbourEntry>();

  /** `mode` says how a missing entry is treated; `initial` are the entries an earlier trace left. */
  constructor(
    readonly mode: NeighbourCacheMode,
    initial: readonly NeighbourEntry[] = [],
  ) {
    for (const e of initial) this.table.set(key(e.dev, e.ip), e);
  }

  /** The entry for `ip` on `dev` a packet can use now (FAILED ones are resolved again). */
  lookup(dev: DeviceId, ip: Ipv4): NeighbourEntry | undefined {
    const e = this.table.get(key(dev, ip));
    return e?.mac !== undefined && e.state !== 'FAILED' ? e : undefined;
  }

  /** A packet goes out using an entry: a STALE one enters DELAY (neigh_event_send), others keep their state. */
  use(dev: DeviceId, ip: Ipv4): void {
    const e = this.table.get(key(dev, ip));
    if (e?.state === 'STALE') this.table.set(key(dev, ip), { ...e, state: 'DELAY' });
  }

  /** The asker got an answer: REACHABLE. */
  answered(netns: NetnsId, dev: DeviceId, ip: Ipv4, mac: Mac): void {
    this.table.set(key(dev, ip), { netns, dev, ip, mac, state: 'REACHABLE' });
  }

  /**
   * The target of a request learns the asker (arp_process → neigh_event_ns): a new entry is STALE;
   * an existing one with the same MAC keeps its state, one with another MAC becomes STALE.
   */
  heardFrom(netns: NetnsId, dev: DeviceId, ip: Ipv4, mac: Mac): void {
    const e = this.table.get(key(dev, ip));
    if (e?.mac === mac && e.state !== 'FAILED') return;
    this.table.set(key(dev, ip), { netns, dev, ip, mac, state: 'STALE' });
  }

  /** Nobody answered: the entry is FAILED (ip neigh shows it without an address). */
  failed(netns: NetnsId, dev: DeviceId, ip: Ipv4): void {
    this.table.set(key(dev, ip), { netns, dev, ip, state: 'FAILED' });
  }

  /** The learned entries now, in the order they were first learned. */
  entries(): NeighbourEntry[] {
    return [...this.table.values()];
  }
}

/** Devices that resolve neighbours by ARP (lo and flannel.1, NOARP, do not). */
function resolvesByArp(kind: string): boolean {
  return kind === 'veth-pod' || kind === 'bridge' || kind === 'nic';
}

/**
 * What a warm namespace's cache holds: every neighbour on each of its ARP links, REACHABLE — for a
 * pod its node's cni0 and the other pods on the bridge, for cni0 the pods behind it, for a NIC the
 * other hosts on its segment. (A real warm cache holds only the ones it talked to; this is the
 * upper bound, which is what "warm" promises: no lookup misses.)
 */
export function warmNeighbours(idx: NetIndex, netns: NetnsId): NeighbourEntry[] {
  const out: NeighbourEntry[] = [];
  const ns = idx.network.netns.get(netns);
  for (const id of ns?.devices ?? []) {
    const dev = idx.network.devices.get(id);
    if (!dev || !resolvesByArp(dev.kind)) continue;
    for (const other of linkNeighbours(idx, dev.id))
      if (other.ip !== undefined && other.netns !== netns)
        out.push({ netns, dev: dev.id, ip: other.ip, mac: other.mac, state: 'REACHABLE' });
  }
  return out;
}

/** The devices sharing a link with `id` that own an address there (the ones ARP could ask about). */
function linkNeighbours(idx: NetIndex, id: DeviceId): { ip?: Ipv4; mac: Mac; netns: NetnsId }[] {
  const dev = idx.network.devices.get(id);
  if (!dev) return [];
  if (dev.kind === 'nic')
    return [...idx.network.devices.values()].filter(
      (d) => d.kind === 'nic' && d.segment === dev.segment && d.id !== dev.id,
    );
  const bridge = dev.kind === 'bridge' ? dev.id : idx.podNs.get(dev.netns)?.hostVeth.master;
  const out: { ip?: Ipv4; mac: Mac; netns: NetnsId }[] = [];
  for (const pod of idx.podNs.values())
    if (pod.hostVeth.master === bridge && pod.eth0.id !== dev.id) out.push(pod.eth0);
  const cni0 = bridge !== undefined ? idx.network.devices.get(bridge) : undefined;
  if (dev.kind === 'veth-pod' && cni0) out.push(cni0);
  return out;
}

/**
 * What `ip neigh` lists in `netns`: flannel's permanent entries, then what the caches hold — the
 * entries a cold-cache trace left there (`Trace.neighbours`, as right after it), or every
 * neighbour of a warm namespace.
 */
export function neighbourRowsOf(
  network: Network,
  netns: NetnsId,
  learned: readonly NeighbourEntry[] | undefined,
): NeighbourRow[] {
  const idx = indexOfNetwork(network);
  const warm = idx?.cluster.neighbourCaches === 'warm';
  const entries = warm && idx ? warmNeighbours(idx, netns) : (learned ?? []);
  const rows = entries
    .filter((e) => e.netns === netns)
    .map((e) => ({ ip: e.ip, dev: e.dev, state: e.state, ...(e.mac ? { mac: e.mac } : {}) }));
  return [...permanentNeighbours(network, netns), ...rows];
}
