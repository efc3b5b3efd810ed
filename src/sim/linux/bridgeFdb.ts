/** `bridge fdb show br cni0`: the bridge's forwarding database on a node, as iproute2 prints it. */
import { devicesIn } from './ifindex';
import type { Device, Network } from '../model/networkTypes';
import type { DeviceId, Mac, NetnsId } from '../model/types';

/**
 * The multicast addresses Linux puts on a new bridge (224.0.0.1, 224.0.0.106 and IPv6's ff02::1 and
 * ff02::6a), listed as the bridge's own `self` entries in the order this kernel lists them.
 */
const BRIDGE_MULTICAST = [
  '33:33:00:00:00:01',
  '01:00:5e:00:00:6a',
  '33:33:00:00:00:6a',
  '01:00:5e:00:00:01',
];
/** The multicast addresses on each veth port (all-nodes ff02::1, all-hosts 224.0.0.1). */
const PORT_MULTICAST = ['33:33:00:00:00:01', '01:00:5e:00:00:01'];

/** A MAC the bridge learned on a port from a frame's source address. */
export interface LearnedMac {
  /** The source MAC seen. */
  readonly mac: Mac;
  /** The port it came in by. */
  readonly port: DeviceId;
}

/** The bridge named `name` in a namespace, if there is one. */
export function bridgeIn(network: Network, netns: NetnsId, name = 'cni0'): Device | undefined {
  return devicesIn(network, netns).find((d) => d.kind === 'bridge' && d.name === name);
}

/**
 * What `bridge fdb show br cni0` prints on a node: the bridge's own multicast entries, then per port
 * (in ifindex order) the MACs learned on it (no state word, a trailing space — the kernel lists them
 * in its hash table's order, here as given), its own MAC as a permanent `master` entry and its
 * multicast `self` entries. `learned` is empty until frames have
 * crossed; null when the namespace has no such bridge (iproute2 then fails: "Cannot find bridge
 * device").
 */
export function bridgeFdbShow(
  network: Network,
  netns: NetnsId,
  learned: readonly LearnedMac[] = [],
  name = 'cni0',
): string | null {
  const br = bridgeIn(network, netns, name);
  if (!br) return null;
  const lines = BRIDGE_MULTICAST.map((m) => `${m} dev ${br.name} self permanent`);
  for (const port of devicesIn(network, netns).filter((d) => d.master === br.id)) {
    for (const l of learned.filter((x) => x.port === port.id))
      lines.push(`${l.mac} dev ${port.name} master ${br.name} `);
    lines.push(`${port.mac} dev ${port.name} master ${br.name} permanent`);
    for (const m of PORT_MULTICAST) lines.push(`${m} dev ${port.name} self permanent`);
  }
  return lines.map((l) => `${l}\n`).join('');
}
