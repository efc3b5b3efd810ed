/** The CNI slice: the pod network's IPAM state as the plugins left it, and the CNI trace being played (ADD or DEL). */
import type { ClusterSpec, CniError, CniResult, CniState, CniStep, PodSpec } from '../../sim';

/** A CNI call shown on the diagram, stepped with the playback bar like a packet's hops. */
export interface CniPlay {
  /** ADD when a pod was created, DEL when it was deleted. */
  readonly command: 'ADD' | 'DEL';
  /** The pod the runtime set up or tore down (for DEL, as it was before it went). */
  readonly pod: PodSpec;
  /** Every step, runtime and plugins, in order: the playback cursor indexes it. */
  readonly trace: readonly CniStep[];
  /** ADD: the result JSON the runtime received. */
  readonly result?: CniResult;
  /** The error the runtime received, when the call failed. */
  readonly error?: CniError;
  /** The CNI state before the call, so each step can show what changed. */
  readonly before: CniState;
  /** The CNI state after the call. */
  readonly after: CniState;
  /** The cluster the pod belongs to: after ADD, before DEL (to draw it while it goes). */
  readonly cluster: ClusterSpec;
}

/** State of the CNI slice (its actions load with the CNI code: see ./cniControl). */
export interface CniSlice {
  /** What host-local and the bridge plugin keep on each node; null until the CNI code has loaded. */
  cniState: CniState | null;
  /** The CNI trace in the playback bar instead of packets, or null. */
  cniPlay: CniPlay | null;
}

/** The CNI slice's starting state: nothing loaded, nothing played. */
export const createCniSlice = (): CniSlice => ({ cniState: null, cniPlay: null });

/** How many steps the playback bar can step through now: the CNI trace's while one plays. */
export function selectCniSteps(s: CniSlice): number {
  return s.cniPlay?.trace.length ?? 0;
}
