/** Pod creation and deletion as traces (C11): the runtime's sandbox, flannel's delegation, the bridge plugin and host-local. */
import { allocate as allocateAddresses, type NodeAddresses } from '../model/addressing';
import { nodeNetnsId, podIdOf, podNetnsId } from '../model/ids';
import type { ClusterSpec, NetnsId, PodSpec } from '../model/types';
import { bridgeAdd, bridgeDel, type BridgeCall } from './bridgePlugin';
import { delegatedConfig, flannelConfig, subnetEnvOf, subnetEnvText } from './flannel';
import { cniEnvOf, containerIdOf, netnsPathOf } from './runtime';
import type { CniError, CniResult, CniState, CniStep, NodeCniState } from './types';

/** What creating or deleting a pod did. */
export interface CniOutcome {
  /** Every step, runtime and plugins, in order. */
  readonly trace: readonly CniStep[];
  /** The CNI state of every node afterwards. */
  readonly state: CniState;
  /** ADD only: the result JSON the runtime received. */
  readonly result?: CniResult;
  /** The error the runtime received, when the call failed (a full pod CIDR, an unknown node, a hostNetwork pod). */
  readonly error?: CniError;
}

/** A node before its first pod: no cni0, no leases. */
export const EMPTY_NODE_STATE: NodeCniState = { bridge: false, ports: [], leases: [] };

/** The CNI state of a cluster before any pod was created: every node empty. */
export function emptyCniState(cluster: ClusterSpec): CniState {
  return Object.fromEntries(cluster.nodes.map((n) => [n.name, EMPTY_NODE_STATE]));
}

function nodeOf(cluster: ClusterSpec, name: string): NodeAddresses | undefined {
  const shell: ClusterSpec = { ...cluster, pods: [] };
  try {
    return allocateAddresses(shell).nodes.get(name);
  } catch {
    // an invalid node network, cluster CIDR or pod CIDR: there is no subnet.env to delegate from
    return undefined;
  }
}

function call(spec: PodSpec, node: NodeAddresses): BridgeCall {
  const pod = podIdOf(spec);
  return {
    pod,
    containerId: containerIdOf(pod),
    netnsPath: netnsPathOf(pod),
    podNetns: podNetnsId(pod),
    nodeNetns: nodeNetnsId(spec.node),
    node,
    nodeName: spec.node,
  };
}

function refuse(state: CniState, netns: NetnsId, msg: string): CniOutcome {
  const error = { code: 999, msg };
  const step: CniStep = { kind: 'result', actor: 'runtime', netns, text: JSON.stringify(error) };
  return { trace: [step], state, error };
}

/**
 * Creates a pod's network as the runtime and the plugins do: sandbox and namespace, flannel's
 * delegation, then the bridge plugin with host-local IPAM. Pure: the same inputs give the same trace.
 */
export function createPod(cluster: ClusterSpec, state: CniState, spec: PodSpec): CniOutcome {
  const pod = podIdOf(spec);
  const nodeNetns = nodeNetnsId(spec.node);
  const node = Object.hasOwn(state, spec.node) ? nodeOf(cluster, spec.node) : undefined;
  if (!node) return refuse(state, nodeNetns, `pod ${pod} is on unknown node ${spec.node}`);
  if (spec.hostNetwork)
    return refuse(state, nodeNetns, `pod ${pod} uses the host network: no CNI call`);
  const nodeState = state[spec.node] ?? EMPTY_NODE_STATE;
  const c = call(spec, node);
  if (nodeState.leases.some((l) => l.containerId === c.containerId))
    return refuse(state, nodeNetns, `pod ${pod} already has a sandbox on ${spec.node}`);
  const env = subnetEnvOf(cluster, node);
  const conf = delegatedConfig(env);
  const head: CniStep[] = [
    { kind: 'create-sandbox', actor: 'runtime', netns: c.podNetns, text: c.containerId },
    { kind: 'create-netns', actor: 'runtime', netns: c.podNetns, text: c.netnsPath },
    {
      kind: 'exec-plugin',
      actor: 'runtime',
      netns: nodeNetns,
      env: cniEnvOf(pod, 'ADD'),
      text: JSON.stringify(flannelConfig()),
    },
    { kind: 'read-subnet-env', actor: 'flannel', netns: nodeNetns, text: subnetEnvText(env) },
    { kind: 'delegate', actor: 'flannel', netns: nodeNetns, text: JSON.stringify(conf) },
  ];
  const added = bridgeAdd(conf, c, nodeState);
  const next: CniState = { ...state, [spec.node]: added.state };
  return {
    trace: [...head, ...added.steps],
    state: next,
    ...(added.result ? { result: added.result } : {}),
    ...(added.error ? { error: added.error } : {}),
  };
}

/** Deletes a pod's network (DEL): flannel loads its saved configuration, eth0 goes, host-local frees the address. */
export function deletePod(cluster: ClusterSpec, state: CniState, spec: PodSpec): CniOutcome {
  const pod = podIdOf(spec);
  const nodeNetns = nodeNetnsId(spec.node);
  const node = Object.hasOwn(state, spec.node) ? nodeOf(cluster, spec.node) : undefined;
  if (!node) return refuse(state, nodeNetns, `pod ${pod} is on unknown node ${spec.node}`);
  const nodeState = state[spec.node] ?? EMPTY_NODE_STATE;
  const c = call(spec, node);
  const head: CniStep = {
    kind: 'exec-plugin',
    actor: 'runtime',
    netns: nodeNetns,
    env: cniEnvOf(pod, 'DEL'),
    text: JSON.stringify(flannelConfig()),
  };
  const known =
    nodeState.ports.includes(pod) || nodeState.leases.some((l) => l.containerId === c.containerId);
  // flannel finds no saved configuration for a sandbox it never set up, and succeeds doing nothing
  if (!known || spec.hostNetwork) return { trace: [head], state };
  const conf = JSON.stringify(delegatedConfig(subnetEnvOf(cluster, node)));
  const del = bridgeDel(c, nodeState);
  const trace: CniStep[] = [
    head,
    { kind: 'load-saved-config', actor: 'flannel', netns: nodeNetns, text: conf },
    ...del.steps,
    { kind: 'remove-sandbox', actor: 'runtime', netns: c.podNetns, text: c.containerId },
  ];
  return { trace, state: { ...state, [spec.node]: del.state } };
}

/** Creates every non-hostNetwork pod of a cluster in scenario order, from empty nodes: the state the derived network assumes. */
export function createAllPods(cluster: ClusterSpec): {
  readonly state: CniState;
  readonly outcomes: readonly CniOutcome[];
} {
  let state = emptyCniState(cluster);
  const outcomes: CniOutcome[] = [];
  for (const p of cluster.pods) {
    if (p.hostNetwork) continue;
    const o = createPod(cluster, state, p);
    outcomes.push(o);
    state = o.state;
  }
  return { state, outcomes };
}
