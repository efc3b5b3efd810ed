/**
 * The single conversations a composite trace is made of: one request traced by the single-exchange
 * tracer (the one swap point), with a DNS exchange's honest datagram sizes, and the Service
 * addresses a composite trace sends to.
 */
import { simulateExchange } from './tracer';
import type { NeighbourEntry } from '../link/neighbours';
import { conntrackEntry } from '../netfilter/conntrack';
import { servicePorts } from '../netfilter/endpointSlices';
import { fnv1a } from '../model/hash';
import { ephemeralPort } from '../model/sockets';
import { serviceKey } from '../netfilter/serviceAddressing';
import {
  icmpErrorLength,
  IPV4_HEADER_BYTES,
  UDP_HEADER_BYTES,
  VXLAN_OVERHEAD_BYTES,
} from './sizes';
import type { ServicePortSpec, ServiceSpec } from '../model/k8sTypes';
import type { NetIndex } from '../model/topology';
import type { ClusterSpec, PacketRequest, PodSpec, Target } from '../model/types';
import type { Headers, Hop, Trace } from './traceTypes';

/** One conversation to trace. */
export interface Leg {
  /** The request, without `http` and never to a name (so it is a single exchange). */
  readonly request: PacketRequest;
  /** A DNS exchange: the query's and the response's DNS message lengths (UDP payloads). */
  readonly dns?: { readonly query: number; readonly response: number };
  /** The client socket's source port, when not the flow's default (a new socket per DNS query). */
  readonly sport?: number;
}

/** The headers with a UDP payload of `payload` bytes (and the quote of an ICMP error about it). */
function sized(h: Headers, payload: number, quoted: number): Headers {
  const ip = h.ip;
  if (!ip) return h;
  let total = ip.totalLength;
  if (h.l4?.kind === 'udp') total = IPV4_HEADER_BYTES + UDP_HEADER_BYTES + payload;
  else if (h.l4?.kind === 'icmp' && h.l4.type === 'dest-unreachable')
    total = icmpErrorLength(quoted);
  const outer = h.outer && {
    ...h.outer,
    ip: { ...h.outer.ip, totalLength: total + VXLAN_OVERHEAD_BYTES },
  };
  return { ...h, ip: { ...ip, totalLength: total }, ...(outer ? { outer } : {}) };
}

/** A DNS exchange's trace with its datagrams as long as the query and the response really are. */
function withDnsSizes(t: Trace, dns: { query: number; response: number }): Trace {
  const query = IPV4_HEADER_BYTES + UDP_HEADER_BYTES + dns.query;
  const hops = t.hops.map((h): Hop => {
    const payload = h.leg === 'request' ? dns.query : dns.response;
    return { ...h, headers: sized(h.headers, payload, query) };
  });
  return { ...t, hops };
}

/**
 * Traces one conversation: `simulateExchange` on a request that is a single exchange (no name, no HTTP to
 * the controller) resolves its ends and runs `traceExchange`, kube-proxy's DNAT and conntrack
 * included, from the neighbour caches the conversations before it left.
 */
export function traceLeg(
  cluster: ClusterSpec,
  leg: Leg,
  neighbours?: readonly NeighbourEntry[],
): Trace {
  const t = simulateExchange(cluster, leg.request, neighbours, leg.sport);
  return leg.dns ? withDnsSizes(t, leg.dns) : t;
}

/**
 * A DNS leg whose query CoreDNS forwards upstream, beyond the simulation: nothing answers within the
 * trace, so the conntrack entries it made stay [UNREPLIED], as `conntrack -L` shows the last query
 * of an unknown name.
 */
export function unanswered(t: Trace): Trace {
  if (!t.conntrack) return t;
  const conntrack = t.conntrack.map((r) => {
    const { protocol, original, reply } = r.entry;
    const c = { netns: r.netns, protocol, original, reply, hop: r.hop };
    return { ...r, entry: conntrackEntry({ ...c, replied: false, confirmed: true }) };
  });
  return { ...t, conntrack };
}

/**
 * The source port of the resolver's query `index` for `qname`: glibc's res_send closes its UDP
 * socket after each answer, so every query of a search list leaves from a new ephemeral port (here
 * a hash of the query); the first keeps the flow's own (undefined).
 */
export function queryPort(netns: string, container: string, qname: string, index: number) {
  if (index === 0) return undefined;
  return ephemeralPort(fnv1a(`${netns}|${container}|dns|${qname}|${index}`));
}

/** Services by "namespace/name" (none when unknown). */
export function servicesOf(cluster: ClusterSpec, key: string): ServiceSpec[] {
  return (cluster.services ?? []).filter((s) => serviceKey(s) === key);
}

/** Whether a Service's selector picks a pod (same namespace, every label). */
export function selects(svc: ServiceSpec, pod: PodSpec): boolean {
  const keys = Object.keys(svc.selector);
  return (
    (pod.namespace || 'default') === (svc.namespace || 'default') &&
    keys.length > 0 &&
    keys.every((k) => pod.labels[k] === svc.selector[k])
  );
}

/** Where a composite trace sends to reach a Service port, and how the learner reads it. */
export interface ServiceTarget {
  readonly to: Target;
  readonly port: number;
  /** "10.96.12.34:80". */
  readonly text: string;
}

/** The ClusterIP:port a connection to a Service port goes to (kube-proxy's rules DNAT it on the way). */
export function upstreamTarget(
  idx: NetIndex,
  svc: ServiceSpec,
  port: ServicePortSpec,
): ServiceTarget {
  const key = serviceKey(svc);
  const info = servicePorts(idx).find((p) => serviceKey(p.service) === key && p.port === port);
  const ip = info?.clusterIp ?? '';
  return { to: { kind: 'service', service: key }, port: port.port, text: `${ip}:${port.port}` };
}
