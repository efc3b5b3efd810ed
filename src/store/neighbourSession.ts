/**
 * Neighbour caches across the packets of a session: each shown packet starts from the caches the
 * packets before it left, so the same flow sent again finds them warm. A session lives as long as
 * its cluster: after any scenario change (a new cluster object) the caches start as the scenario
 * says again. Pure: the entries are data in the store, the traces are recomputed from them.
 */
import type { ClusterSpec, NeighbourEntry, PacketRequest, Trace } from '../sim';

/** The caches the next shown packets start from, and the cluster they were learned in. */
export interface NeighbourSession {
  /** The cluster the entries belong to; another cluster ignores them. */
  readonly cluster: ClusterSpec;
  /** The learned entries (`Trace.neighbours` of the last packet shown). */
  readonly entries: readonly NeighbourEntry[];
}

/** A tracer that starts from given caches (sim's `simulate`). */
export type SessionTracer = (
  cluster: ClusterSpec,
  req: PacketRequest,
  neighbours?: readonly NeighbourEntry[],
) => Trace;

/** The entries a session holds for this cluster (undefined: start as the scenario says). */
export function startEntries(
  session: NeighbourSession | null,
  cluster: ClusterSpec,
): readonly NeighbourEntry[] | undefined {
  return session && session.cluster === cluster ? session.entries : undefined;
}

/** Traces flows in order, each from the caches the one before left (the first from `start`). */
export function traceSession(
  simulate: SessionTracer,
  cluster: ClusterSpec,
  flows: readonly PacketRequest[],
  start: readonly NeighbourEntry[] | undefined,
): Trace[] {
  const out: Trace[] = [];
  let caches = start;
  for (const req of flows) {
    const t = simulate(cluster, req, caches);
    out.push(t);
    caches = t.neighbours ?? caches;
  }
  return out;
}

/** The session after the shown traces: their last learned caches, or the one before when none were traced. */
export function sessionAfter(
  before: NeighbourSession | null,
  cluster: ClusterSpec,
  traces: readonly Trace[],
): NeighbourSession | null {
  const last = traces.at(-1)?.neighbours;
  if (last) return { cluster, entries: last };
  return before && before.cluster === cluster ? before : null;
}
