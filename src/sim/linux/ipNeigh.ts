/** `ip neigh`: a namespace's neighbour (ARP) table as iproute2 prints it, from a list of entries. */
import type { Network } from '../model/networkTypes';
import type { DeviceId, Ipv4, Mac, NetnsId } from '../model/types';

/** The NUD states `ip neigh` names. */
export type NeighbourState =
  'PERMANENT' | 'REACHABLE' | 'STALE' | 'DELAY' | 'PROBE' | 'FAILED' | 'INCOMPLETE';

/** One neighbour entry: an address on a device, what it resolved to, and its state. */
export interface NeighbourRow {
  /** The neighbour's address. */
  readonly ip: Ipv4;
  /** The device it was resolved on. */
  readonly dev: DeviceId;
  /** Its MAC; absent while INCOMPLETE or once FAILED. */
  readonly mac?: Mac;
  /** The NUD state. */
  readonly state: NeighbourState;
}

/** The entries the model knows in a namespace now: the permanent ones flanneld programs on flannel.1. */
export function permanentNeighbours(network: Network, netns: NetnsId): NeighbourRow[] {
  return (network.netns.get(netns)?.neighbours ?? []).map((n) => ({
    ip: n.ip,
    dev: n.dev,
    mac: n.mac,
    state: 'PERMANENT' as const,
  }));
}

/**
 * What `ip neigh` prints for these entries: "IP dev DEV [lladdr MAC] STATE ", one per line, in the
 * order given (the kernel lists its hash table's order, which the conformance suite does not compare).
 */
export function ipNeigh(network: Network, rows: readonly NeighbourRow[]): string {
  return rows
    .map((n) => {
      const dev = network.devices.get(n.dev)?.name ?? n.dev;
      const lladdr = n.mac !== undefined ? ` lladdr ${n.mac}` : '';
      return `${n.ip} dev ${dev}${lladdr} ${n.state} \n`;
    })
    .join('');
}
