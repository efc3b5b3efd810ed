/** Builders for the presets about Services, DNS, Ingress and policies: pods with labels, Services, CoreDNS. */
import type {
  ClusterSpec,
  ContainerSpec,
  LabelSelector,
  PacketRequest,
  PodId,
  PodSpec,
  PortSpec,
  ServicePortSpec,
  ServiceSpec,
} from '../sim';
import { K8S_DEFAULTS } from './defaults';
import type { Scenario } from './types';

type Extras = Omit<ClusterSpec, 'name' | 'clusterCidr' | 'nodeNetwork' | 'cni' | 'nodes' | 'pods'>;

/** A scenario with Kubernetes objects added to its cluster. */
export function withK8s(s: Scenario, extras: Extras): Scenario {
  return { ...s, cluster: { ...s.cluster, ...extras } };
}

/** A pod in a namespace with the given labels. */
export function nsPod(
  namespace: string,
  name: string,
  node: string,
  labels: Readonly<Record<string, string>>,
  containers: readonly ContainerSpec[],
): PodSpec {
  return { name, namespace, node, labels, hostNetwork: false, containers };
}

/** A container with named ports. */
export function named(name: string, image: string, ...ports: PortSpec[]): ContainerSpec {
  return { name, image, ports };
}

/** A TCP containerPort with a name. */
export const tcpPort = (port: number, name: string): PortSpec => ({ port, protocol: 'TCP', name });

/** A Service port: TCP unless said, targetPort by number or name. */
export function svcPort(
  port: number,
  targetPort: number | string,
  more: { name?: string; protocol?: 'TCP' | 'UDP'; nodePort?: number } = {},
): ServicePortSpec {
  return { protocol: 'TCP', ...more, port, targetPort };
}

/** A Service, ClusterIP and Cluster policy unless said. */
export function service(
  namespace: string,
  name: string,
  selector: Readonly<Record<string, string>>,
  ports: readonly ServicePortSpec[],
  more: Partial<Pick<ServiceSpec, 'type' | 'clusterIP' | 'externalTrafficPolicy'>> = {},
): ServiceSpec {
  return {
    name,
    namespace,
    type: 'ClusterIP',
    selector,
    ports,
    externalTrafficPolicy: 'Cluster',
    ...more,
  };
}

/** A label selector on labels only. */
export const selector = (matchLabels: Readonly<Record<string, string>> = {}): LabelSelector => ({
  matchLabels,
  matchExpressions: [],
});

/** The sending end "a container of a pod in a namespace". */
export function fromNs(namespace: string, pod: string, container: string): PacketRequest['from'] {
  return { kind: 'container', pod: `${namespace}/${pod}` as PodId, container };
}

/** The kernel switches as Kubernetes and flannel set them, written out so the editor shows them. */
export const NETFILTER_ON = { ...K8S_DEFAULTS.netfilter };

/** A CoreDNS pod of kube-system, as kubeadm deploys it (k8s-app=kube-dns). */
export function corednsPod(name: string, node: string): PodSpec {
  return nsPod('kube-system', name, node, { 'k8s-app': 'kube-dns' }, [
    named(
      'coredns',
      'registry.k8s.io/coredns/coredns:v1.11.3',
      { port: 53, protocol: 'UDP', name: 'dns' },
      { port: 53, protocol: 'TCP', name: 'dns-tcp' },
      tcpPort(9153, 'metrics'),
    ),
  ]);
}

/** The kube-dns Service at the service range's tenth address, which every pod's resolv.conf names. */
export const KUBE_DNS: ServiceSpec = service(
  'kube-system',
  'kube-dns',
  { 'k8s-app': 'kube-dns' },
  [
    svcPort(53, 53, { name: 'dns', protocol: 'UDP' }),
    svcPort(53, 53, { name: 'dns-tcp' }),
    svcPort(9153, 9153, { name: 'metrics' }),
  ],
  { clusterIP: '10.96.0.10' },
);
