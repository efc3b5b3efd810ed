/** Lookups the UI needs over a built network: a pod's or node's addresses, a namespace's devices. */
import { deviceIdOf, nodeNetnsId } from './ids';
import { indexOfNetwork } from './topology';
import type { Device, Netns, Network, NodeNet, PodNet, Socket, StartFailure } from './networkTypes';
import type { Ipv4, NetnsId, PodId } from './types';

/** A pod's addresses and placement, or undefined when no such pod exists. */
export function podNetOf(network: Network, pod: PodId): PodNet | undefined {
  const idx = indexOfNetwork(network);
  if (idx) return idx.pods.get(pod)?.net;
  return network.pods.find((p) => p.id === pod);
}

/** A node's addresses, or undefined when no such node exists. */
export function nodeNetOf(network: Network, node: string): NodeNet | undefined {
  const idx = indexOfNetwork(network);
  if (idx) return idx.nodes.get(node)?.net;
  return network.nodes.find((n) => n.name === node);
}

/** A namespace, or undefined. */
export function netnsOf(network: Network, netns: NetnsId): Netns | undefined {
  return network.netns.get(netns);
}

/** The devices of a namespace in `ip link` order (empty for an unknown namespace). */
export function devicesOfNetns(network: Network, netns: NetnsId): Device[] {
  const ns = network.netns.get(netns);
  if (!ns) return [];
  const out: Device[] = [];
  for (const id of ns.devices) {
    const d = network.devices.get(id);
    if (d) out.push(d);
  }
  return out;
}

/** The root namespace of a node. */
export function netnsOfNode(node: string): NetnsId {
  return nodeNetnsId(node);
}

/** The listening sockets a container holds (in its pod's namespace, or the node's for hostNetwork). */
export function socketsOfContainer(network: Network, pod: PodId, container: string): Socket[] {
  const net = podNetOf(network, pod);
  const ns = net ? network.netns.get(net.netns) : undefined;
  if (!ns) return [];
  return ns.sockets.filter((s) => s.pod === pod && s.container === container);
}

/** Why a container failed to start, or undefined when it runs. */
export function startFailureOf(
  network: Network,
  pod: PodId,
  container: string,
): StartFailure | undefined {
  return podNetOf(network, pod)?.failures.find((f) => f.container === container);
}

/** The host end (in the node's namespace, a port of cni0) of a pod's veth pair; undefined for hostNetwork pods. */
export function hostVethOf(network: Network, pod: PodId): Device | undefined {
  const net = podNetOf(network, pod);
  const eth0 = net ? network.devices.get(deviceIdOf(net.netns, 'eth0')) : undefined;
  return eth0?.peer ? network.devices.get(eth0.peer) : undefined;
}

/** The namespace that owns an address (a pod's, or a node's for its eth0, cni0 and flannel.1 addresses). */
export function ownerOfIp(network: Network, ip: string): NetnsId | undefined {
  return network.ipOwner.get(ip as Ipv4);
}
