/** A node's nat and filter tables: kube-proxy's chains and flannel's masquerade, assembled once per network. */
import { servicePorts } from './endpointSlices';
import { kubeProxyRules, type ChainMap } from './kubeProxy';
import { flannelMasqRules } from './masquerade';
import type { NetIndex } from '../model/topology';

/** The tables of one node. */
export interface NodeTables {
  /** nat: PREROUTING, OUTPUT, POSTROUTING and the chains they jump to. */
  readonly nat: ChainMap;
  /** filter: INPUT, FORWARD, OUTPUT and kube-proxy's REJECT/DROP chains. */
  readonly filter: ChainMap;
}

/** The built-in chains of each table, in iptables-save's order. */
export const BUILTIN = {
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
} as const;

const cache = new WeakMap<NetIndex, Map<string, NodeTables>>();

/** The switches of the cluster's nodes, defaults filled in. */
export function netfilterSettings(idx: NetIndex): {
  bridgeNf: boolean;
  hairpin: boolean;
  masquerade: boolean;
} {
  const s = idx.cluster.netfilter;
  return {
    bridgeNf: s?.bridgeNfCallIptables ?? true,
    hairpin: s?.hairpinMode ?? true,
    masquerade: s?.masquerade ?? true,
  };
}

/** The tables of `node` (undefined for an unknown node). */
export function nodeTables(idx: NetIndex, node: string): NodeTables | undefined {
  let perNode = cache.get(idx);
  if (!perNode) {
    perNode = new Map();
    cache.set(idx, perNode);
  }
  const hit = perNode.get(node);
  if (hit) return hit;
  const n = idx.nodes.get(node);
  if (!n) return undefined;
  const { masquerade } = netfilterSettings(idx);
  const cidr = idx.cluster.clusterCidr;
  const { nat, filter } = kubeProxyRules(servicePorts(idx), node, cidr, masquerade);
  for (const r of flannelMasqRules(n.net.podCidr, cidr, masquerade)) {
    const list = nat.get(r.chain);
    if (list) list.push(r);
    else nat.set(r.chain, [r]);
  }
  const tables = { nat, filter };
  perNode.set(node, tables);
  return tables;
}
