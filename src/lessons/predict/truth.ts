/** What a trace says at a hop: the value each kind of question asks about, and where a question may be asked. */
import type { Hop, Trace } from '../../sim';
import type { PredictSpec, QuestionKind } from '../types';

/** Actions that decide how a packet ends: the question "how does it end?" stops before the first of them. */
const DECIDING = new Set(['deliver', 'reject', 'drop', 'policy-deny']);

/** The index of the hop that decides the outcome (delivered, refused, dropped), or -1 when none does after the start. */
export function decisionHop(trace: Trace): number {
  const i = trace.hops.findIndex((h) => DECIDING.has(h.action));
  return i >= 1 ? i : -1;
}

/** Hops where the kernel looks up the next hop's MAC: a route or forward decision, an encapsulation's outer packet. */
const LOOKUPS = new Set(['route', 'forward', 'encapsulate']);

/**
 * Whether the neighbour lookup at a hop needed ARP: "yes" when the trace's next hop on that device
 * (past a POSTROUTING rewrite) is the ARP exchange, "no" when the packet went on without one (the
 * cache, or flannel.1's permanent entry, knew the MAC); undefined where no lookup happens.
 */
export function neededArp(trace: Trace, hop: number): 'yes' | 'no' | undefined {
  const h = trace.hops[hop];
  if (!h || !LOOKUPS.has(h.action) || h.device === undefined || !h.headers.ip) return undefined;
  let i = hop + 1;
  while (trace.hops[i]?.action === 'snat') i++;
  const next = trace.hops[i];
  return next?.action === 'arp' && next.device === h.device ? 'yes' : 'no';
}

/** The true answer of a kind of question at a hop, as text; undefined when the hop does not tell. */
export function valueAt(trace: Trace, hop: number, kind: QuestionKind): string | undefined {
  const h: Hop | undefined = trace.hops[hop];
  if (!h) return undefined;
  const ip = h.headers.ip;
  const eth = h.headers.eth;
  switch (kind) {
    case 'device':
      return h.device;
    case 'srcIp':
      return ip?.src;
    case 'dstIp':
      return ip?.dst;
    case 'srcMac':
      return eth?.src;
    case 'dstMac':
      return eth?.dst;
    case 'ttl':
      return ip ? String(ip.ttl) : undefined;
    case 'encapsulated':
      return ip ? (h.headers.outer ? 'yes' : 'no') : undefined;
    case 'outcome':
      return hop === decisionHop(trace) ? trace.outcome.kind : undefined;
    case 'arp':
      return neededArp(trace, hop);
  }
}

/** Whether a kind of question makes sense before a hop: the hop tells the answer, and (for devices) the packet moves. */
export function canAsk(trace: Trace, hop: number, kind: QuestionKind): boolean {
  if (hop < 1 || valueAt(trace, hop, kind) === undefined) return false;
  if (kind === 'device') return trace.hops[hop - 1]?.device !== trace.hops[hop]?.device;
  return true;
}

/** The hop a lesson's question stops before: the nth hop with the given action, or -1. */
export function hopOf(trace: Trace, spec: Pick<PredictSpec, 'at' | 'nth'>): number {
  let seen = 0;
  for (const h of trace.hops) if (h.action === spec.at && ++seen === spec.nth) return h.index;
  return -1;
}
