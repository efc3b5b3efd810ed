/** Address allocation (C7): node IPs, each node's pod CIDR carved from the cluster CIDR, and pod IPs. */
import { podIdOf } from './ids';
import { formatCidr, formatIpv4, parseCidr, parseIpv4 } from './ipv4';
import type { Cidr, ClusterSpec, Ipv4, PodId } from './types';

/** The first node address offset on the node network: node1 = .11 (network-facts). */
export const FIRST_NODE_HOST = 11;
/** Pod CIDRs are /24s of the cluster CIDR. */
export const NODE_POD_PREFIX = 24;

/** Addresses decided for one node. */
export interface NodeAddresses {
  /** eth0 address on the node network. */
  readonly ip: Ipv4;
  /** The node's pod range. */
  readonly podCidr: Cidr;
  /** Its network address (flannel.1's address in vxlan mode). */
  readonly podNet: Ipv4;
  /** Its first host: cni0's address and the pods' gateway. */
  readonly bridgeIp: Ipv4;
  /** Prefix length of the pod range. */
  readonly podPrefix: number;
}

/** Every address the cluster's spec leaves to allocation, decided. */
export interface Allocation {
  /** Per node name. */
  readonly nodes: ReadonlyMap<string, NodeAddresses>;
  /** Per non-hostNetwork pod. */
  readonly pods: ReadonlyMap<PodId, Ipv4>;
  /** The node network's prefix length. */
  readonly nodePrefix: number;
  /** The node network's first host: the default gateway outside the simulation. */
  readonly gateway: Ipv4;
}

/** A node's address and pod range as written in the spec or decided by allocation, before any check. */
export interface NodeAddressPlan {
  /** eth0's address as text: the given one, else the next free .11, .12, …; null when the node network is invalid. */
  readonly ip: string | null;
  /** The pod range as text: the given one, else the (index+1)-th /24; null when the cluster CIDR is invalid. */
  readonly podCidr: string | null;
}

/**
 * Every node's address and pod range, by node index, exactly as allocate() decides them: default
 * node IPs count up from .11 skipping addresses other nodes fix. Never throws: values are not
 * checked (a given value is returned as written), so validation can report what is wrong.
 */
export function planNodeAddresses(cluster: ClusterSpec): NodeAddressPlan[] {
  const nodeNetwork = parseCidr(cluster.nodeNetwork);
  const clusterCidr = parseCidr(cluster.clusterCidr);
  const fixed = new Set<number>();
  for (const n of cluster.nodes) {
    const ip = n.ip === undefined ? null : parseIpv4(n.ip);
    if (ip !== null) fixed.add(ip);
  }
  let nextHost = nodeNetwork ? nodeNetwork.base + FIRST_NODE_HOST : 0;
  return cluster.nodes.map((n, i) => {
    let ip: string | null = n.ip ?? null;
    if (n.ip === undefined && nodeNetwork) {
      while (fixed.has(nextHost)) nextHost++;
      ip = formatIpv4(nextHost++);
    }
    const podCidr =
      n.podCidr ??
      (clusterCidr
        ? formatCidr({ base: (clusterCidr.base + (i + 1) * 256) >>> 0, prefix: NODE_POD_PREFIX })
        : null);
    return { ip, podCidr };
  });
}

function must<T>(v: T | null, what: string): T {
  if (v === null) throw new Error(`invalid ${what}`);
  return v;
}

/** Decides node IPs (.11, .12, … skipping fixed ones), pod CIDRs (index-th /24) and pod IPs (.2, .3, …). */
export function allocate(cluster: ClusterSpec): Allocation {
  const nodeNetwork = must(parseCidr(cluster.nodeNetwork), `node network ${cluster.nodeNetwork}`);
  must(parseCidr(cluster.clusterCidr), `cluster CIDR ${cluster.clusterCidr}`);
  const plan = planNodeAddresses(cluster);
  const nodes = new Map<string, NodeAddresses>();
  cluster.nodes.forEach((n, i) => {
    const { ip: ipText, podCidr } = plan[i] ?? { ip: null, podCidr: null };
    const ip = must(ipText === null ? null : parseIpv4(ipText), `node IP ${ipText ?? ''}`);
    const range = must(podCidr === null ? null : parseCidr(podCidr), `pod CIDR ${podCidr ?? ''}`);
    nodes.set(n.name, {
      ip: formatIpv4(ip),
      podCidr: formatCidr(range),
      podNet: formatIpv4(range.base),
      bridgeIp: formatIpv4(range.base + 1),
      podPrefix: range.prefix,
    });
  });

  const fixedPodIps = new Set<number>();
  for (const p of cluster.pods)
    if (!p.hostNetwork && p.ip !== undefined) fixedPodIps.add(must(parseIpv4(p.ip), p.ip));
  const nextOnNode = new Map<string, number>();
  const pods = new Map<PodId, Ipv4>();
  for (const p of cluster.pods) {
    if (p.hostNetwork) continue;
    const node = nodes.get(p.node);
    if (!node) throw new Error(`pod ${podIdOf(p)} is on unknown node ${p.node}`);
    if (p.ip !== undefined) {
      pods.set(podIdOf(p), p.ip as Ipv4);
      continue;
    }
    const base = parseIpv4(node.podNet) ?? 0;
    const last = base + 2 ** (32 - node.podPrefix) - 2;
    let next = nextOnNode.get(p.node) ?? base + 2;
    while (fixedPodIps.has(next)) next++;
    if (next > last) throw new Error(`pod CIDR ${node.podCidr} of node ${p.node} is full`);
    pods.set(podIdOf(p), formatIpv4(next));
    nextOnNode.set(p.node, next + 1);
  }
  return {
    nodes,
    pods,
    nodePrefix: nodeNetwork.prefix,
    gateway: formatIpv4(nodeNetwork.base + 1),
  };
}
