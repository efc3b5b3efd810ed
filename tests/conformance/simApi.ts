/** Loads the simulation's two entry points, buildNetwork and simulate, or says which one is missing. */
import type { Network } from '../../src/sim/model/networkTypes';
import type { Trace } from '../../src/sim/trace/traceTypes';
import type { ClusterSpec, PacketRequest } from '../../src/sim/model/types';
import type { NeighbourEntry } from '../../src/sim/link/neighbours';

/** The part of the simulation the conformance suite drives. */
export interface SimApi {
  /** Derives namespaces, devices, routes, neighbours, FDB and sockets from a cluster. */
  readonly buildNetwork: (cluster: ClusterSpec) => Network;
  /** Traces one request through the cluster, from the neighbour caches given (default: the scenario's). */
  readonly simulate: (
    cluster: ClusterSpec,
    request: PacketRequest,
    neighbours?: readonly NeighbourEntry[],
  ) => Trace;
}

/** Imports src/sim and returns its API, or a string saying what is not exported yet. */
export async function loadSim(): Promise<SimApi | string> {
  const mod: Record<string, unknown> = await import('../../src/sim/index');
  const { buildNetwork, simulate } = mod;
  if (typeof buildNetwork !== 'function') return 'src/sim does not export buildNetwork yet';
  if (typeof simulate !== 'function') return 'src/sim does not export simulate yet';
  return {
    buildNetwork: buildNetwork as SimApi['buildNetwork'],
    simulate: simulate as SimApi['simulate'],
  };
}
