/** The packet tracer, loaded on demand: the first view draws the cluster without it, and the first packet brings it. */
import type { ClusterSpec, NeighbourEntry, PacketRequest, Trace } from '../sim';

/** The tracer's signature (sim/tracer's simulate): a request, from the neighbour caches given. */
export type Simulate = (
  cluster: ClusterSpec,
  req: PacketRequest,
  neighbours?: readonly NeighbourEntry[],
) => Trace;

let simulate: Simulate | null = null;
let loading: Promise<Simulate> | null = null;

/** The tracer if it has arrived, else null. */
export function loadedTracer(): Simulate | null {
  return simulate;
}

/** Loads the tracer once (later calls share the same promise). */
export function loadTracer(): Promise<Simulate> {
  loading ??= import('../sim/trace/tracer').then((m) => (simulate = m.simulate));
  return loading;
}

/** Installs a tracer directly (tests, and tools that import the simulation themselves). */
export function installTracer(impl: Simulate): void {
  simulate = impl;
  loading = Promise.resolve(impl);
}
