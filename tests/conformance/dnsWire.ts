/**
 * The DNS wire format (RFC 1035) as the conformance DNS responder speaks it: reads a query, writes
 * the answer CoreDNS's kubernetes plugin would give for a zone the case supplies (pure).
 */

/** Resource record type A. */
export const TYPE_A = 1;
/** Resource record type SOA. */
export const TYPE_SOA = 6;
/** Class IN. */
export const CLASS_IN = 1;

/** A parsed query: its id, flags and the one question. */
export interface DnsQuery {
  /** The transaction id, echoed in the answer. */
  readonly id: number;
  /** The header flags word as sent. */
  readonly flags: number;
  /** The name asked, lower case, without the trailing dot ("api.default.svc.cluster.local"). */
  readonly name: string;
  /** The question's type (1 = A, 28 = AAAA, …). */
  readonly qtype: number;
  /** The question's class. */
  readonly qclass: number;
  /** The question section's bytes as received (name, type, class), echoed in the answer. */
  readonly question: Uint8Array;
}

/** What the responder knows: names to addresses, and how it words its answers. */
export interface DnsZone {
  /** Fully qualified names (no trailing dot, lower case) to their A records, in answer order. */
  readonly records: Readonly<Record<string, readonly string[]>>;
  /** The zone it is authoritative for (NXDOMAIN below it carries its SOA). */
  readonly zone: string;
  /** TTL of every record and the SOA's minimum (kubeadm's Corefile: `ttl 30`). */
  readonly ttl: number;
  /** The SOA serial. */
  readonly serial: number;
}

/** A zone for cluster.local as kubeadm's CoreDNS serves it. */
export function clusterZone(records: Readonly<Record<string, readonly string[]>>): DnsZone {
  return { records, zone: 'cluster.local', ttl: 30, serial: 1 };
}

/**
 * Whether the responder answers a name: only inside its zone. CoreDNS forwards any other name to
 * the node's upstream resolver, which this isolated network does not have, so such a query goes
 * unanswered (the resolver retries, then gives up).
 */
export function answers(zone: DnsZone, name: string): boolean {
  return name === zone.zone || name.endsWith(`.${zone.zone}`);
}

/** Reads a query; null when the bytes are no single-question query. */
export function parseQuery(buf: Uint8Array): DnsQuery | null {
  if (buf.length < 12) return null;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const flags = view.getUint16(2);
  if (flags & 0x8000 || view.getUint16(4) !== 1) return null;
  const labels: string[] = [];
  let at = 12;
  for (;;) {
    const len = buf[at];
    if (len === undefined || len > 63) return null;
    at++;
    if (len === 0) break;
    if (at + len > buf.length) return null;
    labels.push(new TextDecoder().decode(buf.subarray(at, at + len)).toLowerCase());
    at += len;
  }
  if (at + 4 > buf.length) return null;
  return {
    id: view.getUint16(0),
    flags,
    name: labels.join('.'),
    qtype: view.getUint16(at),
    qclass: view.getUint16(at + 2),
    question: buf.slice(12, at + 4),
  };
}

/** A name in wire form: length-prefixed labels and the root's zero byte, uncompressed. */
export function encodeName(name: string): Uint8Array {
  const parts = name.split('.').filter((l) => l !== '');
  const out: number[] = [];
  for (const p of parts) {
    const bytes = new TextEncoder().encode(p);
    out.push(bytes.length, ...bytes);
  }
  out.push(0);
  return Uint8Array.from(out);
}

const u16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number): number[] => [
  (n >>> 24) & 0xff,
  (n >> 16) & 0xff,
  (n >> 8) & 0xff,
  n & 0xff,
];

function record(name: string, type: number, ttl: number, rdata: readonly number[]): number[] {
  return [
    ...encodeName(name),
    ...u16(type),
    ...u16(CLASS_IN),
    ...u32(ttl),
    ...u16(rdata.length),
    ...rdata,
  ];
}

/**
 * The answer to a query, as CoreDNS words it for small answers: authoritative (AA), recursion
 * desired echoed, recursion not available, names written in full (CoreDNS compresses only a UDP
 * answer over 1480 bytes). A known name gets its A records (none for other types: NOERROR with the
 * SOA); an unknown name under the zone NXDOMAIN with the zone's SOA
 * (`cluster.local. 30 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. serial 7200 1800 86400 30`).
 */
export function answer(q: DnsQuery, zone: DnsZone): Uint8Array {
  const known = zone.records[q.name];
  const a = known !== undefined && q.qtype === TYPE_A ? known : [];
  const rcode = known === undefined ? 3 : 0;
  const flags = 0x8000 | (q.flags & 0x7800) | 0x0400 | (q.flags & 0x0100) | rcode;
  const answers = a.flatMap((ip) => record(q.name, TYPE_A, zone.ttl, ip.split('.').map(Number)));
  const soa =
    a.length > 0
      ? []
      : record(zone.zone, TYPE_SOA, zone.ttl, [
          ...encodeName(`ns.dns.${zone.zone}`),
          ...encodeName(`hostmaster.${zone.zone}`),
          ...u32(zone.serial),
          ...u32(7200),
          ...u32(1800),
          ...u32(86400),
          ...u32(zone.ttl),
        ]);
  const header = [
    ...u16(q.id),
    ...u16(flags),
    ...u16(1),
    ...u16(a.length),
    ...u16(soa.length > 0 ? 1 : 0),
    ...u16(0),
  ];
  return Uint8Array.from([...header, ...q.question, ...answers, ...soa]);
}
