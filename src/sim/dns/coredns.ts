/**
 * What CoreDNS answers for an A query, as its kubernetes plugin does with kubeadm's Corefile
 * (`kubernetes cluster.local … { pods insecure … ttl 30 }`, then `forward . /etc/resolv.conf`):
 * - `<svc>.<ns>.svc.cluster.local` → the Service's ClusterIP; a headless Service → the pod IPs of
 *   its ready endpoints (NXDOMAIN while it has none); `<a-b-c-d>.<svc>.<ns>.svc.cluster.local` →
 *   that endpoint's pod IP (a pod without a hostname is named by its IP with dashes);
 * - `<a-b-c-d>.<ns>.pod.cluster.local` → a.b.c.d (`pods insecure` checks only that the namespace exists);
 * - the zone apex, `svc.`/`pod.cluster.local` and `<ns>.svc.cluster.local` of an existing namespace
 *   → NOERROR with no address (NODATA);
 * - any other name in cluster.local → NXDOMAIN, with the zone's SOA in the authority section;
 * - a name outside cluster.local is forwarded to the upstream resolver (not simulated).
 */
import { dnsMessageLength, type WireRecord } from './wire';
import { parseIpv4 } from '../model/ipv4';
import type { Ipv4 } from '../model/types';

/** The TTL kubeadm's Corefile gives the kubernetes plugin's answers (and the SOA's minimum). */
export const COREDNS_TTL = 30;

/** One Service as CoreDNS sees it through the API (its EndpointSlices included). */
export interface DnsServiceRecord {
  /** The Service name. */
  readonly name: string;
  /** Its namespace. */
  readonly namespace: string;
  /** Its ClusterIP; undefined for a headless Service (clusterIP "None"). */
  readonly clusterIp?: Ipv4;
  /** The pod IPs of its ready endpoints, in EndpointSlice order (a headless Service's answer). */
  readonly endpoints: readonly Ipv4[];
}

/** What CoreDNS knows about the cluster. */
export interface ClusterDnsData {
  /** The zone it serves ("cluster.local"). */
  readonly domain: string;
  /** Namespaces that exist (CoreDNS answers NXDOMAIN under any other). */
  readonly namespaces: ReadonlySet<string>;
  /** Every Service. */
  readonly services: readonly DnsServiceRecord[];
}

/** Why CoreDNS said NXDOMAIN. */
export type NxdomainWhy =
  | 'no-service' // <svc>.<ns>.svc.<zone>: no such Service in that namespace
  | 'no-namespace' // the namespace in the name does not exist
  | 'no-endpoints' // a headless Service without ready endpoints
  | 'no-host' // <host>.<svc>.<ns>.svc.<zone>: the Service has no endpoint of that name
  | 'not-a-service-name'; // in the zone but not shaped like a Service or pod name

/** CoreDNS's response to one A query. */
export type CoreDnsAnswer =
  | {
      readonly kind: 'answer';
      readonly qname: string;
      /** The A records' addresses, in answer order. */
      readonly addresses: readonly Ipv4[];
      /** The Service answered for ("ns/name"), or undefined for a pod name. */
      readonly service?: string;
      /** Whether the addresses are a headless Service's pod IPs. */
      readonly headless: boolean;
      /** Whether the name was one endpoint's own (`<a-b-c-d>.<svc>.<ns>.svc…`). */
      readonly endpointName?: boolean;
      /** The response's length in bytes (the UDP payload). */
      readonly length: number;
    }
  | {
      readonly kind: 'nxdomain' | 'nodata';
      readonly qname: string;
      /** For NXDOMAIN: why the name does not exist. */
      readonly why?: NxdomainWhy;
      /** The Service and namespace the name was read as, when it has that shape. */
      readonly service?: string;
      readonly namespace?: string;
      /** The response's length in bytes: the question and the zone's SOA. */
      readonly length: number;
    }
  | { readonly kind: 'forward'; readonly qname: string };

