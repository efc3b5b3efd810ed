/** Level of detail: full pods when zoomed in, compact pod chips further out, and for big clusters whole nodes collapsed into summaries. */
import type { PacketRequest } from '../../sim';

/** How much of each pod the diagram draws. */
export type Detail = 'full' | 'summary';

/** How much of the cluster the diagram draws: pods in some detail, or nodes only (summaries). */
export type Level = Detail | 'nodes';

/** Below this zoom factor pods are drawn as chips with name and IP only. */
export const SUMMARY_BELOW = 0.55;

/** Below this zoom factor a big cluster's nodes collapse into summaries (a chip's name would be under 10 px tall). */
export const NODES_BELOW = 0.3;

/** Clusters with more pods than this collapse their nodes when zoomed out; smaller ones always show every pod. */
export const COLLAPSE_ABOVE_PODS = 64;

/** The detail to draw at zoom k, unless the learner forced one. */
export function detailAt(k: number, forced: 'auto' | Detail = 'auto'): Detail {
  if (forced !== 'auto') return forced;
  return k < SUMMARY_BELOW ? 'summary' : 'full';
}

/** Whether a cluster of `pods` pods collapses its nodes when zoomed out. */
export function collapses(pods: number): boolean {
  return pods > COLLAPSE_ABOVE_PODS;
}

/** The level to draw at zoom k for a cluster of `pods` pods. */
export function levelAt(k: number, pods: number): Level {
  if (collapses(pods) && k < NODES_BELOW) return 'nodes';
  return detailAt(k);
}

/** The pods ("ns/name") that shown packets start from or go to: a node summary keeps them visible. */
export function touchedPods(flows: readonly PacketRequest[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const f of flows) {
    if (f.from.kind === 'container') out.add(f.from.pod);
    if (f.to.kind === 'pod' || f.to.kind === 'container') out.add(f.to.pod);
  }
  return out;
}
