/** The simulation's public surface: cluster and trace types, address math, network derivation and tracing. */
export type * from './model/types';
export type * from './model/k8sTypes';
export type * from './model/networkTypes';
export type * from './trace/traceTypes';
export * from './model/ipv4';
export { buildNetwork } from './model/topology';
export { planNodeAddresses, type NodeAddressPlan } from './model/addressing';
export * from './model/lookup';
export { deviceIdOf, nodeNetnsId, podIdOf, podNetnsId } from './model/ids';
export { hostVethName, podMtu } from './model/podNamespace';
export { KUBELET_PORT } from './model/sockets';
export { VXLAN_MTU, VXLAN_PORT, VXLAN_VNI } from './model/nodeNamespace';
export { simulate } from './trace/tracer';
export type * from './cni/types';
export {
  createAllPods,
  createPod,
  deletePod,
  emptyCniState,
  EMPTY_NODE_STATE,
  type CniOutcome,
} from './cni/createPod';
export { leaseFiles, hostLocalRange, type HostLocalRange } from './cni/hostLocal';
export {
  delegatedConfig,
  flannelConfig,
  subnetEnvOf,
  subnetEnvText,
  type DelegatedConfig,
  type SubnetEnv,
} from './cni/flannel';
export { containerIdOf, netnsPathOf, CNI_PATH } from './cni/runtime';
export {
  decideFlow,
  decidePolicy,
  defaultPolicyTypes,
  isolatingPolicies,
  namespaceLabels,
  selectorMatches,
  type PolicyFlow,
  type PolicyPeer,
} from './netfilter/policy';
export {
  reachability,
  type ReachabilityMatrix,
  type ReachCell,
  type ReachColumn,
} from './netfilter/reachability';
export { allocateServices, type ServiceAddresses } from './netfilter/serviceAddressing';
export { traceExchange, type ExchangeOptions, type ExchangeResult } from './trace/tracer';
export {
  neighbourRowsOf,
  warmNeighbours,
  type LearnedState,
  type NeighbourCacheMode,
  type NeighbourEntry,
} from './link/neighbours';
export { iptablesSave, iptablesRestore, conntrackList } from './netfilter/iptablesSave';
export {
  servicePorts,
  type ServicePortInfo,
  type ServiceEndpoint,
} from './netfilter/endpointSlices';
export { serviceKey, DEFAULT_SERVICE_CIDR } from './netfilter/serviceAddressing';
export { CLIENT_NETNS, GATEWAY_NETNS, INTERNET_NETNS } from './model/outside';
