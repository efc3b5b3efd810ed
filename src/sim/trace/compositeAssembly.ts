/** A trace assembled from several conversations: hops renumbered and marked by exchange, conntrack and neighbour caches carried along. */
import type { NetIndex } from '../model/topology';
import type { NeighbourEntry } from '../link/neighbours';
import type { PacketRequest } from '../model/types';
import type { Sender } from './endpoints';
import type { ConntrackRecord, Exchange, Explanation, Hop, OutcomeKind, Trace } from './traceTypes';

export type Outcome = Trace['outcome'];

/** A trace being assembled from several exchanges. */
export class Assembly {
  readonly hops: Hop[] = [];
  readonly exchanges: Exchange[] = [];
  readonly conntrack: ConntrackRecord[] = [];
  /** Whether some conversation was tracked by a node's conntrack (the table is listed, even empty). */
  tracked = false;
  /** The neighbour caches after the last conversation: the next one starts from them. */
  neighbours: readonly NeighbourEntry[] | undefined;
  constructor(
    readonly request: PacketRequest,
    neighbours: readonly NeighbourEntry[] | undefined,
  ) {
    this.neighbours = neighbours;
  }
  /** Starts an exchange; returns its index. */
  open(kind: Exchange['kind'], explain: Explanation): number {
    this.exchanges.push({ kind, explain });
    return this.exchanges.length - 1;
  }
  /** Appends a conversation's hops, renumbered and marked with the exchange, and its conntrack entries. */
  add(trace: Trace, exchange: number, hops: readonly Hop[] = trace.hops): void {
    const offset = this.hops.length;
    for (const h of hops) this.hops.push({ ...h, index: this.hops.length, exchange });
    // a later query of the same flow (same ports) finds its entry already there, as the kernel's does
    if (trace.conntrack) this.tracked = true;
    for (const r of trace.conntrack ?? [])
      if (!this.conntrack.some((c) => c.netns === r.netns && c.entry.text === r.entry.text))
        this.conntrack.push({ ...r, hop: r.hop + offset });
    if (trace.neighbours) this.neighbours = trace.neighbours;
  }
  /** A hop at the sender with no packet: the resolver's conclusion or the proxy's decision. */
  note(
    sender: Sender,
    idx: NetIndex,
    action: 'resolve' | 'proxy',
    explain: Explanation,
    exchange: number,
    leg: Hop['leg'],
  ): void {
    const node = idx.network.netns.get(sender.netns)?.node ?? '';
    this.hops.push({
      index: this.hops.length,
      leg,
      node,
      netns: sender.netns,
      container: sender.container,
      action,
      explain,
      headers: {},
      changes: [],
      exchange,
    });
  }
  done(outcome: Outcome): Trace {
    const t: Trace = { request: this.request, outcome, hops: this.hops, exchanges: this.exchanges };
    const nb = this.neighbours ? { neighbours: this.neighbours } : {};
    return this.tracked ? { ...t, conntrack: this.conntrack, ...nb } : { ...t, ...nb };
  }
}

export const outcome = (kind: OutcomeKind, reason: Explanation): Outcome => ({ kind, reason });
