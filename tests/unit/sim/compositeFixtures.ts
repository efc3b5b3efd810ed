/** A cluster with cluster DNS, a Service, a headless Service and an ingress controller, for the composite traces. */
import type {
  ClusterSpec,
  ContainerSpec,
  Endpoint,
  PodId,
  PodSpec,
  ServiceSpec,
} from '../../../src/sim';

const c = (name: string, ...ports: [number, 'TCP' | 'UDP'][]): ContainerSpec => ({
  name,
  image: `${name}:1`,
  ports: ports.map(([port, protocol]) => ({ port, protocol })),
});

const pod = (
  namespace: string,
  name: string,
  node: string,
  labels: Record<string, string>,
  ...containers: ContainerSpec[]
): PodSpec => ({ name, namespace, node, labels, hostNetwork: false, containers });

const svc = (
  namespace: string,
  name: string,
  selector: Record<string, string>,
  ports: ServiceSpec['ports'],
  extra: Partial<ServiceSpec> = {},
): ServiceSpec => ({
  name,
  namespace,
  type: 'ClusterIP',
  selector,
  ports,
  externalTrafficPolicy: 'Cluster',
  ...extra,
});

/** kube-dns in front of one CoreDNS pod on node1; shop/client on node1, shop/api on node2; default/db headless over two pods. */
export function dnsLab(withDns = true): ClusterSpec {
  const services: ServiceSpec[] = [
    svc(
      'shop',
      'api',
      { app: 'api' },
      [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
      {
        clusterIP: '10.96.12.34',
      },
    ),
    svc('default', 'db', { app: 'db' }, [{ protocol: 'TCP', port: 5432, targetPort: 5432 }], {
      clusterIP: 'None',
    }),
    svc(
      'ingress-nginx',
      'ingress-nginx-controller',
      { app: 'ingress' },
      [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30080 }],
      { type: 'NodePort' },
    ),
  ];
  if (withDns)
    services.unshift(
      svc(
        'kube-system',
        'kube-dns',
        { 'k8s-app': 'kube-dns' },
        [
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
          { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
        ],
        { clusterIP: '10.96.0.10' },
      ),
    );
  return {
    name: 'dns-lab',
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni: 'bridge-hostgw',
    nodes: [{ name: 'node1' }, { name: 'node2' }],
    pods: [
      pod(
        'kube-system',
        'coredns',
        'node1',
        { 'k8s-app': 'kube-dns' },
        c('coredns', [53, 'UDP'], [53, 'TCP']),
      ),
      pod('shop', 'client', 'node1', {}, c('curl')),
      pod('shop', 'api', 'node2', { app: 'api' }, c('api', [8080, 'TCP'])),
      pod('default', 'db-0', 'node1', { app: 'db' }, c('postgres', [5432, 'TCP'])),
      pod('default', 'db-1', 'node2', { app: 'db' }, c('postgres', [5432, 'TCP'])),
      pod('ingress-nginx', 'controller', 'node2', { app: 'ingress' }, c('nginx', [80, 'TCP'])),
    ],
    services,
    ingresses: [
      {
        name: 'shop',
        namespace: 'shop',
        rules: [
          {
            host: 'shop.example.com',
            paths: [
              { path: '/api', pathType: 'Prefix', service: 'api', port: 'http' },
              { path: '/healthz', pathType: 'Exact', service: 'api', port: 80 },
            ],
          },
        ],
      },
    ],
    ingressController: { pod: 'ingress-nginx/controller' as PodId },
  };
}

/** curl in shop/client. */
export const client: Endpoint = {
  kind: 'container',
  pod: 'shop/client' as PodId,
  container: 'curl',
};
