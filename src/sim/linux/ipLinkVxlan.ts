/** `ip -d link show flannel.1`: the VXLAN device's details as iproute2 prints them. */
import { devicesIn, ifindexOf } from './ifindex';
import type { Network } from '../model/networkTypes';
import type { NetnsId } from '../model/types';

/**
 * The values this kernel reports for any such device (offload limits, queues), and what flanneld
 * leaves at the kernel's default: source ports from ip_local_port_range ("srcport 0 0"), TTL
 * inherited ("auto"), FDB ageing 300 s, UDP checksums on over IPv4 (`udpcsum`).
 */
const VXLAN_TAIL =
  'ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 ';

/**
 * What `ip -d link show <name>` prints for the namespace's VXLAN device: its flags, MTU and state,
 * its MAC, and the vxlan line (VNI, local address, underlay, port, `nolearning` as flanneld sets
 * it). Null when there is no such device (iproute2: `Device "flannel.1" does not exist.`).
 */
export function ipLinkShowVxlan(
  network: Network,
  netns: NetnsId,
  name = 'flannel.1',
): string | null {
  const d = devicesIn(network, netns).find((x) => x.kind === 'vxlan' && x.name === name);
  const v = d?.vxlan;
  if (!d || !v) return null;
  const underlay = network.devices.get(v.dev)?.name ?? '';
  return [
    `${ifindexOf(network, d.id)}: ${d.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu ${d.mtu} qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000`,
    `    link/ether ${d.mac} brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 `,
    `    vxlan id ${v.vni} local ${v.local} dev ${underlay} srcport 0 0 dstport ${v.port} nolearning ${VXLAN_TAIL}`,
  ]
    .map((l) => `${l}\n`)
    .join('');
}
