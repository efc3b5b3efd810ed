/** host-local IPAM as containernetworking/plugins v1.1.1 runs it: one range, gateway skipped, round robin after the last reservation. */
import { formatIpv4, parseCidr, parseIpv4 } from '../model/ipv4';
import type { Ipv4, PodId } from '../model/types';
import type { CniError, ContainerId, IpamLease, NodeCniState } from './types';

/** The allocatable range of a subnet as host-local sets its defaults: .1 to the last host, gateway .1. */
export interface HostLocalRange {
  /** First address tried (network + 1). */
  readonly start: number;
  /** Last address tried (broadcast − 1). */
  readonly end: number;
  /** The gateway, never handed out (network + 1). */
  readonly gateway: number;
  /** The range as host-local prints it in errors: "10.244.1.1-10.244.1.254". */
  readonly text: string;
}

/** The default range of a subnet such as "10.244.1.0/24"; null when the subnet is invalid or too small (/31, /32). */
export function hostLocalRange(subnet: string): HostLocalRange | null {
  const c = parseCidr(subnet);
  if (!c || c.prefix > 30) return null;
  const start = c.base + 1;
  const end = c.base + 2 ** (32 - c.prefix) - 2;
  return { start, end, gateway: start, text: `${formatIpv4(start)}-${formatIpv4(end)}` };
}

/** What an allocation did: the new node state and the lease, or the plugin's error. */
export type Allocation =
  | { readonly ok: true; readonly lease: IpamLease; readonly state: NodeCniState }
  | { readonly ok: false; readonly error: CniError };

/**
 * Reserves the next free address for a container: starting after `last_reserved_ip` when it is in
 * the range (else at the range start), skipping the gateway and taken addresses, wrapping once.
 */
export function allocate(
  state: NodeCniState,
  range: HostLocalRange,
  containerId: ContainerId,
  pod: PodId,
): Allocation {
  const taken = new Set(state.leases.map((l) => parseIpv4(l.ip)));
  const held = state.leases.find((l) => l.containerId === containerId && l.ifName === 'eth0');
  if (held)
    return fail(
      `${held.ip} has been allocated to ${containerId}, duplicate allocation is not allowed`,
    );
  const last = state.lastReserved === undefined ? null : parseIpv4(state.lastReserved);
  const size = range.end - range.start + 1;
  const from = last !== null && last >= range.start && last <= range.end ? last + 1 : range.start;
  for (let i = 0; i < size; i++) {
    const n = range.start + ((from - range.start + i) % size);
    if (n === range.gateway || taken.has(n)) continue;
    const lease: IpamLease = { ip: formatIpv4(n), containerId, ifName: 'eth0', pod };
    const leases = [...state.leases, lease].sort(
      (a, b) => (parseIpv4(a.ip) ?? 0) - (parseIpv4(b.ip) ?? 0),
    );
    return { ok: true, lease, state: { ...state, leases, lastReserved: lease.ip } };
  }
  return fail(`no IP addresses available in range set: ${range.text}`);
}

function fail(why: string): Allocation {
  return { ok: false, error: { code: 999, msg: `failed to allocate for range 0: ${why}` } };
}

/** Releases every address a container holds on eth0; `last_reserved_ip` stays where it was. */
export function release(state: NodeCniState, containerId: ContainerId): NodeCniState {
  return {
    ...state,
    leases: state.leases.filter((l) => !(l.containerId === containerId && l.ifName === 'eth0')),
  };
}

/** The lease files host-local keeps, name → content, as `<dataDir>/<network>/` holds them (without the lock file). */
export function leaseFiles(state: NodeCniState): Record<string, string> {
  const files: Record<string, string> = {};
  for (const l of state.leases) files[l.ip] = `${l.containerId}\r\n${l.ifName}`;
  if (state.lastReserved !== undefined) files['last_reserved_ip.0'] = state.lastReserved;
  return files;
}

/** The lease of an address, if taken. */
export function leaseOf(state: NodeCniState, ip: Ipv4): IpamLease | undefined {
  return state.leases.find((l) => l.ip === ip);
}
