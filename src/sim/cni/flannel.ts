/** The flannel CNI plugin: reads its node's subnet.env and writes the delegated bridge + host-local configuration. */
import type { NodeAddresses } from '../model/addressing';
import { formatIpv4, maskOf, parseIpv4 } from '../model/ipv4';
import { podMtu } from '../model/podNamespace';
import type { ClusterSpec } from '../model/types';

/** The network name of kube-flannel's CNI configuration (10-flannel.conflist). */
export const FLANNEL_NETWORK_NAME = 'cbr0';
/** The spec version the runtime asks for; flannel copies it into the delegated configuration. */
export const CNI_VERSION = '1.0.0';

/** What flanneld writes to /run/flannel/subnet.env on each node. */
export interface SubnetEnv {
  /** FLANNEL_NETWORK: the cluster CIDR. */
  readonly network: string;
  /** FLANNEL_SUBNET: the node's range written with cni0's address, e.g. 10.244.1.1/24. */
  readonly subnet: string;
  /** FLANNEL_MTU: the pod MTU (1450 behind VXLAN, the NIC's 1500 behind host-gw). */
  readonly mtu: number;
  /** FLANNEL_IPMASQ: flanneld masquerades itself, so the bridge plugin must not. */
  readonly ipMasq: boolean;
}

/** The subnet.env flanneld writes for a node. */
export function subnetEnvOf(cluster: ClusterSpec, node: NodeAddresses): SubnetEnv {
  return {
    network: cluster.clusterCidr,
    subnet: `${node.bridgeIp}/${node.podPrefix}`,
    mtu: podMtu(cluster.cni),
    ipMasq: true,
  };
}

/** subnet.env as the file reads. */
export function subnetEnvText(env: SubnetEnv): string {
  return [
    `FLANNEL_NETWORK=${env.network}`,
    `FLANNEL_SUBNET=${env.subnet}`,
    `FLANNEL_MTU=${env.mtu}`,
    `FLANNEL_IPMASQ=${String(env.ipMasq)}`,
    '',
  ].join('\n');
}

/** The flannel plugin's own configuration, as kube-flannel installs it (the runtime passes it on stdin). */
export function flannelConfig(): Record<string, unknown> {
  return {
    cniVersion: CNI_VERSION,
    name: FLANNEL_NETWORK_NAME,
    type: 'flannel',
    delegate: { hairpinMode: true, isDefaultGateway: true },
  };
}

/** The delegated bridge configuration's IPAM section: host-local over the node's range, a route to the cluster. */
export interface DelegatedIpam {
  /** Always host-local. */
  readonly type: 'host-local';
  /** One range set holding the node's subnet (network address, not cni0's). */
  readonly ranges: readonly (readonly { readonly subnet: string }[])[];
  /** A route to the whole cluster CIDR, gateway left to the plugin. */
  readonly routes: readonly { readonly dst: string }[];
}

/** The bridge plugin configuration flannel writes and saves for DEL (keys sorted, as Go marshals a map). */
export interface DelegatedConfig {
  /** Copied from flannel's configuration. */
  readonly cniVersion: string;
  /** From the delegate section: the host veth end reflects frames back (a pod reaching its own Service). */
  readonly hairpinMode: boolean;
  /** IPAM, built from subnet.env. */
  readonly ipam: DelegatedIpam;
  /** From the delegate section: the pod gets a default route via cni0. */
  readonly isDefaultGateway: boolean;
  /** Added for the bridge type: cni0 gets the gateway address. */
  readonly isGateway: boolean;
  /** The inverse of FLANNEL_IPMASQ. */
  readonly ipMasq: boolean;
  /** FLANNEL_MTU. */
  readonly mtu: number;
  /** The network name. */
  readonly name: string;
  /** The delegate plugin: bridge. */
  readonly type: 'bridge';
}

/** The delegated configuration flannel derives from its subnet.env (the bridge's name is left at cni0). */
export function delegatedConfig(env: SubnetEnv): DelegatedConfig {
  const [ip = '', prefix = ''] = env.subnet.split('/');
  return {
    cniVersion: CNI_VERSION,
    hairpinMode: true,
    ipam: {
      type: 'host-local',
      ranges: [[{ subnet: networkOf(ip, Number(prefix)) }]],
      routes: [{ dst: env.network }],
    },
    isDefaultGateway: true,
    isGateway: true,
    ipMasq: !env.ipMasq,
    mtu: env.mtu,
    name: FLANNEL_NETWORK_NAME,
    type: 'bridge',
  };
}

function networkOf(ip: string, prefix: number): string {
  const base = ((parseIpv4(ip) ?? 0) & maskOf(prefix)) >>> 0;
  return `${formatIpv4(base)}/${prefix}`;
}
