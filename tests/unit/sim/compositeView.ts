/** A compact view of composite traces for tests: the hops that carry meaning, as one line each. */
import type { Hop, Trace } from '../../../src/sim';

/** Actions a golden line is written for (the ones that change an address or end a leg). */
const SHOWN = new Set([
  'send',
  'dnat',
  'snat',
  'unnat',
  'deliver',
  'reject',
  'drop',
  'resolve',
  'proxy',
]);

/** "<exchange> <leg> <action> <netns> <src:sport> > <dst:dport> <IP Total Length>". */
export function line(h: Hop): string {
  const ip = h.headers.ip;
  const l4 = h.headers.l4;
  const ports = l4 && l4.kind !== 'icmp' ? [`:${l4.sport}`, `:${l4.dport}`] : ['', ''];
  const addr = ip ? ` ${ip.src}${ports[0]} > ${ip.dst}${ports[1]} ${ip.totalLength}` : '';
  return `${h.exchange ?? '-'} ${h.leg} ${h.action} ${h.netns}${addr}`;
}

/** The golden lines of a trace. */
export function lines(t: Trace): string[] {
  return t.hops.filter((h) => SHOWN.has(h.action)).map(line);
}

/** The hops of one action. */
export function hopsOf(t: Trace, action: Hop['action']): Hop[] {
  return t.hops.filter((h) => h.action === action);
}
