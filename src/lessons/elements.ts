/** The ids a step may highlight: every element the diagram draws for a scenario (see ui/diagram/ids.ts). */
import type { Network } from '../sim';
import type { Scenario } from '../scenario/types';

/** Every highlightable id: nodes, kubelets, pods, sandboxes, containers and devices. */
export function elementIds(s: Scenario, net: Network): ReadonlySet<string> {
  const ids = new Set<string>(net.devices.keys());
  for (const n of s.cluster.nodes) ids.add(`node:${n.name}`).add(`kubelet:${n.name}`);
  for (const p of s.cluster.pods) {
    const id = `${p.namespace}/${p.name}`;
    ids.add(`pod:${id}`).add(`sandbox:${id}`);
    for (const c of p.containers) ids.add(`container:${id}/${c.name}`);
  }
  return ids;
}
