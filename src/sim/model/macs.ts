/** Deterministic MAC addresses: the CNI bridge plugin's 0a:58 rule for pods, stable hashes for the rest. */
import { fnv1a, hex2 } from './hash';
import { parseIpv4 } from './ipv4';
import type { Ipv4, Mac } from './types';

/** The all-zero MAC that frames on `lo` carry both ways (network-facts 1). */
export const LOOPBACK_MAC = '00:00:00:00:00:00' as Mac;
/** The Ethernet broadcast address an ARP request is sent to. */
export const BROADCAST_MAC = 'ff:ff:ff:ff:ff:ff' as Mac;

function bytesOf(ip: Ipv4): number[] {
  const n = parseIpv4(ip) ?? 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function macFromBytes(bytes: readonly number[]): Mac {
  return bytes.map(hex2).join(':') as Mac;
}

/** A pod eth0 MAC as the CNI bridge plugin sets it: 0a:58 followed by the four IP bytes. */
export function podMac(ip: Ipv4): Mac {
  return macFromBytes([0x0a, 0x58, ...bytesOf(ip)]);
}

/** A node eth0 MAC in the QEMU/KVM range: 52:54:00 followed by the last three IP bytes. */
export function nodeMac(ip: Ipv4): Mac {
  return macFromBytes([0x52, 0x54, 0x00, ...bytesOf(ip).slice(1)]);
}

/** A locally administered unicast MAC derived from a seed string (veth host ends, flannel.1, empty cni0). */
export function hashedMac(seed: string): Mac {
  const a = fnv1a(seed);
  const b = fnv1a(`${seed}#2`);
  const first = ((a >>> 24) & 0xfc) | 0x02;
  return macFromBytes([
    first,
    (a >>> 16) & 255,
    (a >>> 8) & 255,
    a & 255,
    b >>> 24,
    (b >>> 16) & 255,
  ]);
}

/** The lowest of some MACs, as a bridge takes its own address from its ports; undefined when none. */
export function lowestMac(macs: readonly Mac[]): Mac | undefined {
  let best: Mac | undefined;
  for (const m of macs) if (best === undefined || m < best) best = m;
  return best;
}
