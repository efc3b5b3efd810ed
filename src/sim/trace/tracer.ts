/** simulate: the pure tracer from (cluster, request) to a trace — resolves endpoints and runs both legs. */
import { deliverAndReply } from './delivery';
import { isStop, resolveSender, resolveTarget, type Destination, type Sender } from './endpoints';
import { compositeTrace } from './composite';
import { conntrackEntry } from '../netfilter/conntrack';
import { ex } from './explain';
import { fnv1a } from '../model/hash';
import { icmpErrorLeg } from '../ip/icmpError';
import { traceIpc } from './ipc';
import { pingLength, tcpLength, udpLength } from './sizes';
import { ephemeralPort } from '../model/sockets';
import { indexNetwork, type NetIndex } from '../model/topology';
import { initialTtl } from '../ip/ttl';
import { originate, sourceAddress } from './walk';
import { newWalk, pushHop, type Walk } from './walkState';
import { NeighbourCaches, type NeighbourEntry } from '../link/neighbours';
import type { ClusterSpec, PacketRequest, PodId } from '../model/types';
import type {
  ConntrackRecord,
  Explanation,
  Headers,
  Hop,
  L4Header,
  OutcomeKind,
  Trace,
} from './traceTypes';

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

/** What one exchange (a request and its reply) produced. */
export interface ExchangeResult {
  /** How it ended. */
  readonly outcome: OutcomeKind;
  /** Why. */
  readonly reason: Explanation;
  /** Its hops, appended to the list given (indexes continue from it). */
  readonly hops: Hop[];
  /** The conntrack entries it left on the nodes (confirmed ones: what `conntrack -L` lists). */
  readonly conntrack: readonly ConntrackRecord[];
  /** Whether any node's conntrack saw its packets (then the trace lists the tables, even empty). */
  readonly tracked: boolean;
}

/** What an exchange sends. */
export interface ExchangeOptions {
  /** TCP, UDP or ICMP. */
  readonly protocol: 'TCP' | 'UDP' | 'ICMP';
  /** The destination port (TCP/UDP). */
  readonly port?: number;
  /** ICMP: the echo request's total length. */
  readonly size?: number;
  /** The TTL the sender sets. */
  readonly ttl?: number;
  /** A pinned Service endpoint. */
  readonly endpoint?: PodId;
  /** Sent to localhost (a refusal is explained as localhost being per pod). */
  readonly viaLocalhost?: boolean;
  /** Hops already in the trace (an earlier exchange's): the new ones are appended and numbered after them. */
  readonly hops?: Hop[];
  /** The neighbour caches to start from and fill (default: the scenario's cold or warm ones). */
  readonly neighbours?: NeighbourCaches;
  /** The client's source port (TCP/UDP); default a hash of the flow, as one socket would get. */
  readonly sport?: number;
}

/**
 * The conntrack records an exchange left, as `conntrack -L` prints them at its end: confirmed
 * entries only. The hop that created an entry whose packet died before POSTROUTING or INPUT (a
 * hairpin the bridge refused, a SYN a policy dropped in FORWARD) loses its entry and says
 * `unconfirmed` instead: the kernel freed it with the packet.
 */
function records(w: Walk): ConntrackRecord[] {
  for (const c of w.ct.entries) {
    const hop = w.hops[c.hop];
    if (c.confirmed || !hop?.netfilter?.conntrack) continue;
    const { conntrack: _dead, ...nf } = hop.netfilter;
    w.hops[c.hop] = { ...hop, netfilter: { ...nf, unconfirmed: true } };
  }
  return w.ct.entries
    .filter((c) => c.confirmed)
    .map((c) => ({
      netns: c.netns,
      node: w.idx.network.netns.get(c.netns)?.node ?? '',
      hop: c.hop,
      entry: conntrackEntry(c),
    }));
}

/**
 * Traces one exchange from a resolved sender to an address: the request hop by hop through routing,
 * bridges, overlays and every node's netfilter, then the answer back. The building block of
 * `simulate`, and of composite traces (a DNS lookup before a connection).
 */
