/** The bytes of a trace's IPv4 packet: IPv4, TCP, UDP and ICMP headers with real checksums, sized by Total Length. */
import { fnv1a } from '../../sim/model/hash';
import { parseIpv4 } from '../../sim/model/ipv4';
import type { Headers, IpHeader, L4Header, TcpFlag } from '../../sim/trace/traceTypes';

/** IP protocol numbers. */
const PROTO = { ICMP: 1, TCP: 6, UDP: 17 } as const;
/** Linux's SYN options (MSS, SACK permitted, timestamps, NOP, window scale): 20 bytes. */
const SYN_OPTION_BYTES = 20;
/** The MSS a SYN carries when the sender's MTU is unknown: a 1500-byte Ethernet MTU minus 40. */
export const DEFAULT_MSS = 1460;
/** TCP flag bits. */
const TCP_BITS: Readonly<Record<TcpFlag, number>> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16 };
/** ICMP types by the trace's names. */
const ICMP_TYPE = {
  'echo-reply': 0,
  'dest-unreachable': 3,
  'echo-request': 8,
  'time-exceeded': 11,
};

/** The Internet checksum (RFC 1071) of `bytes`, folded to 16 bits and complemented. */
export function internetChecksum(bytes: Uint8Array, initial = 0): number {
  let sum = initial;
  for (let i = 0; i < bytes.length; i += 2) sum += ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** Writes a 16-bit big-endian value. */
function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 8) & 255;
  b[at + 1] = v & 255;
}

/** Writes a 32-bit big-endian value. */
function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, (v >>> 16) & 0xffff);
  put16(b, at + 2, v & 0xffff);
}

