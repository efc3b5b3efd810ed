/** Clusters with Services for the Services tests, written out: two nodes, a client pod, endpoints near and far. */
import type {
  ClusterSpec,
  CniMode,
  ContainerSpec,
  NodeNetfilterSettings,
  PodSpec,
  ServiceSpec,
} from '../../../src/sim';

const app = (name: string, port?: number, portName?: string): ContainerSpec => ({
  name,
  image: `${name}:1`,
  ports:
    port === undefined ? [] : [{ port, protocol: 'TCP', ...(portName ? { name: portName } : {}) }],
});

const pod = (
  name: string,
  node: string,
  labels: Record<string, string>,
  containers: ContainerSpec[],
): PodSpec => ({ name, namespace: 'default', node, labels, hostNetwork: false, containers });

const svc = (
  name: string,
  selector: Record<string, string>,
  extra: Partial<ServiceSpec> = {},
): ServiceSpec => ({
  name,
  namespace: 'default',
  type: 'ClusterIP',
  selector,
  ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' }],
  externalTrafficPolicy: 'Cluster',
  ...extra,
});

/**
 * node1 (192.168.10.11, pods 10.244.1.0/24): client 10.244.1.2, web-a 10.244.1.3 (app=web, :8080
 * "http"); node2 (192.168.10.12): api 10.244.2.2 (app=api, :8080 "http"), web-b 10.244.2.3 (app=web).
 * Services: api (10.96.0.50:80 → api), web (10.96.0.60:80 → web-a, web-b), lone (10.96.0.70:80 →
 * web-a only), empty (10.96.0.80:80, no pod matches), and the NodePorts api-np (30080, Cluster) and
 * api-local (30081, Local).
 */
export function shop(
  cni: CniMode = 'bridge-hostgw',
  netfilter?: NodeNetfilterSettings,
): ClusterSpec {
  return {
    name: 'shop',
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni,
    nodes: [{ name: 'node1' }, { name: 'node2' }],
    pods: [
      pod('client', 'node1', { app: 'client' }, [app('curl')]),
      pod('web-a', 'node1', { app: 'web', tier: 'lone' }, [app('nginx', 8080, 'http')]),
      pod('api', 'node2', { app: 'api' }, [app('api', 8080, 'http')]),
      pod('web-b', 'node2', { app: 'web' }, [app('nginx', 8080, 'http')]),
    ],
    services: [
      svc('api', { app: 'api' }, { clusterIP: '10.96.0.50' }),
      svc('web', { app: 'web' }, { clusterIP: '10.96.0.60' }),
      svc('lone', { tier: 'lone' }, { clusterIP: '10.96.0.70' }),
      svc('empty', { app: 'nothing' }, { clusterIP: '10.96.0.80' }),
      svc(
        'api-np',
        { app: 'api' },
        {
          clusterIP: '10.96.0.90',
          type: 'NodePort',
          ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
        },
      ),
      svc(
        'api-local',
        { app: 'api' },
        {
          clusterIP: '10.96.0.91',
          type: 'NodePort',
          externalTrafficPolicy: 'Local',
          ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30081 }],
        },
      ),
    ],
    ...(netfilter ? { netfilter } : {}),
  };
}
