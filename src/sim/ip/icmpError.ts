/** ICMP errors the kernel sends back to a sender: host unreachable once ARP gave up, time exceeded when the TTL ran out. */
import { ex } from '../trace/explain';
import { DEFAULT_TTL } from './ttl';
import { originate, sourceAddress } from '../trace/walk';
import { pushHop, replyWalk, type IcmpErrorOrigin, type Walk } from '../trace/walkState';
import { icmpErrorLength } from '../trace/sizes';
import type { Sender } from '../trace/endpoints';
import type { Headers } from '../trace/traceTypes';

/** ICMP destination unreachable, code 1: host unreachable. */
export const ICMP_HOST_UNREACHABLE = 1;

/** ICMP destination unreachable, code 3: port unreachable (what kube-proxy's REJECT sends). */
export const ICMP_PORT_UNREACHABLE = 3;

/** The sentence for the error reaching the sender. */
function deliverKey(origin: IcmpErrorOrigin): `sim.${string}` {
  if (origin.error === 'time-exceeded') return 'sim.hop.deliverTimeExceeded';
  if (origin.error === 'port-unreachable') return 'sim.hop.deliverRefused';
  return 'sim.hop.deliverHostUnreachable';
}

/** ICMP time exceeded, code 0: TTL exceeded in transit. */
export const ICMP_TTL_EXCEEDED = 0;

/**
 * Appends the reply leg of an ICMP error: the namespace that gave up (a node whose ARP failed or
 * that received the packet with TTL 1, or the sender itself when its own ARP failed) sends the error
 * from its own address towards the packet's source, which routes back like any reply (over lo when
 * the sender was the one resolving).
 */
export function icmpErrorLeg(w: Walk, origin: IcmpErrorOrigin, from: Sender): void {
  const req = w.headers.ip;
  if (!req) return;
  const idx = w.idx;
  const src = sourceAddress(idx, origin.netns, req.src);
  const expired = origin.error === 'time-exceeded';
  const portUnreachable = origin.error === 'port-unreachable';
  const headers: Headers = {
    ip: {
      src,
      dst: req.src,
      ttl: DEFAULT_TTL,
      protocol: 'ICMP',
      df: false,
      totalLength: icmpErrorLength(req.totalLength),
    },
    l4: expired
      ? { kind: 'icmp', type: 'time-exceeded', code: ICMP_TTL_EXCEEDED }
      : {
          kind: 'icmp',
          type: 'dest-unreachable',
          code: portUnreachable ? ICMP_PORT_UNREACHABLE : ICMP_HOST_UNREACHABLE,
        },
  };
  const reply: Walk = replyWalk(w);
  const ns = idx.network.netns.get(origin.netns);
  const who = ns?.pod ?? ns?.node ?? '';
  const params = { target: origin.target, src, dst: req.src, who };
  pushHop(
    reply,
    {
      netns: origin.netns,
      action: 'reject',
      explain:
        origin.explain ??
        ex(
          expired
            ? 'sim.hop.rejectTimeExceeded'
            : portUnreachable
              ? 'sim.hop.rejectNoEndpointsIcmp'
              : 'sim.hop.rejectHostUnreachable',
          params,
        ),
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
      explain: ex(deliverKey(origin), {
        container: from.container,
        src,
        target: origin.target,
      }),
    },
    reply.headers,
  );
}
