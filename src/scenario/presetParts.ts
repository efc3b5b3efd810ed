/** Small builders the presets are written with, so each preset reads as the cluster it draws. */
import type {
  ContainerSpec,
  NodeSpec,
  PacketRequest,
  PodId,
  PodSpec,
  RequestProtocol,
} from '../sim';
import { DEFAULTS } from './defaults';
import { SCENARIO_VERSION, type Scenario } from './types';

/** A container listening on TCP ports. */
export function ctr(name: string, image: string, ...tcpPorts: number[]): ContainerSpec {
  return { name, image, ports: tcpPorts.map((port) => ({ port, protocol: 'TCP' as const })) };
}

/** A pod in the default namespace, labelled app=<name>. */
export function pod(
  name: string,
  node: string,
  containers: readonly ContainerSpec[],
  hostNetwork = false,
): PodSpec {
  return {
    name,
    namespace: DEFAULTS.namespace,
    node,
    labels: { app: name },
    hostNetwork,
    containers,
  };
}

/** A pod id in the default namespace. */
export function podId(name: string): PodId {
  return `${DEFAULTS.namespace}/${name}` as PodId;
}

/** A request from a container, to a target, with a protocol and (for TCP/UDP) a port. */
export function send(
  from: PacketRequest['from'],
  to: PacketRequest['to'],
  protocol: RequestProtocol,
  port?: number,
): PacketRequest {
  return port === undefined ? { from, to, protocol } : { from, to, protocol, port };
}

/** A ping of a given total IP size in bytes, sent with DF (`ping -M do -s <size − 28>`). */
export function ping(
  from: PacketRequest['from'],
  to: PacketRequest['to'],
  size: number,
): PacketRequest {
  return { from, to, protocol: 'ICMP', size };
}

/** The sending end "a container of a pod". */
export function fromCtr(podName: string, container: string): PacketRequest['from'] {
  return { kind: 'container', pod: podId(podName), container };
}

/** A complete scenario with the default ranges. */
export function scenario(
  title: string,
  description: string,
  nodes: readonly NodeSpec[],
  pods: readonly PodSpec[],
  packets: readonly PacketRequest[],
  cni: 'bridge-hostgw' | 'vxlan' = 'bridge-hostgw',
): Scenario {
  return {
    version: SCENARIO_VERSION,
    title,
    description,
    cluster: {
      name: DEFAULTS.clusterName,
      clusterCidr: DEFAULTS.clusterCidr,
      nodeNetwork: DEFAULTS.nodeNetwork,
      cni,
      nodes,
      pods,
    },
    packets,
  };
}

/** One node. */
export const ONE_NODE: readonly NodeSpec[] = [{ name: 'node1' }];
/** Two nodes. */
export const TWO_NODES: readonly NodeSpec[] = [{ name: 'node1' }, { name: 'node2' }];
