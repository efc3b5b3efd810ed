/** Applying NAT to the packet: DNAT to an endpoint, MASQUERADE to an interface's address, and conntrack's reverse rewrite on replies — each a hop with its rules. */
import { ex } from '../trace/explain';
import { pushHop, type Walk } from '../trace/walkState';
import { conntrackEntry, type TrackedConnection } from './conntrack';
import type { DeviceId, Ipv4, NetnsId } from '../model/types';
import type { Headers, NetfilterRuleStep, NetfilterStep } from '../trace/traceTypes';

/** The headers with new addresses or ports (only the given ones change). */
export function rewrite(
  h: Headers,
  to: { src?: Ipv4; dst?: Ipv4; sport?: number; dport?: number },
): Headers {
  const ip = h.ip ? { ...h.ip, src: to.src ?? h.ip.src, dst: to.dst ?? h.ip.dst } : undefined;
  const l4 =
    h.l4 && h.l4.kind !== 'icmp'
      ? { ...h.l4, sport: to.sport ?? h.l4.sport, dport: to.dport ?? h.l4.dport }
      : h.l4;
  return { ...h, ...(ip ? { ip } : {}), ...(l4 ? { l4 } : {}) };
}

/** "ip:port" of a packet's source or destination ("ip" for ICMP). */
export function endText(h: Headers, side: 'src' | 'dst'): string {
  const ip = h.ip?.[side] ?? '';
  const l4 = h.l4;
  if (!l4 || l4.kind === 'icmp') return ip;
  return `${ip}:${side === 'src' ? l4.sport : l4.dport}`;
}

/** Where a NAT hop happens. */
export interface NatPlace {
  readonly netns: NetnsId;
  readonly node: string;
  readonly device?: DeviceId;
}

/** The DNAT hop: the destination becomes the endpoint; conntrack's reply tuple now expects it. */
export function dnatHop(
  w: Walk,
  at: NatPlace,
  step: NetfilterStep,
  to: { ip: Ipv4; port: number },
  entry: TrackedConnection,
  service: string,
): void {
  const before = endText(w.headers, 'dst');
  entry.reply = { ...entry.reply, src: to.ip, sport: to.port };
  const headers = rewrite(w.headers, { dst: to.ip, dport: to.port });
  const pick = step.endpoint;
  const key = pick?.pinned ? 'sim.hop.dnatPinned' : 'sim.hop.dnat';
  pushHop(
    w,
    {
      netns: at.netns,
      ...(at.device ? { device: at.device } : {}),
      action: 'dnat',
      explain: ex(key, {
        node: at.node,
        hook: step.hook,
        service,
        from: before,
        to: `${to.ip}:${to.port}`,
        index: (pick?.index ?? 0) + 1,
        count: pick?.count ?? 1,
      }),
      netfilter: { ...step, conntrack: conntrackEntry(entry) },
    },
    headers,
  );
}

/** The MASQUERADE hop: the source becomes the address of the interface the packet leaves by. */
export function snatHop(
  w: Walk,
  at: NatPlace,
  rules: readonly NetfilterRuleStep[],
  addr: Ipv4,
  dev: string,
  entry: TrackedConnection,
): void {
  const from = w.headers.ip?.src ?? '';
  entry.reply = { ...entry.reply, dst: addr };
  const byKubeProxy = rules[rules.length - 1]?.chain === 'KUBE-POSTROUTING';
  pushHop(
    w,
    {
      netns: at.netns,
      ...(at.device ? { device: at.device } : {}),
      action: 'snat',
      explain: ex(byKubeProxy ? 'sim.hop.snatKubeProxy' : 'sim.hop.snatFlannel', {
        node: at.node,
        from,
        to: addr,
        dev,
        dst: w.headers.ip?.dst ?? '',
      }),
      netfilter: {
        hook: 'POSTROUTING',
        table: 'nat',
        rules,
        conntrack: conntrackEntry(entry),
      },
    },
    rewrite(w.headers, { src: addr }),
  );
}

/**
 * conntrack's reverse rewrite on a reply: un-SNAT (the destination back to the original sender,
 * before routing) or un-DNAT (the source back to the address the sender used, on the way out).
 */
export function unnatHop(
  w: Walk,
  at: NatPlace,
  entry: TrackedConnection,
  which: 'unsnat' | 'undnat',
  hook: NetfilterStep['hook'],
): void {
  const o = entry.original;
  const isIcmpError = w.headers.l4?.kind === 'icmp' && w.headers.ip?.protocol === 'ICMP';
  const to =
    which === 'unsnat'
      ? { dst: o.src, ...(isIcmpError ? {} : { dport: o.sport }) }
      : { src: o.dst, ...(isIcmpError ? {} : { sport: o.dport }) };
  const headers = rewrite(w.headers, to);
  const side = which === 'unsnat' ? 'dst' : 'src';
  pushHop(
    w,
    {
      netns: at.netns,
      ...(at.device ? { device: at.device } : {}),
      action: 'unnat',
      explain: ex(which === 'unsnat' ? 'sim.hop.unSnat' : 'sim.hop.unDnat', {
        node: at.node,
        from: endText(w.headers, side),
        to: endText(headers, side),
      }),
      netfilter: { hook, table: 'nat', rules: [], conntrack: conntrackEntry(entry) },
    },
    headers,
  );
}