export function traceExchange(
  idx: NetIndex,
  from: Sender,
  to: Destination,
  opts: ExchangeOptions,
): ExchangeResult {
  const proto = opts.protocol;
  const port = opts.port;
  const src = sourceAddress(idx, from.netns, to.ip);
  const seed = fnv1a(`${from.netns}|${from.container}|${to.ip}|${proto}|${port ?? 0}`);
  const sport = opts.sport ?? ephemeralPort(seed);
  const l4: L4Header =
    proto === 'TCP'
      ? { kind: 'tcp', sport, dport: port ?? 0, flags: ['SYN'] }
      : proto === 'UDP'
        ? { kind: 'udp', sport, dport: port ?? 0 }
        : { kind: 'icmp', type: 'echo-request' };
  const totalLength = requestLength(l4, opts.size);
  const ttl = initialTtl(opts.ttl);
  const headers: Headers = {
    ip: { src, dst: to.ip, ttl, protocol: proto, df: true, totalLength },
    l4,
  };
  const w: Walk = newWalk(idx, opts.hops ?? [], {
    ...(opts.endpoint !== undefined ? { pin: opts.endpoint } : {}),
    ...(opts.neighbours !== undefined ? { neighbours: opts.neighbours } : {}),
    origin: { ip: to.ip, port: port ?? 0 },
  });
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
    return {
      outcome: end.stop.outcome,
      reason: end.stop.reason,
      hops: w.hops,
      conntrack: records(w),
      tracked: w.ct.entries.length > 0,
    };
  }
  const result = deliverAndReply(w, end.netns, from, opts.viaLocalhost ?? false);
  return {
    outcome: result.outcome,
    reason: result.reason,
    hops: w.hops,
    conntrack: records(w),
    tracked: w.ct.entries.length > 0,
  };
}

/**
 * Traces one request through a cluster, hop by hop, with its reply; pure and deterministic.
 * `neighbours`: the learned cache entries an earlier trace of the same session left
 * (`Trace.neighbours`); without them every cache starts as the scenario says (cold by default).
 */
export function simulate(
  cluster: ClusterSpec,
  request: PacketRequest,
  neighbours?: readonly NeighbourEntry[],
): Trace {
  // a name (DNS first) or HTTP to the ingress controller makes several exchanges: composite.ts
  const composite = compositeTrace(cluster, request, neighbours);
  if (composite) return composite;
  return simulateExchange(cluster, request, neighbours);
}

/**
 * `simulate` for a request that is one exchange (composite.ts's legs): `sport` the client socket's
 * source port when the caller knows it (glibc's resolver opens a new socket per query).
 */
export function simulateExchange(
  cluster: ClusterSpec,
  request: PacketRequest,
  neighbours?: readonly NeighbourEntry[],
  sport?: number,
): Trace {
  const mode = cluster.neighbourCaches ?? 'cold';
  const nb = new NeighbourCaches(mode, neighbours);
  const t = traceOne(cluster, request, nb, sport);
  return mode === 'cold' ? { ...t, neighbours: nb.entries() } : t;
}

/** One single-exchange request, its caches in `nb`. */
function traceOne(
  cluster: ClusterSpec,
  request: PacketRequest,
  nb: NeighbourCaches,
  sport: number | undefined,
): Trace {
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
  const r = traceExchange(idx, from, to, {
    protocol: request.protocol,
    ...(port !== undefined ? { port } : {}),
    ...(request.size !== undefined ? { size: request.size } : {}),
    ...(request.ttl !== undefined ? { ttl: request.ttl } : {}),
    ...(request.endpoint !== undefined ? { endpoint: request.endpoint } : {}),
    viaLocalhost: request.to.kind === 'localhost',
    neighbours: nb,
    ...(sport !== undefined ? { sport } : {}),
  });
  const trace = done(request, r.outcome, r.reason, r.hops);
  return r.tracked ? { ...trace, conntrack: r.conntrack } : trace;
}
