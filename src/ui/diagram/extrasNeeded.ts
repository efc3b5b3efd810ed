/** Whether the diagram needs what lies around the cluster (cheap, in the first chunk); the layout of it loads only then (./layoutExtras). */
import type { ClusterSpec, Trace } from '../../sim';

/** Whether the diagram should show the hosts outside the cluster: Services or Ingress exist, or a shown packet goes there. */
export function wantsOutside(cluster: ClusterSpec, traces: readonly Trace[]): boolean {
  if ((cluster.services?.length ?? 0) > 0 || cluster.outside !== undefined) return true;
  return traces.some(
    (tr) =>
      tr.request.from.kind === 'external' || tr.hops.some((h) => h.netns.startsWith('outside:')),
  );
}

/** The Services shown packets go to ("ns/name"), whose lines to their endpoints are drawn on top. */
export function activeServices(traces: readonly Trace[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const tr of traces) {
    const to = tr.request.to;
    if (to.kind === 'service' || to.kind === 'nodeport') out.add(to.service);
  }
  return out;
}

/** Whether the diagram needs the extras layout: Services, policies or the outside hosts. */
export function needsExtras(cluster: ClusterSpec, outside: boolean): boolean {
  return (
    outside || (cluster.services?.length ?? 0) > 0 || (cluster.networkPolicies?.length ?? 0) > 0
  );
}
