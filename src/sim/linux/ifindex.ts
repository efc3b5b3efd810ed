/** Interface indexes as `ip` shows them: a device's position in its namespace, and a veth's "@ifN" peer. */
import type { Device, Network } from '../model/networkTypes';
import type { DeviceId } from '../model/types';

/**
 * A device's ifindex: its position (from 1) in its namespace's `ip link` order. Linux numbers each
 * namespace's devices in creation order (lo first), which the model's order follows; a real node's
 * numbers differ with its history, which is why the conformance suite compares them as "N".
 */
export function ifindexOf(network: Network, id: DeviceId): number {
  const d = network.devices.get(id);
  const ns = d ? network.netns.get(d.netns) : undefined;
  return ns ? ns.devices.indexOf(id) + 1 : 0;
}

/**
 * The name as `ip -br` and `ip link` print it: a veth end with "@if<peer's ifindex>" (the peer lives
 * in another namespace), anything else bare — a node's eth0 is a NIC, and a vxlan device names its
 * underlay only in `ip -d link`.
 */
export function linkName(network: Network, d: Device): string {
  if ((d.kind === 'veth-pod' || d.kind === 'veth-host') && d.peer !== undefined)
    return `${d.name}@if${ifindexOf(network, d.peer)}`;
  return d.name;
}

/** The devices of a namespace, in `ip link` order. */
export function devicesIn(network: Network, netns: string): Device[] {
  const ns = network.netns.get(netns as Device['netns']);
  return (ns?.devices ?? []).flatMap((id) => {
    const d = network.devices.get(id);
    return d ? [d] : [];
  });
}

/** Whether a bridge has a port: with none, Linux reports it DOWN (no carrier). */
export function hasPorts(network: Network, bridge: Device): boolean {
  for (const d of network.devices.values()) if (d.master === bridge.id) return true;
  return false;
}

/** The operational state `ip` prints: lo and vxlan UNKNOWN (no carrier concept), an empty bridge DOWN, else UP. */
export function operState(network: Network, d: Device): 'UNKNOWN' | 'UP' | 'DOWN' {
  if (d.kind === 'loopback' || d.kind === 'vxlan') return 'UNKNOWN';
  if (d.kind === 'bridge' && !hasPorts(network, d)) return 'DOWN';
  return 'UP';
}
