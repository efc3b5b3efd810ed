/** Where pods go: spec.nodeName when given, else the least-loaded node whose taints and labels the pod accepts; DaemonSets on every such node. */
import type { PodSpec } from '../../sim';
import type { NodeDraft, Taint } from './node';
import type { PodDraft, Toleration } from './pod';
import { replica, type Workload } from './workloads';

/** Whether a toleration lets a pod onto a node with this taint (values are not compared). */
function tolerates(tolerations: readonly Toleration[], taint: Taint): boolean {
  return tolerations.some(
    (t) =>
      (t.operator === 'Exists' && t.key === undefined) ||
      (t.key === taint.key &&
        (t.effect === undefined || t.effect === '' || t.effect === taint.effect)),
  );
}

/** Whether the scheduler may put the pod on the node: no taint it does not tolerate, every nodeSelector label. */
export function fits(pod: PodDraft, node: NodeDraft): boolean {
  const labels: Readonly<Record<string, string>> = {
    'kubernetes.io/hostname': node.spec.name,
    ...node.labels,
  };
  return (
    node.taints.every((t) => t.effect === 'PreferNoSchedule' || tolerates(pod.tolerations, t)) &&
    Object.entries(pod.nodeSelector).every(([k, v]) => labels[k] === v)
  );
}

/** Places pods in order, counting every pod already on a node, so replicas spread as the scheduler's balancing would. */
export class Placer {
  private readonly load = new Map<string, number>();
  constructor(private readonly nodes: readonly NodeDraft[]) {
    for (const n of nodes) this.load.set(n.spec.name, 0);
  }

  /** The node for a pod: its nodeName, else the least-loaded fitting node (any node when none fits); "" with no nodes. */
  choose(pod: PodDraft): string {
    if (pod.nodeName !== undefined) return this.count(pod.nodeName);
    const fitting = this.nodes.filter((n) => fits(pod, n));
    const pool = fitting.length > 0 ? fitting : this.nodes;
    let best = pool[0]?.spec.name ?? '';
    for (const n of pool)
      if ((this.load.get(n.spec.name) ?? 0) < (this.load.get(best) ?? 0)) best = n.spec.name;
    return this.count(best);
  }

  /** A DaemonSet's pods: one on every node it fits, in node order. */
  daemonSet(w: Workload): PodDraft[] {
    return this.nodes.filter((n) => fits(w.template, n)).map((n, i) => replica(w, i, n.spec.name));
  }

  private count(node: string): string {
    this.load.set(node, (this.load.get(node) ?? 0) + 1);
    return node;
  }
}

/** The scenario's pod from a placed draft. */
export function toPodSpec(d: PodDraft, node: string): PodSpec {
  return {
    name: d.name,
    namespace: d.namespace,
    node,
    labels: d.labels,
    ...(d.ip !== undefined ? { ip: d.ip } : {}),
    hostNetwork: d.hostNetwork,
    containers: d.containers,
  };
}
