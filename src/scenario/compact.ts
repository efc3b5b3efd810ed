/** Drops the values a document may leave out (the schema's defaults), so share links stay short. */
import type { ClusterSpec, ContainerSpec, PodSpec } from '../sim';
import { compactK8s, defined } from './compactK8s';
import { DEFAULTS } from './defaults';
import type { Scenario } from './types';

/** A container without an empty port list. */
function compactContainer(c: ContainerSpec): Record<string, unknown> {
  return defined({ name: c.name, image: c.image, ports: c.ports.length > 0 ? c.ports : undefined });
}

/** A pod without its default namespace, labels and hostNetwork. */
function compactPod(p: PodSpec): Record<string, unknown> {
  return defined({
    name: p.name,
    namespace: p.namespace === DEFAULTS.namespace ? undefined : p.namespace,
    node: p.node,
    labels: Object.keys(p.labels).length > 0 ? p.labels : undefined,
    ip: p.ip,
    hostNetwork: p.hostNetwork ? true : undefined,
    containers: p.containers.map(compactContainer),
  });
}

/** A cluster without its default name, ranges and CNI, and without the defaults of its Kubernetes parts. */
function compactCluster(c: ClusterSpec): Record<string, unknown> {
  return defined({
    name: c.name === DEFAULTS.clusterName ? undefined : c.name,
    clusterCidr: c.clusterCidr === DEFAULTS.clusterCidr ? undefined : c.clusterCidr,
    nodeNetwork: c.nodeNetwork === DEFAULTS.nodeNetwork ? undefined : c.nodeNetwork,
    cni: c.cni === DEFAULTS.cni ? undefined : c.cni,
    nodes: c.nodes,
    pods: c.pods.map(compactPod),
    ...compactK8s(c),
  });
}

/** The scenario with every default left out; parsing it gives the same scenario back. */
export function compactScenario(s: Scenario): Record<string, unknown> {
  return defined({
    version: s.version,
    title: s.title,
    description: s.description === DEFAULTS.description ? undefined : s.description,
    cluster: compactCluster(s.cluster),
    packets: s.packets.length > 0 ? s.packets : undefined,
  });
}
