/** Packet sizes: the IPv4 Total Length of every packet the tracer makes, and what VXLAN adds around it. */
import type { TcpFlag } from './traceTypes';

/** An IPv4 header without options. */
export const IPV4_HEADER_BYTES = 20;
/** An ICMP header (echo and errors alike). */
export const ICMP_HEADER_BYTES = 8;
/** A UDP header. */
export const UDP_HEADER_BYTES = 8;
/** A TCP header without options. */
export const TCP_HEADER_BYTES = 20;
/**
 * The options Linux puts on a SYN and on its SYN+ACK: MSS (4), SACK permitted (2), timestamps (10),
 * a NOP (1) and window scale (3) — tcpdump shows such a SYN with "length 60".
 */
export const TCP_SYN_OPTION_BYTES = 20;
/** What ping sends by default: 56 data bytes (`ping -s 56`), 84 bytes in all. */
export const PING_DEFAULT_DATA_BYTES = 56;
/** The simulated UDP datagram's data: 3 bytes, as the conformance client sends ("pnl"); echoed back. */
export const UDP_PAYLOAD_BYTES = 3;
/** The largest ICMP error Linux sends: it quotes the offending packet up to 576 bytes in all (RFC 1812). */
export const ICMP_ERROR_MAX_BYTES = 576;
/**
 * What VXLAN wraps around the inner IP packet: inner Ethernet 14 + VXLAN 8 + outer UDP 8 + outer
 * IPv4 20 — why flannel.1 and the pods behind it get MTU 1450 on a 1500-byte eth0.
 */
export const VXLAN_OVERHEAD_BYTES = 50;

/** The Total Length of a ping's echo request (or reply): `size` when the learner set one, else 84. */
export function pingLength(size?: number): number {
  return size ?? IPV4_HEADER_BYTES + ICMP_HEADER_BYTES + PING_DEFAULT_DATA_BYTES;
}

/** The Total Length of a TCP segment without data: 60 for SYN and SYN+ACK (options), 40 for RST+ACK. */
export function tcpLength(flags: readonly TcpFlag[]): number {
  const options = flags.includes('SYN') ? TCP_SYN_OPTION_BYTES : 0;
  return IPV4_HEADER_BYTES + TCP_HEADER_BYTES + options;
}

/** The Total Length of the simulated UDP datagram (31 bytes) and of its echoed reply. */
export function udpLength(): number {
  return IPV4_HEADER_BYTES + UDP_HEADER_BYTES + UDP_PAYLOAD_BYTES;
}

/** The Total Length of an ICMP error quoting a packet of `quoted` bytes: headers + the quote, at most 576. */
export function icmpErrorLength(quoted: number): number {
  return Math.min(ICMP_ERROR_MAX_BYTES, IPV4_HEADER_BYTES + ICMP_HEADER_BYTES + quoted);
}

/** The outer IP Total Length of a VXLAN packet carrying an inner IP packet of `inner` bytes. */
export function vxlanOuterLength(inner: number): number {
  return inner + VXLAN_OVERHEAD_BYTES;
}
