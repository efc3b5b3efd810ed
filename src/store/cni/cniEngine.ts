/** The CNI state kept beside a scenario (loaded on demand): seeded for a loaded cluster, moved by ADD and DEL as pods come and go. */
// Deep imports, not the sim barrel: through the barrel the CNI modules would join the first chunk.
import {
  createAllPods,
  createPod,
  deletePod,
  emptyCniState,
  type CniOutcome,
} from '../../sim/cni/createPod';
import { containerIdOf } from '../../sim/cni/runtime';
import type { CniState } from '../../sim/cni/types';
import { podIdOf } from '../../sim/model/ids';
import { formatIpv4, parseIpv4 } from '../../sim/model/ipv4';
import type { ClusterSpec, Ipv4, PodId, PodSpec } from '../../sim/model/types';
import { allocate } from '../../sim/model/addressing';
import type { Scenario } from '../../scenario/types';

/** One CNI call made while following a change of the cluster. */
export interface CniCall {
  /** ADD for a pod that appeared, DEL for one that went. */
  readonly command: 'ADD' | 'DEL';
  /** The pod, as the cluster it belongs to writes it. */
  readonly pod: PodSpec;
  /** What the call did. */
  readonly outcome: CniOutcome;
  /** The state before the call. */
  readonly before: CniState;
}

/** What following a change did: the calls made and the state after them. */
export interface CniFollow {
  /** DELs first (pods gone or moved), then ADDs (new or moved pods), in scenario order. */
  readonly calls: readonly CniCall[];
  /** The state after every call. */
  readonly state: CniState;
}

/** The address the derived network gives each pod (a fixed one as written); null when the cluster's addresses cannot be derived. */
export function derivedPodIps(cluster: ClusterSpec): ReadonlyMap<PodId, Ipv4> | null {
  try {
    return allocate(cluster).pods;
  } catch {
    return null;
  }
}

/** The node state primed so host-local hands out exactly `ip` next (a requested address: it also becomes last_reserved_ip). */
function requesting(state: CniState, node: string, ip: string | undefined): CniState {
  const n = state[node];
  const at = ip === undefined ? null : parseIpv4(ip);
  if (!n || at === null) return state;
  return { ...state, [node]: { ...n, lastReserved: formatIpv4(at - 1) } };
}

/** Whether any pod asks for a fixed address. */
const hasFixed = (cluster: ClusterSpec) => cluster.pods.some((p) => !p.hostNetwork && p.ip);

/**
 * The CNI state of a cluster loaded as it is: every pod created in scenario order from empty nodes
 * (createAllPods); with fixed pod IPs, each pod reserves the address the derived network gives it.
 */
export function seedCniState(cluster: ClusterSpec): CniState {
  if (!hasFixed(cluster)) return createAllPods(cluster).state;
  const ips = derivedPodIps(cluster);
  let state = emptyCniState(cluster);
  for (const p of cluster.pods) {
    if (p.hostNetwork) continue;
    state = createPod(cluster, requesting(state, p.node, ips?.get(podIdOf(p))), p).state;
  }
  return state;
}

/** Pods that take part in CNI (not hostNetwork), by id. */
function cniPods(cluster: ClusterSpec): Map<PodId, PodSpec> {
  return new Map(cluster.pods.filter((p) => !p.hostNetwork).map((p) => [podIdOf(p), p]));
}

/** Each node's pod range by name, to tell whether the nodes' networks stayed as they were. */
function nodeRanges(cluster: ClusterSpec): string | null {
  try {
    const nodes = allocate({ ...cluster, pods: [] }).nodes;
    return JSON.stringify([...nodes].map(([n, a]) => [n, a.podCidr]));
  } catch {
    return null;
  }
}

/**
 * Follows a change of the cluster with CNI calls: DEL for pods gone or moved to another node, then
 * ADD for new or moved pods (a fixed IP requested as written). Null when the nodes' ranges changed:
 * then nothing the plugins kept still holds, and the state is seeded again.
 */
export function followChange(
  prev: ClusterSpec,
  state: CniState,
  next: ClusterSpec,
): CniFollow | null {
  const ranges = nodeRanges(next);
  if (ranges === null || ranges !== nodeRanges(prev)) return null;
  const before = cniPods(prev);
  const after = cniPods(next);
  const calls: CniCall[] = [];
  let s = state;
  for (const [id, p] of before) {
    if (after.get(id)?.node === p.node) continue;
    const outcome = deletePod(prev, s, p);
    calls.push({ command: 'DEL', pod: p, outcome, before: s });
    s = outcome.state;
  }
  for (const [id, p] of after) {
    if (before.get(id)?.node === p.node) continue;
    const outcome = createPod(next, requesting(s, p.node, p.ip), p);
    calls.push({ command: 'ADD', pod: p, outcome, before: s });
    s = outcome.state;
  }
  return { calls, state: s };
}

/** The address host-local holds for a pod on its node, if any. */
export function leaseIp(state: CniState, p: PodSpec): Ipv4 | undefined {
  const id = containerIdOf(podIdOf(p));
  return state[p.node]?.leases.find((l) => l.containerId === id)?.ip;
}

/** Pods whose lease differs from the address the derived network gives them. */
export function mismatched(cluster: ClusterSpec, state: CniState): PodId[] {
  const ips = derivedPodIps(cluster);
  const out: PodId[] = [];
  for (const p of cluster.pods) {
    if (p.hostNetwork) continue;
    const lease = leaseIp(state, p);
    if (lease !== undefined && ips?.get(podIdOf(p)) !== lease) out.push(podIdOf(p));
  }
  return out;
}

/**
 * Writes the leased address as a fixed pod IP where the derived network would give another one
 * (a pod keeps its address when an earlier pod goes, and a new pod takes the address host-local
 * handed out), until the diagram and the plugins agree.
 */
export function pinAddresses(s: Scenario, state: CniState): Scenario {
  let scenario = s;
  for (let i = 0; i <= s.cluster.pods.length; i++) {
    const wrong = new Set<string>(mismatched(scenario.cluster, state));
    if (wrong.size === 0) return scenario;
    const pods = scenario.cluster.pods.map((p) => {
      const ip = leaseIp(state, p);
      return wrong.has(podIdOf(p)) && ip ? { ...p, ip } : p;
    });
    scenario = { ...scenario, cluster: { ...scenario.cluster, pods } };
  }
  return scenario;
}

/** ADD calls whose pod asked for a fixed IP host-local could not give (taken, or the gateway): they are refused, never moved. */
export function refusedFixed(follow: CniFollow): CniCall | undefined {
  return follow.calls.find(
    (c) =>
      c.command === 'ADD' && c.pod.ip !== undefined && leaseIp(c.outcome.state, c.pod) !== c.pod.ip,
  );
}
