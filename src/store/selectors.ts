/** Derived state: the network and the traces, memoized on the scenario's cluster and the flows. */
import { buildNetwork } from '../sim';
import type { ClusterSpec, Network, PacketRequest, Trace } from '../sim';
import type { AppState } from './createAppStore';
import { loadedTracer, type Simulate } from './tracer';
import { startEntries, traceSession } from './neighbourSession';

let networkKey: ClusterSpec | null = null;
let networkValue: Network | null = null;

/** The network derived from the scenario's cluster (same cluster object → same Network). */
export function selectNetwork(s: AppState): Network {
  const cluster = s.scenario.cluster;
  if (networkKey !== cluster || networkValue === null) {
    networkValue = buildNetwork(cluster);
    networkKey = cluster;
  }
  return networkValue;
}

let tracesCluster: ClusterSpec | null = null;
let tracesFlows: readonly PacketRequest[] | null = null;
let tracesWith: Simulate | null = null;
let tracesStart: unknown = null;
let tracesValue: readonly Trace[] = [];

/**
 * One trace per shown flow, each from the neighbour caches the packets before it left (the
 * session's, then the previous flow's); same cluster, flows, caches and tracer → same array; none
 * until the tracer has arrived.
 */
export function selectTraces(s: AppState): readonly Trace[] {
  const cluster = s.scenario.cluster;
  const simulate = loadedTracer();
  const start = startEntries(s.neighbours, cluster, simulate);
  if (
    tracesCluster !== cluster ||
    tracesFlows !== s.flows ||
    tracesWith !== simulate ||
    tracesStart !== start
  ) {
    tracesValue = simulate ? traceSession(simulate, cluster, s.flows, start) : [];
    tracesCluster = cluster;
    tracesFlows = s.flows;
    tracesWith = simulate;
    tracesStart = start;
  }
  return tracesValue;
}

/** Whether packets are shown whose traces are still on their way (the tracer is loading). */
export function selectTracing(s: AppState): boolean {
  return s.flows.length > 0 && loadedTracer() === null;
}

/** The trace the inspector and event list follow, or null when nothing is shown. */
export function selectActiveTrace(s: AppState): Trace | null {
  const traces = selectTraces(s);
  return traces[s.activeFlow] ?? traces[0] ?? null;
}

/** The number of hops of the longest shown trace (0 when nothing is shown). */
export function selectHopCount(s: AppState): number {
  let n = 0;
  for (const t of selectTraces(s)) n = Math.max(n, t.hops.length);
  return n;
}

/** The hop index a trace shows at the cursor: its last hop once the cursor passes its end. */
export function hopIndexAt(trace: Trace, cursor: number): number {
  return Math.max(0, Math.min(cursor, trace.hops.length - 1));
}
