/** The loopback device: a packet to an address of its own namespace goes out and back in on `lo` (C6, facts 1, 4). */
import { deviceIdOf } from '../model/ids';
import { ex } from '../trace/explain';
import { LOOPBACK_MAC } from '../model/macs';
import { pushHop, type LegEnd, type Walk } from '../trace/walkState';
import type { Ipv4, NetnsId } from '../model/types';

/** Whether an address is a loopback address (127.0.0.0/8). */
export function isLoopbackIp(ip: string): boolean {
  return ip.startsWith('127.');
}

/** Whether `ip` belongs to namespace `netns` (one of its addresses, or any 127.x). */
export function isLocalTo(w: Walk, netns: NetnsId, ip: Ipv4): boolean {
  return isLoopbackIp(ip) || w.idx.network.ipOwner.get(ip) === netns;
}

/** The loopback hop: all-zero MACs, TTL untouched, never leaving the namespace. */
export function loopbackHop(w: Walk, netns: NetnsId): LegEnd {
  const dst = w.headers.ip?.dst ?? '';
  pushHop(
    w,
    {
      netns,
      device: deviceIdOf(netns, 'lo'),
      action: 'loopback',
      explain: ex('sim.hop.loopback', { dst }),
    },
    { ...w.headers, eth: { src: LOOPBACK_MAC, dst: LOOPBACK_MAC, type: 'IPv4' } },
  );
  return { kind: 'local', netns };
}
