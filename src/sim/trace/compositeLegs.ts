/**
 * The single conversations a composite trace is made of: one request traced by the single-exchange
 * tracer (the one swap point), with a DNS exchange's honest datagram sizes, and the Service
 * addresses a composite trace sends to.
 */
import { simulate } from './tracer';
import type { NeighbourEntry } from '../link/neighbours';
import { servicePorts } from '../netfilter/endpointSlices';
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
 * Traces one conversation: `simulate` on a request that is a single exchange (no name, no HTTP to
 * the controller) resolves its ends and runs `traceExchange`, kube-proxy's DNAT and conntrack
 * included, from the neighbour caches the conversations before it left.
 */
export function traceLeg(
  cluster: ClusterSpec,
  leg: Leg,
  neighbours?: readonly NeighbourEntry[],
): Trace {
  const t = simulate(cluster, leg.request, neighbours);
  return leg.dns ? withDnsSizes(t, leg.dns) : t;
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
