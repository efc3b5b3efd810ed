/** The DNS messages of a trace's lookups as bytes (RFC 1035 §4): glibc's query and CoreDNS's answer, derived from the trace and the cluster (pure). */
import { corednsAnswer, COREDNS_TTL, type CoreDnsAnswer } from '../../sim/dns/coredns';
import { clusterDnsData, serviceFactsOf } from '../../sim/dns/records';
import { fnv1a } from '../../sim/model/hash';
import { indexNetwork } from '../../sim/model/topology';
import type { ClusterSpec } from '../../sim/model/types';
import type { Trace } from '../../sim/trace/traceTypes';

/** Resource record and question types, and class IN. */
const TYPE_A = 1;
const TYPE_SOA = 6;
const CLASS_IN = 1;
/** Header flag bits: a response, authoritative answer, recursion desired. */
const QR = 0x8000;
const AA = 0x0400;
const RD = 0x0100;
/** Response codes. */
const RCODE_NXDOMAIN = 3;
/** The SOA's serial, refresh, retry and expire as the conformance DNS responder writes them (minimum = the TTL). */
const SOA_NUMBERS = [1, 7200, 1800, 86400] as const;

/** The two messages of one DNS exchange: the query and, when CoreDNS answers, its response. */
export interface DnsExchangeBytes {
  /** The question name, as sent. */
  readonly qname: string;
  /** The query's bytes (the UDP data of the request leg). */
  readonly query: Uint8Array;
  /** The response's bytes (the reply leg), absent when the name is forwarded outside the cluster. */
  readonly response?: Uint8Array;
}

const u16 = (n: number): number[] => [(n >>> 8) & 255, n & 255];
const u32 = (n: number): number[] => [...u16((n >>> 16) & 0xffff), ...u16(n & 0xffff)];

/** A name in wire form, uncompressed: each label's length and bytes, then the root's 0. */
export function encodeName(name: string): number[] {
  const labels = name
    .replace(/\.$/, '')
    .split('.')
    .filter((l) => l !== '');
  return [...labels.flatMap((l) => [l.length, ...[...l].map((c) => c.charCodeAt(0) & 255)]), 0];
}

function header(id: number, flags: number, counts: readonly [number, number, number]): number[] {
  return [...u16(id), ...u16(flags), ...u16(1), ...counts.flatMap((n) => u16(n))];
}

function question(qname: string): number[] {
  return [...encodeName(qname), ...u16(TYPE_A), ...u16(CLASS_IN)];
}

function record(owner: string, type: number, rdata: readonly number[]): number[] {
  return [
    ...encodeName(owner),
    ...u16(type),
    ...u16(CLASS_IN),
    ...u32(COREDNS_TTL),
    ...u16(rdata.length),
    ...rdata,
  ];
}

/** glibc's query for an A record: recursion desired, one question, no EDNS record. */
export function dnsQuery(id: number, qname: string): Uint8Array {
  return Uint8Array.from([...header(id, RD, [0, 0, 0]), ...question(qname)]);
}

/**
 * CoreDNS's response (kubernetes plugin): authoritative, RD echoed, RA clear, names uncompressed;
 * the A records of an answer, or for NXDOMAIN and NODATA the zone's SOA in the authority section
 * (`cluster.local. 30 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. 1 7200 1800 86400 30`).
 * Undefined for a name CoreDNS forwards upstream.
 */
export function dnsResponse(
  id: number,
  answer: CoreDnsAnswer,
  zone: string,
): Uint8Array | undefined {
  if (answer.kind === 'forward') return undefined;
  const q = question(answer.qname);
  if (answer.kind === 'answer') {
    const rrs = answer.addresses.flatMap((ip) =>
      record(answer.qname, TYPE_A, ip.split('.').map(Number)),
    );
    const counts = [answer.addresses.length, 0, 0] as const;
    return Uint8Array.from([...header(id, QR | AA | RD, counts), ...q, ...rrs]);
  }
  const soa = record(zone, TYPE_SOA, [
    ...encodeName(`ns.dns.${zone}`),
    ...encodeName(`hostmaster.${zone}`),
    ...SOA_NUMBERS.flatMap(u32),
    ...u32(COREDNS_TTL),
  ]);
  const rcode = answer.kind === 'nxdomain' ? RCODE_NXDOMAIN : 0;
  return Uint8Array.from([...header(id, QR | AA | RD | rcode, [0, 1, 0]), ...q, ...soa]);
}

/**
 * The messages of every DNS exchange of a trace, by exchange index: the question name the trace's
 * exchange names, CoreDNS's answer to it from the cluster, and a transaction id hashed from the
 * exchange (glibc picks a random one per query; the response echoes it).
 */
export function dnsExchanges(trace: Trace, cluster: ClusterSpec): Map<number, DnsExchangeBytes> {
  const out = new Map<number, DnsExchangeBytes>();
  const exchanges = trace.exchanges ?? [];
  if (!exchanges.some((e) => e.kind === 'dns')) return out;
  const data = clusterDnsData(cluster, serviceFactsOf(indexNetwork(cluster)));
  exchanges.forEach((e, i) => {
    const qname = e.explain.params.qname;
    if (e.kind !== 'dns' || typeof qname !== 'string') return;
    const id = fnv1a(`dns|${i}|${qname}`) & 0xffff;
    const response = dnsResponse(id, corednsAnswer(data, qname), data.domain);
    const query = dnsQuery(id, qname);
    out.set(i, response ? { qname, query, response } : { qname, query });
  });
  return out;
}
