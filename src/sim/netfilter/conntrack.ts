/** Connection tracking: one table per node namespace, an entry per connection with its original and reply tuple, and `conntrack -L` text. */
import type { ConntrackEntry } from '../trace/traceTypes';
import type { Ipv4, NetnsId } from '../model/types';
import type { PacketView } from './rules';

/** Addresses and ports of one direction of a connection. */
export interface Tuple {
  readonly src: Ipv4;
  readonly dst: Ipv4;
  readonly sport: number;
  readonly dport: number;
}

/** One tracked connection in one namespace. */
export interface TrackedConnection {
  /** The namespace whose table holds it. */
  readonly netns: NetnsId;
  /** tcp, udp or icmp. */
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  /** The first packet as it arrived. */
  readonly original: Tuple;
  /** What a reply must look like; NAT rewrites it. */
  reply: Tuple;
  /** The hop at which the first packet created it. */
  readonly hop: number;
  /** Whether a reply passed (the entry is no longer [UNREPLIED]). */
  replied: boolean;
  /**
   * Whether its first packet passed POSTROUTING (or INPUT) of the namespace, where conntrack
   * confirms a new entry into its table; an unconfirmed entry dies with its packet and
   * `conntrack -L` never lists it.
   */
  confirmed: boolean;
}

const same = (a: Tuple, b: Tuple) =>
  a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport;

/** The inverse of a tuple: what the other side sends back. */
export function inverse(t: Tuple): Tuple {
  return { src: t.dst, dst: t.src, sport: t.dport, dport: t.sport };
}

/** The tuple of a packet. */
export function tupleOf(p: PacketView): Tuple {
  return { src: p.src, dst: p.dst, sport: p.sport, dport: p.dport };
}

/** The conntrack tables of every namespace one exchange passes (shared by its request and reply legs). */
export class Conntrack {
  /** Every entry, in creation order. */
  readonly entries: TrackedConnection[] = [];

  /** The entry a packet belongs to in `netns`, and in which direction it travels. */
  find(
    netns: NetnsId,
    p: PacketView,
  ): { readonly entry: TrackedConnection; readonly dir: 'original' | 'reply' } | undefined {
    const t = tupleOf(p);
    for (const entry of this.entries) {
      if (entry.netns !== netns || entry.protocol !== p.proto) continue;
      if (same(entry.original, t)) return { entry, dir: 'original' };
      if (same(entry.reply, t)) return { entry, dir: 'reply' };
    }
    return undefined;
  }

  /** The entry an ICMP error about a connection relates to (its addresses are the reply tuple's). */
  related(netns: NetnsId, p: PacketView): TrackedConnection | undefined {
    return this.entries.find((e) => e.netns === netns && e.reply.dst === p.dst);
  }

  /** Starts tracking a new connection. */
  add(netns: NetnsId, p: PacketView, hop: number): TrackedConnection {
    const original = tupleOf(p);
    const entry: TrackedConnection = {
      netns,
      protocol: p.proto,
      original,
      reply: inverse(original),
      hop,
      replied: false,
      confirmed: false,
    };
    this.entries.push(entry);
    return entry;
  }

  /** Forgets an entry whose packet was dropped before it was confirmed. */
  remove(entry: TrackedConnection): void {
    const i = this.entries.indexOf(entry);
    if (i >= 0) this.entries.splice(i, 1);
  }
}

const PROTO_NUMBER = { tcp: 6, udp: 17, icmp: 1 } as const;

function tupleText(proto: 'tcp' | 'udp' | 'icmp', t: Tuple, type: number): string {
  if (proto === 'icmp') return `src=${t.src} dst=${t.dst} type=${type} code=0 id=${t.sport}`;
  return `src=${t.src} dst=${t.dst} sport=${t.sport} dport=${t.dport}`;
}

/**
 * An entry as `conntrack -L` prints it: protocol, number, timeout, TCP state, the original tuple
 * ([UNREPLIED] until a reply passed), the reply tuple, then [ASSURED] for an answered TCP connection.
 * The timeout is the state's full value (the real one counts down).
 */
export function conntrackEntry(c: TrackedConnection): ConntrackEntry {
  const p = c.protocol;
  const head =
    p === 'tcp'
      ? c.replied
        ? `tcp      6 431999 ESTABLISHED`
        : `tcp      6 119 SYN_SENT`
      : `${p.padEnd(8)} ${PROTO_NUMBER[p]} 29`;
  const parts = [head, tupleText(p, c.original, 8)];
  if (!c.replied) parts.push('[UNREPLIED]');
  parts.push(tupleText(p, c.reply, 0));
  if (c.replied && p === 'tcp') parts.push('[ASSURED]');
  parts.push('mark=0 use=1');
  return { protocol: p, original: c.original, reply: c.reply, text: parts.join(' ') };
}
