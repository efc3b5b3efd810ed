/** The scenario a first-time visitor sees: two nodes, a pod with a sidecar, and pods to talk to. */
import type { PodId } from '../sim';
import { SCENARIO_VERSION, type Scenario } from './types';

/** The starting scenario. */
export const defaultScenario: Scenario = {
  version: SCENARIO_VERSION,
  title: 'Two nodes',
  description:
    'Two nodes with host routing: a web pod with a log sidecar, and an API pod on the other node.',
  cluster: {
    name: 'lab',
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni: 'bridge-hostgw',
    nodes: [{ name: 'node1' }, { name: 'node2' }],
    pods: [
      {
        name: 'web',
        namespace: 'default',
        node: 'node1',
        labels: { app: 'web' },
        hostNetwork: false,
        containers: [
          { name: 'nginx', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP' }] },
          { name: 'log-shipper', image: 'fluent-bit:3', ports: [{ port: 2020, protocol: 'TCP' }] },
        ],
      },
      {
        name: 'cache',
        namespace: 'default',
        node: 'node1',
        labels: { app: 'cache' },
        hostNetwork: false,
        containers: [{ name: 'redis', image: 'redis:7', ports: [{ port: 6379, protocol: 'TCP' }] }],
      },
      {
        name: 'api',
        namespace: 'default',
        node: 'node2',
        labels: { app: 'api' },
        hostNetwork: false,
        containers: [
          { name: 'api', image: 'example/api:1', ports: [{ port: 8080, protocol: 'TCP' }] },
        ],
      },
    ],
  },
  packets: [
    {
      from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
      to: { kind: 'pod', pod: 'default/api' as PodId },
      protocol: 'TCP',
      port: 8080,
    },
  ],
};
