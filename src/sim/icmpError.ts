/** ICMP errors the kernel sends back to a sender: host unreachable once ARP gave up on a neighbour. */
import { ex } from './explain';
import { DEFAULT_TTL } from './ttl';
import { originate, sourceAddress } from './walk';
import { pushHop, type IcmpErrorOrigin, type Walk } from './walkState';
import { icmpErrorLength } from './sizes';
import type { Sender } from './endpoints';
import type { Headers } from './traceTypes';

/** ICMP destination unreachable, code 1: host unreachable. */
export const ICMP_HOST_UNREACHABLE = 1;

/**
 * Appends the reply leg of a failed ARP resolution: the namespace that tried (a forwarding node, or
 * the sender itself) sends ICMP host unreachable from its own address towards the packet's source,
 * which routes back like any reply (over lo when the sender was the one resolving).
 */
export function hostUnreachableLeg(w: Walk, origin: IcmpErrorOrigin, from: Sender): void {
  const req = w.headers.ip;
  if (!req) return;
  const idx = w.idx;
  const src = sourceAddress(idx, origin.netns, req.src);
  const headers: Headers = {
    ip: {
      src,
      dst: req.src,
      ttl: DEFAULT_TTL,
      protocol: 'ICMP',
      df: false,
      totalLength: icmpErrorLength(req.totalLength),
    },
    l4: { kind: 'icmp', type: 'dest-unreachable', code: ICMP_HOST_UNREACHABLE },
  };
  const reply: Walk = { idx, leg: 'reply', hops: w.hops, headers: {} };
  const ns = idx.network.netns.get(origin.netns);
  const who = ns?.pod ?? ns?.node ?? '';
  pushHop(
    reply,
    {
      netns: origin.netns,
      action: 'reject',
      explain: ex('sim.hop.rejectHostUnreachable', {
        target: origin.target,
        src,
        dst: req.src,
        who,
      }),
    },
    headers,
    true,
  );
  const end = originate(reply, origin.netns);
  if (end.kind !== 'local') return;
  pushHop(
    reply,
    {
      netns: end.netns,
      container: from.container,
      action: 'deliver',
      explain: ex('sim.hop.deliverHostUnreachable', {
        container: from.container,
        src,
        target: origin.target,
      }),
    },
    reply.headers,
  );
}
