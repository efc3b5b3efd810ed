/** A node's root namespace: lo, eth0, the cni0 bridge, flannel.1 (VXLAN), routes, neighbours and FDB. */
import { deviceIdOf, nodeNetnsId } from './ids';
import { formatCidr, parseCidr } from './ipv4';
import { hashedMac, lowestMac, nodeMac } from './macs';
import { loopbackDevice } from './podNamespace';
import { NODE_SEGMENT } from './outside';
import { DEFAULT_DST } from '../ip/routing';
import type { Allocation, NodeAddresses } from './addressing';
import type { Device, FdbEntry, Neighbour, Route } from './networkTypes';
import type { Cidr, ClusterSpec, Mac, NetnsId } from './types';

/** flannel's VXLAN network identifier. */
export const VXLAN_VNI = 1;
/** flannel's VXLAN UDP port (not IANA's 4789). */
export const VXLAN_PORT = 8472;
/** MTU of flannel.1 on a 1500-byte eth0. */
export const VXLAN_MTU = 1450;

/** The MAC of a node's flannel.1 VTEP, stable per node name. */
export function vtepMac(node: string): Mac {
  return hashedMac(`flannel.1:${node}`);
}

/** The devices of a node's root namespace (the host veth ends are added by the pods). */
export interface NodeDevices {
  /** The node's root namespace. */
  readonly netns: NetnsId;
  /** Its loopback, for host processes talking to themselves. */
  readonly lo: Device;
  /** Its NIC on the node network. */
  readonly eth0: Device;
  /** The bridge joining the node's pods, and their gateway. */
  readonly cni0: Device;
  /** The VXLAN device, in vxlan mode only. */
  readonly flannel?: Device;
}

/** Builds a node's own devices; cni0 takes the lowest MAC of its ports (the host veth ends). */
export function buildNodeDevices(
  cluster: ClusterSpec,
  name: string,
  addr: NodeAddresses,
  alloc: Allocation,
  portMacs: readonly Mac[],
): NodeDevices {
  const netns = nodeNetnsId(name);
  const eth0: Device = {
    id: deviceIdOf(netns, 'eth0'),
    name: 'eth0',
    kind: 'nic',
    netns,
    mac: nodeMac(addr.ip),
    ip: addr.ip,
    prefix: alloc.nodePrefix,
    mtu: 1500,
    segment: NODE_SEGMENT,
  };
  const cni0: Device = {
    id: deviceIdOf(netns, 'cni0'),
    name: 'cni0',
    kind: 'bridge',
    netns,
    mac: lowestMac(portMacs) ?? hashedMac(`cni0:${name}`),
    ip: addr.bridgeIp,
    prefix: addr.podPrefix,
    mtu: cluster.cni === 'vxlan' ? VXLAN_MTU : 1500,
  };
  const base = { netns, lo: loopbackDevice(netns), eth0, cni0 };
  if (cluster.cni !== 'vxlan') return base;
  const flannel: Device = {
    id: deviceIdOf(netns, 'flannel.1'),
    name: 'flannel.1',
    kind: 'vxlan',
    netns,
    mac: vtepMac(name),
    ip: addr.podNet,
    prefix: 32,
    mtu: VXLAN_MTU,
    vxlan: { vni: VXLAN_VNI, port: VXLAN_PORT, local: addr.ip, dev: eth0.id },
  };
  return { ...base, flannel };
}

/** The routing table, neighbours and FDB of a node, given every node's addresses. */
export function buildNodeTables(
  cluster: ClusterSpec,
  name: string,
  devs: NodeDevices,
  alloc: Allocation,
): { routes: Route[]; neighbours: Neighbour[]; fdb: FdbEntry[] } {
  const own = alloc.nodes.get(name);
  const nodeNet = parseCidr(cluster.nodeNetwork);
  if (!own || !nodeNet) return { routes: [], neighbours: [], fdb: [] };
  const routes: Route[] = [
    { dst: own.podCidr, dev: devs.cni0.id, src: own.bridgeIp, scope: 'link' },
  ];
  const neighbours: Neighbour[] = [];
  const fdb: FdbEntry[] = [];
  for (const other of cluster.nodes) {
    const r = alloc.nodes.get(other.name);
    if (other.name === name || !r) continue;
    if (devs.flannel) {
      const mac = vtepMac(other.name);
      routes.push({
        dst: r.podCidr,
        via: r.podNet,
        dev: devs.flannel.id,
        onlink: true,
        scope: 'global',
      });
      neighbours.push({ ip: r.podNet, mac, dev: devs.flannel.id });
      fdb.push({ mac, dev: devs.flannel.id, dst: r.ip });
    } else {
      routes.push({ dst: r.podCidr, via: r.ip, dev: devs.eth0.id, scope: 'global' });
    }
  }
  routes.push({ dst: formatCidr(nodeNet) as Cidr, dev: devs.eth0.id, src: own.ip, scope: 'link' });
  routes.push({ dst: DEFAULT_DST, via: alloc.gateway, dev: devs.eth0.id, scope: 'global' });
  return { routes, neighbours, fdb };
}
