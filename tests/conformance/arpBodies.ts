/**
 * Every field of each captured ARP message, read from the frame's bytes (`tcpdump -xx`): tcpdump's
 * text names only the asked and "tell" addresses of a request and the answer of a reply, so the
 * sender MAC of a request and the target address and MAC of a reply would otherwise go unchecked.
 */
import type { Ipv4, Mac } from '../../src/sim/model/types';
import type { ArpHeader } from '../../src/sim/trace/traceTypes';
import type { CapturedPacket } from './tcpdumpParse';

const HEX_LINE = /^\s+0x[0-9a-f]+:\s+((?:[0-9a-f]{2,4}\s?)+)/;
const FRAME_START = /^\d\d:\d\d:\d\d\.\d{6} /;

const macAt = (b: readonly number[], i: number): Mac =>
  b
    .slice(i, i + 6)
    .map((x) => x.toString(16).padStart(2, '0'))
    .join(':') as Mac;
const ipAt = (b: readonly number[], i: number): Ipv4 => b.slice(i, i + 4).join('.') as Ipv4;

/** Decodes one Ethernet frame's ARP body (Ethernet/IPv4 ARP only); null for anything else. */
export function arpOfFrame(bytes: readonly number[]): ArpHeader | null {
  if (bytes.length < 42 || bytes[12] !== 0x08 || bytes[13] !== 0x06) return null;
  const op = ((bytes[20] ?? 0) << 8) | (bytes[21] ?? 0);
  if (op !== 1 && op !== 2) return null;
  return {
    op: op === 1 ? 'request' : 'reply',
    senderMac: macAt(bytes, 22),
    senderIp: ipAt(bytes, 28),
    targetMac: macAt(bytes, 32),
    targetIp: ipAt(bytes, 38),
  };
}

/** The ARP bodies in `tcpdump -nn -xx -r FILE arp` output, in capture order. */
export function parseArpHex(text: string): ArpHeader[] {
  const frames: number[][] = [];
  for (const line of text.split('\n')) {
    if (FRAME_START.test(line)) frames.push([]);
    const m = HEX_LINE.exec(line);
    const cur = frames[frames.length - 1];
    if (!m?.[1] || !cur) continue;
    for (const word of m[1].trim().split(/\s+/))
      for (let i = 0; i < word.length; i += 2) cur.push(parseInt(word.slice(i, i + 2), 16));
  }
  return frames.flatMap((f) => {
    const a = arpOfFrame(f);
    return a ? [a] : [];
  });
}

/** The packets with each ARP frame's message replaced by the one read from its bytes (same order). */
export function withArpBodies(
  packets: readonly CapturedPacket[],
  bodies: readonly ArpHeader[],
): CapturedPacket[] {
  let i = 0;
  return packets.map((p) => {
    if (p.ethertype !== 'ARP') return p;
    const body = bodies[i++];
    return body ? { ...p, headers: { ...p.headers, arp: body } } : p;
  });
}
