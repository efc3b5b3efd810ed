/** Checks that names are unique and that pods and packets refer to things that exist. */
import type { ClusterSpec, Endpoint, PacketRequest, PodSpec, Target } from '../sim';
import { joinPath, scenarioError, type ScenarioError } from './errors';

/** Checks unique node, pod and container names, and that each pod's node exists. */
export function checkNames(cluster: ClusterSpec): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const nodes = new Set<string>();
  cluster.nodes.forEach((node, i) => {
    if (nodes.has(node.name))
      errors.push(
        scenarioError(`cluster.nodes[${i}].name`, 'scenario.error.duplicateNode', {
          name: node.name,
        }),
      );
    nodes.add(node.name);
  });
  const pods = new Set<string>();
  cluster.pods.forEach((pod, j) => {
    const at = `cluster.pods[${j}]`;
    const id = `${pod.namespace}/${pod.name}`;
    if (pods.has(id))
      errors.push(
        scenarioError(joinPath(at, 'name'), 'scenario.error.duplicatePod', {
          name: pod.name,
          namespace: pod.namespace,
        }),
      );
    pods.add(id);
    if (!nodes.has(pod.node))
      errors.push(
        scenarioError(joinPath(at, 'node'), 'scenario.error.unknownNode', { node: pod.node }),
      );
    const containers = new Set<string>();
    pod.containers.forEach((c, k) => {
      if (containers.has(c.name))
        errors.push(
          scenarioError(`${at}.containers[${k}].name`, 'scenario.error.duplicateContainer', {
            name: c.name,
          }),
        );
      containers.add(c.name);
    });
  });
  return errors;
}

/** Checks that every packet starts and ends at a pod, container or node of the cluster. */
export function checkPackets(
  cluster: ClusterSpec,
  packets: readonly PacketRequest[],
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const pods = new Map<string, PodSpec>(cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const nodes = new Set(cluster.nodes.map((n) => n.name));
  const check = (at: string, end: Endpoint | Target): void => {
    if (end.kind === 'node') {
      if (!nodes.has(end.node))
        errors.push(
          scenarioError(joinPath(at, 'node'), 'scenario.error.unknownNode', { node: end.node }),
        );
      return;
    }
    if (end.kind !== 'pod' && end.kind !== 'container') return;
    const pod = pods.get(end.pod);
    if (!pod) {
      errors.push(
        scenarioError(joinPath(at, 'pod'), 'scenario.error.unknownPod', { pod: end.pod }),
      );
      return;
    }
    if (end.kind === 'container' && !pod.containers.some((c) => c.name === end.container))
      errors.push(
        scenarioError(joinPath(at, 'container'), 'scenario.error.unknownContainer', {
          pod: end.pod,
          container: end.container,
        }),
      );
  };
  packets.forEach((packet, k) => {
    const at = `packets[${k}]`;
    check(joinPath(at, 'from'), packet.from);
    check(joinPath(at, 'to'), packet.to);
    if ((packet.protocol === 'TCP' || packet.protocol === 'UDP') && packet.port === undefined)
      errors.push(scenarioError(joinPath(at, 'port'), 'scenario.error.portRequired'));
  });
  return errors;
}
