/** The bytes of a frame on a wire: Ethernet around an IP packet or an ARP message, and VXLAN's outer layers. */
import { ipBytes, ipPacket, udpChecksum, writeIpv4Header, type PacketOptions } from './ipPacket';
import type { ArpFrame, EthHeader, Headers } from '../../sim/trace/traceTypes';

/** Ethernet header bytes. */
const ETH_BYTES = 14;
/** An ARP message for IPv4 over Ethernet (RFC 826). */
const ARP_BYTES = 28;
/** Outer IPv4 (20), UDP (8) and VXLAN (8) headers before the inner frame. */
const VXLAN_OUTER_BYTES = 36;
/** The VXLAN flags byte: I, "the VNI is valid" (RFC 7348). */
const VXLAN_FLAG_VNI = 0x08;

/** The six bytes of a colon-separated MAC. */
function macBytes(mac: string): number[] {
  const parts = mac.split(':').map((x) => parseInt(x, 16));
  return parts.length === 6 && parts.every((x) => x >= 0 && x <= 255) ? parts : [0, 0, 0, 0, 0, 0];
}

/** Writes the Ethernet header (destination, source, EtherType) at the start of `b`. */
function writeEth(b: Uint8Array, eth: EthHeader): void {
  b.set(macBytes(eth.dst), 0);
  b.set(macBytes(eth.src), 6);
  const type = eth.type === 'ARP' ? 0x0806 : 0x0800;
  b[12] = type >>> 8;
  b[13] = type & 255;
}

/** An Ethernet frame carrying `payload` (no padding, no FCS: as a capture on the sender sees it). */
function ethFrame(eth: EthHeader, payload: Uint8Array): Uint8Array {
  const b = new Uint8Array(ETH_BYTES + payload.length);
  writeEth(b, eth);
  b.set(payload, ETH_BYTES);
  return b;
}

/** The frame of an ARP request or reply: Ethernet, then the 28-byte ARP message. */
export function arpFrameBytes(frame: ArpFrame): Uint8Array {
  const a = frame.arp;
  const msg = new Uint8Array(ARP_BYTES);
  // hardware Ethernet (1), protocol IPv4 (0x0800), sizes 6 and 4, then the operation
  msg.set([0, 1, 8, 0, 6, 4, 0, a.op === 'request' ? 1 : 2]);
  msg.set(macBytes(a.senderMac), 8);
  msg.set(ipBytes(a.senderIp), 14);
  msg.set(macBytes(a.targetMac), 18);
  msg.set(ipBytes(a.targetIp), 24);
  return ethFrame(frame.eth, msg);
}

/**
 * The frame of a packet at a hop: its Ethernet header around the IP packet, and while `outer` is
 * present the outer Ethernet/IPv4/UDP/VXLAN around that inner frame. The outer UDP checksum is
 * computed, as flannel.1 sends it (`ip -d link` shows `udpcsum`, the kernel's default). An ICMP
 * error quotes `opts.quoted`; a SYN offers `opts.mss`.
 */
export function packetFrameBytes(h: Headers, opts: PacketOptions = {}): Uint8Array {
  const ip = ipPacket(h, opts);
  const inner = h.eth ? ethFrame(h.eth, ip) : ip;
  const outer = h.outer;
  if (!outer) return inner;
  const packet = new Uint8Array(Math.max(outer.ip.totalLength, VXLAN_OUTER_BYTES + inner.length));
  writeIpv4Header(packet, outer.ip);
  const udp = packet.subarray(20);
  const udpLength = outer.ip.totalLength - 20;
  udp.set([outer.udp.sport >>> 8, outer.udp.sport & 255, outer.udp.dport >>> 8]);
  udp.set([outer.udp.dport & 255, (udpLength >>> 8) & 255, udpLength & 255, 0, 0], 3);
  const vni = outer.vxlan.vni;
  udp.set([VXLAN_FLAG_VNI, 0, 0, 0, (vni >>> 16) & 255, (vni >>> 8) & 255, vni & 255, 0], 8);
  udp.set(inner, 16);
  const sum = udpChecksum(outer.ip, udp.subarray(0, udpLength));
  udp.set([sum >>> 8, sum & 255], 6);
  return ethFrame(outer.eth, packet);
}
