/** The scenario format's defaults, apart from the schema so presets and the default scenario need no validator. */
import { formatIpv4, maskOf, parseIpv4, type NetworkPolicyRule, type OutsideSpec } from '../sim';

/** The defaults filled in when a document leaves a field out. */
export const DEFAULTS = {
  clusterName: 'lab',
  clusterCidr: '10.244.0.0/16',
  nodeNetwork: '192.168.10.0/24',
  cni: 'bridge-hostgw',
  namespace: 'default',
  description: '',
} as const;

/** The defaults of version 2's Kubernetes parts: the service range, the outside world, the kernel switches. */
export const K8S_DEFAULTS = {
  /** kubeadm's default --service-cluster-ip-range; kube-dns is its 10th address, 10.96.0.10. */
  serviceCidr: '10.96.0.0/12',
  /** On the default node network: the client (.100) and the gateway (.1); see outsideDefaults for others. An internet host from TEST-NET-3. */
  outside: {
    clientIp: '192.168.10.100',
    gatewayIp: '192.168.10.1',
    internetHostIp: '203.0.113.10',
  },
  /** Both on, as Kubernetes requires and flannel's bridge configuration sets. */
  netfilter: { bridgeNfCallIptables: true, hairpinMode: true },
} as const;

/** The policyTypes the API server fills in when none are given: Ingress, and Egress when there are egress rules. */
export function defaultPolicyTypes(egress: readonly NetworkPolicyRule[]): ('Ingress' | 'Egress')[] {
  return egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** The outside world's defaults on a node network, as the simulation derives them: the client at host .100, the gateway at .1. */
export function outsideDefaults(nodeNetwork: string): OutsideSpec {
  const [address = '', prefix = '32'] = nodeNetwork.split('/');
  const base = ((parseIpv4(address) ?? 0) & maskOf(Number(prefix))) >>> 0;
  return {
    clientIp: formatIpv4(base + 100),
    gatewayIp: formatIpv4(base + 1),
    internetHostIp: K8S_DEFAULTS.outside.internetHostIp,
  };
}
