/**
 * Neighbour caches across the packets of a session: each shown packet starts from the caches the
 * packets before it left, so the same flow sent again finds them warm. A session lives as long as
 * its cluster: after any scenario change (a new cluster object) the caches start as the scenario
 * says again. Pure: the entries are data in the store, the traces are recomputed from them.
 */
import type { ClusterSpec, NeighbourEntry, PacketRequest, Trace } from '../sim';

/** The caches the next shown packets start from, and the cluster they were learned in. */
export type NeighbourSession =
  | {
      /** The cluster the entries belong to; another cluster ignores them. */
      readonly cluster: ClusterSpec;
      /** The learned entries (`Trace.neighbours` of the last packet shown). */
      readonly entries: readonly NeighbourEntry[];
    }
  | {
      /** The cluster the flows were shown in. */
      readonly cluster: ClusterSpec;
      /**
       * Packets shown before the tracer had arrived: the caches are the ones they leave, traced
       * from `before`, worked out once a tracer asks (see startEntries).
       */
      readonly after: {
        readonly before: NeighbourSession | null;
        readonly flows: readonly PacketRequest[];
      };
    };

/** A tracer that starts from given caches (sim's `simulate`). */
export type SessionTracer = (
  cluster: ClusterSpec,
  req: PacketRequest,
  neighbours?: readonly NeighbourEntry[],
) => Trace;

/** The entries a deferred session resolved to, once (sessions are immutable). */
const resolved = new WeakMap<object, { readonly entries?: readonly NeighbourEntry[] }>();

/**
 * The entries a session holds for this cluster (undefined: start as the scenario says). A session
 * of packets shown before the tracer arrived is traced here, once, with the tracer given; without
 * one it holds nothing yet.
 */
export function startEntries(
  session: NeighbourSession | null,
  cluster: ClusterSpec,
  simulate: SessionTracer | null,
): readonly NeighbourEntry[] | undefined {
  if (!session || session.cluster !== cluster) return undefined;
  if ('entries' in session) return session.entries;
  const done = resolved.get(session);
  if (done) return done.entries;
  if (!simulate) return undefined;
  const start = startEntries(session.after.before, cluster, simulate);
  const traces = traceSession(simulate, cluster, session.after.flows, start);
  const entries = traces.at(-1)?.neighbours ?? start;
  resolved.set(session, entries ? { entries } : {});
  return entries;
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

/**
 * The session after the shown packets: the caches their traces left, or the one before when none
 * were learned; while the tracer is still on its way (`traces` null), a session that traces them
 * once it is here, so a packet sent meanwhile still starts from what the shown ones leave.
 */
export function sessionAfter(
  before: NeighbourSession | null,
  cluster: ClusterSpec,
  flows: readonly PacketRequest[],
  traces: readonly Trace[] | null,
): NeighbourSession | null {
  const kept = before && before.cluster === cluster ? before : null;
  if (traces === null) return flows.length > 0 ? { cluster, after: { before: kept, flows } } : kept;
  const last = traces.at(-1)?.neighbours;
  return last ? { cluster, entries: last } : kept;
}
