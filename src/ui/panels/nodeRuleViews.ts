/** The node-wide commands of the "On a real node" section: iptables-save for nat (and filter when kube-proxy put rules there) and conntrack -L at a hop. */
import { conntrackList, iptablesSave } from '../../sim/netfilter/iptablesSave';
import type { LinuxView } from '../../sim/linux/linuxViews';
import type { ClusterSpec, Network, Trace } from '../../sim';

const BUILTIN_FILTER = /^-A (INPUT|FORWARD|OUTPUT) /;

/** Whether a filter table has a rule of its own beyond the built-in chains' jumps (a KUBE-* or policy chain with rules). */
export function filterMatters(save: string): boolean {
  return save.split('\n').some((l) => l.startsWith('-A ') && !BUILTIN_FILTER.test(l));
}

/** The node a hop's rules are read on by default: its own node, or the first node for a host outside the cluster. */
export function defaultNode(network: Network, hopNode: string | undefined): string | undefined {
  if (hopNode !== undefined && network.nodes.some((n) => n.name === hopNode)) return hopNode;
  return network.nodes[0]?.name;
}

/** What the node's commands print once `trace` has run up to hop `index`. */
export function nodeRuleViews(
  cluster: ClusterSpec,
  trace: Trace,
  node: string,
  index: number,
): LinuxView[] {
  const views: LinuxView[] = [
    { command: 'iptables-save -t nat', output: iptablesSave(cluster, node, 'nat') },
  ];
  const filter = iptablesSave(cluster, node, 'filter');
  if (filterMatters(filter)) views.push({ command: 'iptables-save -t filter', output: filter });
  views.push({ command: 'conntrack -L', output: conntrackList(trace, node, index) });
  return views;
}
