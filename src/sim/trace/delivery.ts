/** Arrival at the destination namespace: a listening socket (or the kernel for ping) takes it, or the kernel refuses. */
import { ex } from './explain';
import { originate } from './walk';
import { replyHeaders } from './reply';
import { tcpLength } from './sizes';
import { socketKey } from '../model/sockets';
import { pushHop, replyWalk as newReplyWalk, type Stop, type Walk } from './walkState';
import type { Sender } from './endpoints';
import type { Hop } from './traceTypes';
import type { NetnsId } from '../model/types';

function deliveredReason(hops: readonly Hop[], ttl: number): Stop {
  const req = hops.filter((h) => h.leg === 'request');
  const has = (a: Hop['action']) => req.some((h) => h.action === a);
  let key: `sim.${string}` = 'sim.outcome.deliveredNode';
  if (has('encapsulate')) key = 'sim.outcome.deliveredOverlay';
  else if (has('forward')) key = 'sim.outcome.deliveredRouted';
  else if (has('loopback')) key = 'sim.outcome.deliveredLoopback';
  else if (has('bridge')) key = 'sim.outcome.deliveredBridge';
  return { outcome: 'delivered', reason: ex(key, { ttl }) };
}

/**
 * A TCP or UDP reply that reaches the sender from another address or port than it sent to (NAT not
 * reversed: bridge netfilter off, or no masquerade so the reply took another way): no socket
 * matches, so the sender's kernel answers it with RST (TCP) or port unreachable (UDP), sent to that
 * stray source like any packet (with bridge netfilter off: ARP, then bridged, TTL as sent), and the
 * connection never opens.
 */
function strayReply(rw: Walk, netns: NetnsId, from: Sender): Stop | undefined {
  const origin = rw.nf.origin;
  const ip = rw.headers.ip;
  const l4 = rw.headers.l4;
  if (!origin || !ip || !l4 || l4.kind === 'icmp') return undefined;
  if (ip.src === origin.ip && l4.sport === origin.port) return undefined;
  const params = {
    container: from.container,
    got: `${ip.src}:${l4.sport}`,
    expected: `${origin.ip}:${origin.port}`,
  };
  const answer = replyHeaders(rw.headers, 'refuse');
  const rst = l4.kind === 'tcp' && answer.l4?.kind === 'tcp';
  pushHop(
    rw,
    {
      netns,
      action: 'reject',
      explain: ex(rst ? 'sim.hop.rejectStrayTcp' : 'sim.hop.rejectStrayUdp', params),
    },
    rst && answer.l4?.kind === 'tcp' && answer.ip
      ? {
          ...answer,
          ip: { ...answer.ip, totalLength: tcpLength(['RST']) },
          l4: { ...answer.l4, flags: ['RST'] },
        }
      : answer,
    true,
  );
  // the answer is a packet like any other: routed, resolved (ARP) and carried to the stray source
  const end = originate(rw, netns);
  if (end.kind === 'local') {
    const ns = rw.idx.network.netns.get(end.netns);
    pushHop(
      rw,
      {
        netns: end.netns,
        action: 'deliver',
        explain: ex(rst ? 'sim.hop.deliverStrayRst' : 'sim.hop.deliverStrayUnreachable', {
          ...params,
          who: ns?.pod ?? ns?.node ?? end.netns,
        }),
      },
      rw.headers,
    );
  }
  return { outcome: 'dropped', reason: ex('sim.outcome.strayReply', params) };
}

/** Delivers the request in `netns`, then traces the answer back to the sender. */
export function deliverAndReply(
  w: Walk,
  netns: NetnsId,
  from: Sender,
  viaLocalhost: boolean,
): Stop {
  const req = w.headers;
  const ip = req.ip;
  const l4 = req.l4;
  if (!ip || !l4) return { outcome: 'dropped', reason: ex('sim.outcome.notMine', { ip: '' }) };
  const arrivalTtl = ip.ttl;
  const replyWalk: Walk = newReplyWalk(w);
  let refused = false;
  if (l4.kind === 'icmp') {
    pushHop(
      w,
      {
        netns,
        action: 'deliver',
        explain: ex('sim.hop.deliverEcho', { dst: ip.dst, src: ip.src }),
      },
      req,
    );
    pushHop(
      replyWalk,
      { netns, action: 'send', explain: ex('sim.hop.sendEchoReply', { src: ip.dst, dst: ip.src }) },
      replyHeaders(req, 'accept'),
      true,
    );
  } else {
    const protocol = l4.kind === 'tcp' ? 'TCP' : 'UDP';
    const socket = w.idx.sockets.get(netns)?.get(socketKey(protocol, l4.dport));
    const params = { port: l4.dport, protocol, src: ip.src, dst: ip.dst };
    if (socket) {
      pushHop(
        w,
        {
          netns,
          container: socket.container,
          action: 'deliver',
          explain: ex('sim.hop.deliver', { ...params, container: socket.container }),
        },
        req,
      );
      pushHop(
        replyWalk,
        {
          netns,
          container: socket.container,
          action: 'send',
          explain: ex(protocol === 'TCP' ? 'sim.hop.sendSynAck' : 'sim.hop.sendUdpReply', {
            ...params,
            container: socket.container,
          }),
        },
        replyHeaders(req, 'accept'),
        true,
      );
    } else {
      refused = true;
      const pod = w.idx.network.netns.get(netns)?.pod ?? w.idx.network.netns.get(netns)?.node ?? '';
      const key = viaLocalhost
        ? 'sim.hop.rejectLocalhost'
        : protocol === 'TCP'
          ? 'sim.hop.rejectTcp'
          : 'sim.hop.rejectUdp';
      pushHop(
        replyWalk,
        { netns, action: 'reject', explain: ex(key, { ...params, pod }) },
        replyHeaders(req, 'refuse'),
        true,
      );
    }
  }
  const end = originate(replyWalk, netns);
  if (end.kind === 'stop') return end.stop;
  const stray = strayReply(replyWalk, end.netns, from);
  if (stray) return stray;
  // a SYN+ACK does not end the exchange: the client's final ACK (not traced) completes the handshake
  const arrived = refused
    ? 'sim.hop.deliverRefused'
    : l4.kind === 'tcp'
      ? 'sim.hop.deliverSynAck'
      : 'sim.hop.deliverReply';
  pushHop(
    replyWalk,
    {
      netns: end.netns,
      container: from.container,
      action: 'deliver',
      explain: ex(arrived, {
        container: from.container,
        src: replyWalk.headers.ip?.src ?? '',
      }),
    },
    replyWalk.headers,
  );
  if (!refused) return deliveredReason(w.hops, arrivalTtl);
  const dport = l4.kind === 'tcp' || l4.kind === 'udp' ? l4.dport : 0;
  const pod = w.idx.network.netns.get(netns)?.pod ?? '';
  return {
    outcome: 'refused',
    reason: viaLocalhost
      ? ex('sim.outcome.refusedLocalhost', { port: dport, pod })
      : ex(l4.kind === 'tcp' ? 'sim.outcome.refusedTcp' : 'sim.outcome.refusedUdp', {
          port: dport,
          ip: ip.dst,
        }),
  };
}
