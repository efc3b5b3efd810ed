/** The presets at the cluster's edge: NodePort (Cluster and Local), egress to the internet, Ingress, and a default-deny NetworkPolicy (C12). */
import type { PodId } from '../sim';
import { preset, type Preset } from './presetBuilder';
import { ctr, scenario, send, TWO_NODES } from './presetParts';
import {
  fromNs,
  named,
  nsPod,
  selector,
  service,
  svcPort,
  tcpPort,
  withK8s,
} from './presetK8sParts';

const EXTERNAL = { kind: 'external' } as const;
const web = (node: string, namespace = 'default') =>
  nsPod(namespace, 'web', node, { app: 'web' }, [
    named('nginx', 'nginx:1.27', tcpPort(80, 'http')),
  ]);
const nodePortTo = (node: string, svc: string) =>
  ({ kind: 'nodeport', node, service: svc }) as const;

/** A NodePort preset: the web pod on node2 behind port 30080 with the given traffic policy. */
function nodePortScenario(t: string, d: string, policy: 'Cluster' | 'Local', first: string) {
  const second = first === 'node1' ? 'node2' : 'node1';
  return withK8s(
    scenario(
      t,
      d,
      TWO_NODES,
      [web('node2')],
      [
        send(EXTERNAL, nodePortTo(first, 'default/web'), 'TCP', 30080),
        send(EXTERNAL, nodePortTo(second, 'default/web'), 'TCP', 30080),
      ],
    ),
    {
      services: [
        service('default', 'web', { app: 'web' }, [svcPort(80, 80, { nodePort: 30080 })], {
          type: 'NodePort',
          clusterIP: '10.96.0.30',
          externalTrafficPolicy: policy,
        }),
      ],
    },
  );
}

/** The ingress-nginx controller pod, as its chart labels it. */
const controller = nsPod(
  'ingress-nginx',
  'ingress-nginx-controller',
  'node1',
  { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
  [
    named(
      'controller',
      'registry.k8s.io/ingress-nginx/controller:v1.11.3',
      tcpPort(80, 'http'),
      tcpPort(443, 'https'),
    ),
  ],
);

/** The presets at the edge, in gallery order. */
export const EDGE_PRESETS: readonly Preset[] = [
  // To node1 (no endpoint): DNAT, then masquerade to node1's address on the way to node2.
  preset('nodeport-cluster', ['C12'], (t, d) => nodePortScenario(t, d, 'Cluster', 'node1')),
  // To node2 (the endpoint's node): the client's address is kept; node1 has no endpoint and drops.
  preset('nodeport-local', ['C12'], (t, d) => nodePortScenario(t, d, 'Local', 'node2')),
  // Masquerade to the node's address; then an address in the cluster range that no node owns.
  preset('egress-internet', ['C12'], (t, d) => {
    const from = fromNs('default', 'client', 'curl');
    return scenario(
      t,
      d,
      TWO_NODES,
      [
        nsPod('default', 'client', 'node1', { app: 'client' }, [
          ctr('curl', 'curlimages/curl:8.11'),
        ]),
      ],
      [
        send(from, { kind: 'internet' }, 'TCP', 443),
        send(from, { kind: 'ip', ip: '10.244.9.5' }, 'TCP', 80),
      ],
    );
  }),
  // Two connections: client → controller (through its NodePort), controller → backend Service.
  preset('ingress-two-paths', ['C12'], (t, d) => {
    const viaNodePort = nodePortTo('node1', 'ingress-nginx/ingress-nginx-controller');
    const get = (path: string) => ({
      ...send(EXTERNAL, viaNodePort, 'TCP', 30080),
      http: { host: 'shop.example.com', path },
    });
    const api = nsPod('shop', 'api', 'node2', { app: 'api' }, [
      named('api', 'example/api:1', tcpPort(8080, 'http')),
    ]);
    return withK8s(
      scenario(
        t,
        d,
        TWO_NODES,
        [controller, web('node1', 'shop'), api],
        [get('/api/orders'), get('/')],
      ),
      {
        services: [
          service(
            'ingress-nginx',
            'ingress-nginx-controller',
            {
              'app.kubernetes.io/name': 'ingress-nginx',
              'app.kubernetes.io/component': 'controller',
            },
            [
              svcPort(80, 'http', { name: 'http', nodePort: 30080 }),
              svcPort(443, 'https', { name: 'https', nodePort: 30443 }),
            ],
            { type: 'NodePort', clusterIP: '10.96.0.30' },
          ),
          service('shop', 'web', { app: 'web' }, [svcPort(80, 80)]),
          service('shop', 'api', { app: 'api' }, [svcPort(80, 8080)]),
        ],
        ingresses: [
          {
            name: 'shop',
            namespace: 'shop',
            rules: [
              {
                host: 'shop.example.com',
                paths: [
                  { path: '/api', pathType: 'Prefix', service: 'api', port: 80 },
                  { path: '/', pathType: 'Prefix', service: 'web', port: 80 },
                ],
              },
            ],
          },
        ],
        ingressController: { pod: 'ingress-nginx/ingress-nginx-controller' as PodId },
      },
    );
  }),
  // Every pod of shop isolated for ingress; only app=web may reach api on 8080.
  preset('policy-default-deny', ['C12'], (t, d) => {
    const api = nsPod('shop', 'api', 'node2', { app: 'api' }, [
      named('api', 'example/api:1', tcpPort(8080, 'http')),
    ]);
    const client = nsPod('shop', 'client', 'node1', { app: 'client' }, [
      ctr('curl', 'curlimages/curl:8.11'),
    ]);
    const toApi = { kind: 'pod', pod: 'shop/api' as PodId } as const;
    return withK8s(
      scenario(
        t,
        d,
        TWO_NODES,
        [web('node1', 'shop'), client, api],
        [
          send(fromNs('shop', 'web', 'nginx'), toApi, 'TCP', 8080),
          send(fromNs('shop', 'client', 'curl'), toApi, 'TCP', 8080),
        ],
      ),
      {
        networkPolicies: [
          {
            name: 'default-deny-ingress',
            namespace: 'shop',
            podSelector: selector(),
            policyTypes: ['Ingress'],
            ingress: [],
            egress: [],
          },
          {
            name: 'allow-web-to-api',
            namespace: 'shop',
            podSelector: selector({ app: 'api' }),
            policyTypes: ['Ingress'],
            ingress: [
              {
                peers: [{ podSelector: selector({ app: 'web' }) }],
                ports: [{ protocol: 'TCP', port: 8080 }],
              },
            ],
            egress: [],
          },
        ],
      },
    );
  }),
];
