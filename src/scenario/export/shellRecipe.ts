/** A shell script that builds a scenario in network namespaces: the conformance suite's own plan, as text. */
import { caseSysctls } from './kernelSettings';
import { planNetns } from './netnsPlan';
import type { Network } from '../../sim/model/networkTypes';
import type { ClusterSpec, NetnsId } from '../../sim/model/types';

/** The file name the recipe is offered under. */
export const RECIPE_FILE_NAME = 'pod-network-lab.sh';

/** The namespace names' prefix in a recipe (the suite uses "pnl-c<pid>-" so runs never collide). */
export const RECIPE_PREFIX = 'pnl-';

/** Quotes a word for sh when it holds anything but plain characters. */
export function shellWord(w: string): string {
  return /^[A-Za-z0-9_.,:/=@%+-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}

/** What a kernel namespace stands for, for the script's comments: "node node1", "pod default/web 10.244.1.2". */
function describe(network: Network, id: NetnsId): string {
  const ns = network.netns.get(id);
  if (ns?.kind === 'node') {
    const ip = network.nodes.find((n) => n.netns === id)?.ip ?? '';
    return `node ${ns.node} (${ip})`;
  }
  const pod = network.pods.find((p) => p.netns === id);
  return pod ? `pod ${pod.id} (${pod.ip})` : id.replace(':', ' ');
}

/**
 * The recipe for a scenario: a POSIX sh script that, run as root on Linux with iproute2 and
 * sysctl, creates one namespace per node and pod and a switch namespace for the node network, with
 * the devices, addresses, routes, neighbours and FDB entries of the simulation, exactly the commands
 * the conformance suite runs before comparing the kernel with the trace. Comments name each
 * namespace and say how to remove them all.
 */
export function shellRecipe(
  cluster: ClusterSpec,
  network: Network,
  prefix = RECIPE_PREFIX,
): string {
  const plan = planNetns(network, prefix, caseSysctls(cluster));
  const names = plan.namespaces.map(shellWord).join(' ');
  const byName = new Map([...plan.nsName].map(([id, name]) => [name, id]));
  const legend = plan.namespaces.map((name) => {
    const id = byName.get(name);
    return `#   ${name.padEnd(prefix.length + 4)} ${id ? describe(network, id) : 'the switch of the node network (and any other segment)'}`;
  });
  const firstPod = network.pods.find((p) => network.netns.get(p.netns)?.kind === 'pod');
  const podNs = firstPod ? plan.nsName.get(firstPod.netns) : undefined;
  const pods = network.pods.filter(
    (p) => p !== firstPod && network.netns.get(p.netns)?.kind === 'pod',
  );
  // a pod on another node shows the most: the whole path between the nodes
  const other = pods.find((p) => p.node !== firstPod?.node) ?? pods[0];
  return [
    '#!/bin/sh',
    `# ${cluster.name}: built in network namespaces by Pod Network Lab.`,
    '# Run as root on a Linux machine with iproute2 (ip, bridge) and sysctl. These are the commands',
    "# the app's conformance suite runs before it compares the kernel with the simulation.",
    '#',
    '# Namespaces:',
    ...legend,
    '#',
    ...(podNs && other ? [`# Then try:  ip netns exec ${podNs} ping -c 1 ${other.ip}`] : []),
    `# Remove it all:  for n in ${names}; do ip netns del "$n"; done`,
    'set -e',
    ...plan.commands.map((argv) => argv.map(shellWord).join(' ')),
    '',
  ].join('\n');
}
