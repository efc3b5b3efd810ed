/**
 * DNS messages as bytes on the wire (RFC 1035 §4): how long a query and its response are, so the
 * UDP datagrams of a lookup carry honest IP Total Lengths.
 *
 * - header 12 bytes; a question is QNAME (each label's length byte and bytes, then the root's 0)
 *   plus QTYPE and QCLASS (4);
 * - a resource record is its owner name, TYPE, CLASS, TTL, RDLENGTH (10) and RDATA: 4 for an A
 *   record; an SOA's RDATA is MNAME, RNAME and five 32-bit numbers (20);
 * - with compression (RFC 1035 §4.1.4) a name whose tail was already written ends in a 2-byte
 *   pointer to it. glibc's queries carry one question (nothing to compress) and no EDNS OPT record
 *   (it adds one only with `options edns0`). CoreDNS answers from its kubernetes plugin with
 *   compression off (miekg/dns Msg.Compress stays false; CoreDNS compresses a UDP answer only past
 *   1480 bytes), and without OPT when the query had none.
 */

/** The fixed DNS header. */
export const DNS_HEADER_BYTES = 12;
/** QTYPE + QCLASS after a question's name. */
const QUESTION_TAIL_BYTES = 4;
/** TYPE, CLASS, TTL and RDLENGTH after a record's owner name. */
const RR_FIXED_BYTES = 10;
/** An A record's address. */
const A_RDATA_BYTES = 4;
/** SERIAL, REFRESH, RETRY, EXPIRE, MINIMUM of an SOA. */
const SOA_NUMBERS_BYTES = 20;
/** A compression pointer. */
const POINTER_BYTES = 2;

/** A resource record, as far as its length goes. */
export type WireRecord =
  | { readonly type: 'A'; readonly owner: string }
  | {
      readonly type: 'SOA';
      readonly owner: string;
      /** The primary name server, e.g. "ns.dns.cluster.local". */
      readonly mname: string;
      /** The responsible mailbox, e.g. "hostmaster.cluster.local". */
      readonly rname: string;
    };

/** A DNS message: one question and the records of every section, in order. */
export interface WireMessage {
  /** The question's name, without the final dot. */
  readonly question: string;
  /** Answer, authority and additional records, in the order they are written. */
  readonly records: readonly WireRecord[];
}

/** The labels of a name written without its final dot ("" is the root). */
function labelsOf(name: string): string[] {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  return bare === '' ? [] : bare.split('.');
}

/** Writes one name, remembering its tails when compressing; returns the bytes it takes. */
function nameBytes(name: string, written: Set<string> | undefined): number {
  const labels = labelsOf(name);
  let bytes = 0;
  for (let i = 0; i < labels.length; i++) {
    const tail = labels.slice(i).join('.').toLowerCase();
    if (written?.has(tail)) return bytes + POINTER_BYTES;
    written?.add(tail);
    bytes += 1 + (labels[i]?.length ?? 0);
  }
  return bytes + 1;
}

/** The length of a DNS message in bytes, with or without name compression. */
export function dnsMessageLength(msg: WireMessage, compress: boolean): number {
  const written = compress ? new Set<string>() : undefined;
  let bytes = DNS_HEADER_BYTES + nameBytes(msg.question, written) + QUESTION_TAIL_BYTES;
  for (const rr of msg.records) {
    bytes += nameBytes(rr.owner, written) + RR_FIXED_BYTES;
    bytes +=
      rr.type === 'A'
        ? A_RDATA_BYTES
        : nameBytes(rr.mname, written) + nameBytes(rr.rname, written) + SOA_NUMBERS_BYTES;
  }
  return bytes;
}

/** The length of glibc's query for one name: the header and the question, nothing else. */
export function queryLength(qname: string): number {
  return dnsMessageLength({ question: qname, records: [] }, false);
}