/** The zone's SOA as CoreDNS writes it in the authority section of NXDOMAIN and NODATA. */
function soaOf(zone: string): WireRecord {
  return { type: 'SOA', owner: zone, mname: `ns.dns.${zone}`, rname: `hostmaster.${zone}` };
}

function denial(
  kind: 'nxdomain' | 'nodata',
  qname: string,
  zone: string,
  why?: NxdomainWhy,
  parts?: { readonly service: string; readonly namespace: string },
): CoreDnsAnswer {
  const length = dnsMessageLength({ question: qname, records: [soaOf(zone)] }, false);
  return { kind, qname, ...(why === undefined ? {} : { why }), ...parts, length };
}

function answer(
  qname: string,
  addresses: readonly Ipv4[],
  headless: boolean,
  service?: string,
): Extract<CoreDnsAnswer, { kind: 'answer' }> {
  const records = addresses.map((): WireRecord => ({ type: 'A', owner: qname }));
  const length = dnsMessageLength({ question: qname, records }, false);
  return service === undefined
    ? { kind: 'answer', qname, addresses, headless, length }
    : { kind: 'answer', qname, addresses, headless, service, length };
}

/** The A record of `<a-b-c-d>.<ns>.pod.<zone>` (pods insecure), or NXDOMAIN. */
function podAnswer(qname: string, label: string, zone: string): CoreDnsAnswer {
  const ip = label.replaceAll('-', '.');
  if (parseIpv4(ip) === null) return denial('nxdomain', qname, zone, 'not-a-service-name');
  return answer(qname, [ip as Ipv4], false);
}

/** What CoreDNS answers to an A query for `qname` (written without the final dot). */
export function corednsAnswer(data: ClusterDnsData, qname: string): CoreDnsAnswer {
  const zone = data.domain.toLowerCase();
  const name = qname.toLowerCase().replace(/\.$/, '');
  if (name !== zone && !name.endsWith(`.${zone}`)) return { kind: 'forward', qname };
  const base = name === zone ? '' : name.slice(0, -zone.length - 1);
  if (base === '' || base === 'svc' || base === 'pod') return denial('nodata', qname, zone);
  const segs = base.split('.').reverse();
  const [kind, namespace, service, ...rest] = segs;
  if (kind !== 'svc' && kind !== 'pod')
    return denial('nxdomain', qname, zone, 'not-a-service-name');
  // more than one label before the Service is "too long": the plugin's parser refuses it first
  if (rest.length > 1) return denial('nxdomain', qname, zone, 'not-a-service-name');
  if (namespace === undefined || !data.namespaces.has(namespace))
    return denial('nxdomain', qname, zone, 'no-namespace', {
      service: service ?? '',
      namespace: namespace ?? '',
    });
  if (service === undefined) return denial('nodata', qname, zone);
  if (kind === 'pod')
    return rest.length === 0
      ? podAnswer(qname, service, zone)
      : denial('nxdomain', qname, zone, 'not-a-service-name');
  const parts = { service, namespace };
  const svc = data.services.find((s) => s.namespace === namespace && s.name === service);
  if (!svc) return denial('nxdomain', qname, zone, 'no-service', parts);
  const id = `${svc.namespace}/${svc.name}`;
  const [host] = rest;
  if (host !== undefined) {
    // an endpoint's own name: its hostname, for pods without one the IP with dashes
    const ip = svc.endpoints.find((e) => e.replaceAll('.', '-') === host);
    return ip === undefined
      ? denial('nxdomain', qname, zone, 'no-host', parts)
      : { ...answer(qname, [ip], svc.clusterIp === undefined, id), endpointName: true };
  }
  if (svc.clusterIp !== undefined) return answer(qname, [svc.clusterIp], false, id);
  const ips = [...new Set(svc.endpoints)];
  if (ips.length === 0) return denial('nxdomain', qname, zone, 'no-endpoints', parts);
  return answer(qname, ips, true, id);
}
