/** Checks that names are unique and that pods and packets refer to things that exist. */
import type { ClusterSpec, Endpoint, PacketRequest, PodSpec, ServiceSpec, Target } from '../sim';
import { serviceSelects } from './checkServices';
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

/** Checks a packet's Service parts: the Service exists (a NodePort one for a nodeport target), a pinned endpoint is one of its pods, HTTP rides on TCP. */
function checkServiceParts(
  packet: PacketRequest,
  at: string,
  services: ReadonlyMap<string, ServiceSpec>,
  pods: ReadonlyMap<string, PodSpec>,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const to = packet.to;
  let service: ServiceSpec | undefined;
  if (to.kind === 'service' || to.kind === 'nodeport') {
    service = services.get(to.service);
    const sat = joinPath(joinPath(at, 'to'), 'service');
    if (!service)
      errors.push(scenarioError(sat, 'scenario.error.unknownService', { service: to.service }));
    else if (to.kind === 'nodeport' && service.type !== 'NodePort')
      errors.push(scenarioError(sat, 'scenario.error.notNodePort', { service: to.service }));
  }
  const pinned = packet.endpoint;
  if (pinned !== undefined) {
    const eat = joinPath(at, 'endpoint');
    const pod = pods.get(pinned);
    if (to.kind !== 'service' && to.kind !== 'nodeport' && to.kind !== 'name')
      errors.push(scenarioError(eat, 'scenario.error.endpointNeedsService'));
    else if (!pod) errors.push(scenarioError(eat, 'scenario.error.unknownPod', { pod: pinned }));
    else if (service && !serviceSelects(service, pod))
      errors.push(
        scenarioError(eat, 'scenario.error.endpointNotSelected', {
          pod: pinned,
          service: `${service.namespace}/${service.name}`,
        }),
      );
  }
  if (packet.http && packet.protocol !== 'TCP')
    errors.push(scenarioError(joinPath(at, 'http'), 'scenario.error.httpNeedsTcp'));
  return errors;
}

/** Checks that every packet starts and ends at a pod, container, node or Service of the cluster. */
export function checkPackets(
  cluster: ClusterSpec,
  packets: readonly PacketRequest[],
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const pods = new Map<string, PodSpec>(cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const nodes = new Set(cluster.nodes.map((n) => n.name));
  const services = new Map((cluster.services ?? []).map((s) => [`${s.namespace}/${s.name}`, s]));
  const check = (at: string, end: Endpoint | Target): void => {
    if (end.kind === 'node' || end.kind === 'nodeport') {
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
    errors.push(...checkServiceParts(packet, at, services, pods));
  });
  return errors;
}
