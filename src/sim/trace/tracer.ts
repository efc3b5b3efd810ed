/** simulate: the pure tracer from (cluster, request) to a trace — resolves endpoints and runs both legs. */
import { deliverAndReply } from './delivery';
import { isStop, resolveSender, resolveTarget } from './endpoints';
import { ex } from './explain';
import { fnv1a } from '../model/hash';
import { icmpErrorLeg } from '../ip/icmpError';
import { traceIpc } from './ipc';
import { pingLength, tcpLength, udpLength } from './sizes';
import { ephemeralPort } from '../model/sockets';
import { indexNetwork, type NetIndex } from '../model/topology';
import { initialTtl } from '../ip/ttl';
import { originate, sourceAddress } from './walk';
import { pushHop, type Walk } from './walkState';
import type { ClusterSpec, PacketRequest, PodId } from '../model/types';
import type { Explanation, Headers, Hop, L4Header, OutcomeKind, Trace } from './traceTypes';

function done(
  request: PacketRequest,
  kind: OutcomeKind,
  reason: Explanation,
  hops: readonly Hop[],
): Trace {
  return { request, outcome: { kind, reason }, hops };
}

function bindFailHop(idx: NetIndex, pod: PodId, container: string): Hop | undefined {
  const f = idx.failures.get(`${pod}/${container}`);
  const net = idx.pods.get(pod)?.net;
  if (!f || !net) return undefined;
  const params = {
    container,
    port: f.port,
    protocol: f.protocol,
    heldBy: f.heldBy,
    pod: f.heldByPod ?? pod,
  };
  return {
    index: 0,
    leg: 'request',
    node: net.node,
    netns: net.netns,
    container,
    action: 'bind-fail',
    explain: ex(
      f.heldByPod !== undefined || f.heldBy === 'kubelet'
        ? 'sim.hop.bindFailNode'
        : 'sim.hop.bindFail',
      params,
    ),
    headers: {},
    changes: [],
  };
}

function portOf(request: PacketRequest): number | undefined {
  const p = request.port;
  return p !== undefined && Number.isInteger(p) && p >= 1 && p <= 65535 ? p : undefined;
}

/** The Total Length of a request's first packet: a SYN with options, a small datagram, or the ping's size. */
function requestLength(l4: L4Header, size: number | undefined): number {
  if (l4.kind === 'tcp') return tcpLength(l4.flags);
  if (l4.kind === 'udp') return udpLength();
  return pingLength(size !== undefined && Number.isFinite(size) ? size : undefined);
}

/** Traces one request through a cluster, hop by hop, with its reply; pure and deterministic. */
export function simulate(cluster: ClusterSpec, request: PacketRequest): Trace {
  const idx = indexNetwork(cluster);
  const from = resolveSender(idx, request.from);
  if (isStop(from)) return done(request, from.outcome, from.reason, []);
  const to = resolveTarget(idx, request.to);
  if (isStop(to)) return done(request, to.outcome, to.reason, []);
  for (const [pod, container] of [
    [from.pod, from.container],
    [to.pod, to.container],
  ] as const) {
    if (pod === undefined || container === undefined) continue;
    const hop = bindFailHop(idx, pod, container);
    if (hop)
      return done(request, 'failed-to-start', ex('sim.outcome.failedToStart', hop.explain.params), [
        hop,
      ]);
  }
  if (request.protocol === 'SHM') {
    const r = traceIpc(idx, from, to);
    return done(request, r.outcome, r.reason, r.hops);
  }
  const port = portOf(request);
  if (request.protocol !== 'ICMP' && port === undefined)
    return done(
      request,
      'impossible',
      ex('sim.outcome.badPort', { port: String(request.port ?? '') }),
      [],
    );

  const src = sourceAddress(idx, from.netns, to.ip);
  const seed = fnv1a(`${from.netns}|${from.container}|${to.ip}|${request.protocol}|${port ?? 0}`);
  const sport = ephemeralPort(seed);
  const proto = request.protocol === 'TCP' ? 'TCP' : request.protocol === 'UDP' ? 'UDP' : 'ICMP';
  const l4: L4Header =
    proto === 'TCP'
      ? { kind: 'tcp', sport, dport: port ?? 0, flags: ['SYN'] }
      : proto === 'UDP'
        ? { kind: 'udp', sport, dport: port ?? 0 }
        : { kind: 'icmp', type: 'echo-request' };
  const totalLength = requestLength(l4, request.size);
  const ttl = initialTtl(request.ttl);
  const headers: Headers = {
    ip: { src, dst: to.ip, ttl, protocol: proto, df: true, totalLength },
    l4,
  };
  const w: Walk = { idx, leg: 'request', hops: [], headers: {} };
  pushHop(
    w,
    {
      netns: from.netns,
      container: from.container,
      action: 'send',
      // "an ICMP echo request", never "a ICMP packet": ping has its own sentence
      explain: ex(proto === 'ICMP' ? 'sim.hop.sendPing' : 'sim.hop.send', {
        container: from.container,
        protocol: proto,
        src,
        dst: to.ip,
        port: port ?? '',
        target: port === undefined ? to.ip : `${to.ip}:${port}`,
        size: totalLength,
        ttl,
      }),
    },
    headers,
    true,
  );
  const end = originate(w, from.netns);
  if (end.kind === 'stop') {
    if (end.stop.icmpError) icmpErrorLeg(w, end.stop.icmpError, from);
    return done(request, end.stop.outcome, end.stop.reason, w.hops);
  }
  const viaLocalhost = request.to.kind === 'localhost';
  const result = deliverAndReply(w, end.netns, from, viaLocalhost);
  return done(request, result.outcome, result.reason, w.hops);
}
