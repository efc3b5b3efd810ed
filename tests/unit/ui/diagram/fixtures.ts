/** Clusters for diagram tests: the default scenario, a VXLAN variant with hostNetwork, and a big generated one. */
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import type { ClusterSpec, PodSpec } from '../../../../src/sim';

/** The default scenario's cluster. */
export const twoNodes: ClusterSpec = defaultScenario.cluster;

/** The default cluster over VXLAN, with a hostNetwork pod on node2. */
export const vxlanWithHostPod: ClusterSpec = {
  ...twoNodes,
  cni: 'vxlan',
  pods: [
    ...twoNodes.pods,
    {
      name: 'agent',
      namespace: 'kube-system',
      node: 'node2',
      labels: {},
      hostNetwork: true,
      containers: [{ name: 'agent', image: 'agent:1', ports: [{ port: 9100, protocol: 'TCP' }] }],
    },
  ],
};

/** A generated cluster of `nodes` nodes and `pods` single-container pods spread round-robin. */
export function bigCluster(nodes: number, pods: number): ClusterSpec {
  const podSpecs: PodSpec[] = Array.from({ length: pods }, (_, i) => ({
    name: `p${i}`,
    namespace: 'default',
    node: `n${i % nodes}`,
    labels: {},
    hostNetwork: false,
    containers: [{ name: 'app', image: 'app:1', ports: [{ port: 8080, protocol: 'TCP' }] }],
  }));
  return {
    name: 'big',
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.0.0/16',
    cni: 'vxlan',
    nodes: Array.from({ length: nodes }, (_, i) => ({ name: `n${i}` })),
    pods: podSpecs,
  };
}
