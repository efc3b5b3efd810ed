/** A pod's network namespace as the CNI bridge plugin builds it: lo, eth0, a veth peer on cni0, three routes. */
import { deviceIdOf, podNetnsId } from './ids';
import { LOOPBACK_MAC, hashedMac, podMac } from './macs';
import { fnv1a, hex8 } from './hash';
import { DEFAULT_DST } from '../ip/routing';
import type { Device, Route } from './networkTypes';
import type { NodeAddresses } from './addressing';
import type { Cidr, CniMode, Ipv4, NetnsId, PodId } from './types';

/** The MTU of a pod's eth0: 1500 behind host-gw, 1450 behind VXLAN (50 bytes of overhead). */
export function podMtu(cni: CniMode): number {
  return cni === 'vxlan' ? 1450 : 1500;
}

/** The loopback device every namespace has. */
export function loopbackDevice(netns: NetnsId): Device {
  return {
    id: deviceIdOf(netns, 'lo'),
    name: 'lo',
    kind: 'loopback',
    netns,
    mac: LOOPBACK_MAC,
    ip: '127.0.0.1' as Ipv4,
    prefix: 8,
    mtu: 65536,
  };
}

/** The host-end name of a pod's veth pair, like the bridge plugin's "veth" + 8 hex digits. */
export function hostVethName(pod: PodId): string {
  return `veth${hex8(fnv1a(`veth:${pod}`))}`;
}

/** What a pod namespace holds: its devices, the host veth end living in the node, and its routes. */
export interface PodNamespaceParts {
  /** The pod's own namespace. */
  readonly netns: NetnsId;
  /** Its loopback, for traffic between its containers. */
  readonly lo: Device;
  /** Its eth0, the pod end of the veth pair. */
  readonly eth0: Device;
  /** The host end of the pair, a port of the node's cni0. */
  readonly hostVeth: Device;
  /** Its main routing table. */
  readonly routes: readonly Route[];
}

/** Builds a pod's namespace devices and routes, with the host veth end attached to the node's cni0. */
export function buildPodNamespace(
  pod: PodId,
  ip: Ipv4,
  node: NodeAddresses,
  nodeNetns: NetnsId,
  cni: CniMode,
  clusterCidr: Cidr,
): PodNamespaceParts {
  const netns = podNetnsId(pod);
  const eth0Id = deviceIdOf(netns, 'eth0');
  const hostName = hostVethName(pod);
  const hostId = deviceIdOf(nodeNetns, hostName);
  const eth0: Device = {
    id: eth0Id,
    name: 'eth0',
    kind: 'veth-pod',
    netns,
    mac: podMac(ip),
    ip,
    prefix: node.podPrefix,
    mtu: podMtu(cni),
    peer: hostId,
  };
  const hostVeth: Device = {
    id: hostId,
    name: hostName,
    kind: 'veth-host',
    netns: nodeNetns,
    mac: hashedMac(`veth:${pod}`),
    mtu: podMtu(cni),
    peer: eth0Id,
    master: deviceIdOf(nodeNetns, 'cni0'),
  };
  const routes: Route[] = [
    { dst: node.podCidr, dev: eth0Id, src: ip, scope: 'link' },
    // flannel adds the cluster range to host-local's routes; the plugin sends it via the gateway
    { dst: clusterCidr, via: node.bridgeIp, dev: eth0Id, scope: 'global' },
    { dst: DEFAULT_DST, via: node.bridgeIp, dev: eth0Id, scope: 'global' },
  ];
  return { netns, lo: loopbackDevice(netns), eth0, hostVeth, routes };
}