/** The four bytes of a dotted quad. */
export function ipBytes(ip: string): number[] {
  const n = parseIpv4(ip) ?? 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** The TCP/UDP pseudo-header's sum (source, destination, protocol, length), unfolded. */
function pseudoSum(ip: IpHeader, proto: number, length: number): number {
  const [a, b, c, d] = ipBytes(ip.src);
  const [e, f, g, h] = ipBytes(ip.dst);
  const words = [
    ((a ?? 0) << 8) | (b ?? 0),
    ((c ?? 0) << 8) | (d ?? 0),
    ((e ?? 0) << 8) | (f ?? 0),
    ((g ?? 0) << 8) | (h ?? 0),
  ];
  return words.reduce((s, w) => s + w, proto + length);
}

/** What a packet's bytes depend on beyond its headers. */
export interface PacketOptions {
  /** For an ICMP error: the packet it quotes. */
  readonly quoted?: Headers;
  /** The MSS a SYN offers (its sender's route MTU − 40); default 1460. */
  readonly mss?: number;
  /**
   * Names the TCP connection, so that its sequence numbers and timestamps stay the same on every
   * interface even where NAT rewrites the addresses; default: the unordered address/port pair.
   */
  readonly conversation?: string;
  /** A UDP datagram's data (a DNS message), used when it fills the datagram exactly; "pnl" repeated otherwise. */
  readonly udpData?: Uint8Array;
}

/** The unordered endpoint pair of a segment: the same for both directions of a connection. */
function endpointPair(ip: IpHeader, sport: number, dport: number): string {
  return [`${ip.src}:${sport}`, `${ip.dst}:${dport}`].sort().join('|');
}

/** Fills a TCP header (and zero payload) at `seg`; options on a SYN as Linux writes them. */
function tcpSegment(
  ip: IpHeader,
  l4: Extract<L4Header, { kind: 'tcp' }>,
  seg: Uint8Array,
  opts: PacketOptions,
): void {
  const syn = l4.flags.includes('SYN');
  const ack = l4.flags.includes('ACK');
  const mss = opts.mss ?? DEFAULT_MSS;
  const headerLen = 20 + (syn ? SYN_OPTION_BYTES : 0);
  put16(seg, 0, l4.sport);
  put16(seg, 2, l4.dport);
  // the side that opens (SYN alone) is the client; a SYN+ACK or RST+ACK comes from the server
  const conv = opts.conversation ?? endpointPair(ip, l4.sport, l4.dport);
  const [own, other] = syn && !ack ? ['client', 'server'] : ['server', 'client'];
  const hash = (what: string, side: string) => fnv1a(`${what}|${conv}|${side}`);
  const rst = l4.flags.includes('RST');
  put32(seg, 4, rst && ack ? 0 : hash('isn', own));
  // an answer acknowledges the peer's SYN: its sequence number + 1
  put32(seg, 8, ack ? (hash('isn', other) + 1) >>> 0 : 0);
  seg[12] = (headerLen / 4) << 4;
  seg[13] = l4.flags.reduce((bits, f) => bits | TCP_BITS[f], 0);
  put16(seg, 14, rst ? 0 : ack ? 65160 : 64240);
  if (syn && seg.length >= headerLen) {
    const ts = hash('ts', own);
    const tsEcr = ack ? hash('ts', other) : 0;
    seg.set([2, 4, (mss >>> 8) & 255, mss & 255, 4, 2, 8, 10], 20);
    put32(seg, 28, ts);
    put32(seg, 32, tsEcr);
    seg.set([1, 3, 3, 7], 36);
  }
  put16(seg, 16, internetChecksum(seg, pseudoSum(ip, PROTO.TCP, seg.length)));
}

/** Fills a UDP header and its data (`data` when it fits exactly, else "pnl" repeated, as the conformance client sends). */
function udpDatagram(
  ip: IpHeader,
  l4: Extract<L4Header, { kind: 'udp' }>,
  dgram: Uint8Array,
  data?: Uint8Array,
) {
  put16(dgram, 0, l4.sport);
  put16(dgram, 2, l4.dport);
  put16(dgram, 4, dgram.length);
  if (data?.length === dgram.length - 8) dgram.set(data, 8);
  else for (let i = 8; i < dgram.length; i++) dgram[i] = [0x70, 0x6e, 0x6c][(i - 8) % 3] ?? 0;
  put16(dgram, 6, udpChecksum(ip, dgram));
}

/** The checksum of a UDP datagram (its checksum field still 0) under `ip`; 0 is sent as ffff. */
export function udpChecksum(ip: IpHeader, dgram: Uint8Array): number {
  const sum = internetChecksum(dgram, pseudoSum(ip, PROTO.UDP, dgram.length));
  return sum === 0 ? 0xffff : sum;
}

/** Fills an ICMP message: echo with ping's data pattern, or an error quoting `quoted`. */
function icmpMessage(
  ip: IpHeader,
  l4: Extract<L4Header, { kind: 'icmp' }>,
  msg: Uint8Array,
  quoted: Headers | undefined,
): void {
  msg[0] = ICMP_TYPE[l4.type];
  msg[1] = l4.code ?? 0;
  if (l4.type === 'echo-request' || l4.type === 'echo-reply') {
    // the echo identifier is the pinger's: the same for the request and its reply
    const pinger = l4.type === 'echo-request' ? ip.src : ip.dst;
    put16(msg, 4, fnv1a(`ping|${pinger}`) & 0xffff);
    put16(msg, 6, 1);
    for (let i = 8; i < msg.length; i++) msg[i] = (i - 8) & 255;
  } else if (quoted?.ip && quoted.l4 && msg.length > 8) {
    msg.set(ipPacket(quoted).subarray(0, msg.length - 8), 8);
  }
  put16(msg, 2, internetChecksum(msg));
}

/** The IPv4 identification: 0 on a DF packet (as Linux sends most), else a hash of the packet. */
function ipId(ip: IpHeader): number {
  return ip.df ? 0 : fnv1a(`id|${ip.src}|${ip.dst}|${ip.protocol}|${ip.totalLength}`) & 0xffff;
}

/** Writes a 20-byte IPv4 header for `ip` at the start of `b`, with its checksum. */
export function writeIpv4Header(b: Uint8Array, ip: IpHeader): void {
  const header = b.subarray(0, 20);
  header[0] = 0x45;
  put16(header, 2, ip.totalLength);
  put16(header, 4, ipId(ip));
  put16(header, 6, ip.df ? 0x4000 : 0);
  header[8] = ip.ttl;
  header[9] = PROTO[ip.protocol];
  header.set(ipBytes(ip.src), 12);
  header.set(ipBytes(ip.dst), 16);
  put16(header, 10, internetChecksum(header));
}

/**
 * The IP packet of `h` (its `ip` and `l4`), `ip.totalLength` bytes long: headers with their
 * checksums, zero or patterned data; an ICMP error quotes `opts.quoted`, as far as it fits.
 */
export function ipPacket(h: Headers, opts: PacketOptions = {}): Uint8Array {
  const ip = h.ip;
  if (!ip) return new Uint8Array(0);
  const b = new Uint8Array(Math.max(20, ip.totalLength));
  writeIpv4Header(b, ip);
  const body = b.subarray(20);
  const l4 = h.l4;
  if (l4?.kind === 'tcp') tcpSegment(ip, l4, body, opts);
  else if (l4?.kind === 'udp') udpDatagram(ip, l4, body, opts.udpData);
  else if (l4?.kind === 'icmp') icmpMessage(ip, l4, body, opts.quoted);
  return b;
}
