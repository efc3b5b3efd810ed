/** The simulation's public surface: cluster and trace types, address math, network derivation and tracing. */
export type * from './types';
export type * from './networkTypes';
export type * from './traceTypes';
export * from './ipv4';
export { buildNetwork } from './topology';
export { planNodeAddresses, type NodeAddressPlan } from './addressing';
export * from './lookup';
export { deviceIdOf, nodeNetnsId, podIdOf, podNetnsId } from './ids';
export { hostVethName, podMtu } from './podNamespace';
export { KUBELET_PORT } from './sockets';
export { VXLAN_MTU, VXLAN_PORT, VXLAN_VNI } from './nodeNamespace';
export { simulate } from './tracer';
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
