/** Lessons of C12 at the cluster's edge: NodePort and egress, Ingress, and NetworkPolicy. */
import type { LessonInput } from '../schema';
import { INGRESS, NETWORK_POLICIES, SERVICES } from './parts';

const external = { kind: 'external' } as const;
const nodePort = (node: string) => ({ kind: 'nodeport', node, service: 'default/web' }) as const;

/** C12 (3): from outside — a NodePort on every node, the client's address masqueraded or kept, a pod going out. */
export const c12NodePort: LessonInput = {
  version: 1,
  id: 'c12-nodeport',
  concepts: ['C12'],
  title: 'lesson.c12c.title',
  intro: 'lesson.c12c.intro',
  params: {
    node1: 'node1',
    node2: 'node2',
    web: 'web',
    client: '192.168.10.100',
    nodePort: '30080',
  },
  links: [SERVICES],
  steps: [
    {
      scenario: { preset: 'nodeport-cluster' },
      send: { from: external, to: nodePort('node1'), protocol: 'TCP', port: 30080 },
      predict: { at: 'dnat', ask: 'dstIp' },
      text: 'lesson.c12c.s1',
    },
    {
      send: { from: external, to: nodePort('node1'), protocol: 'TCP', port: 30080 },
      predict: { at: 'snat', ask: 'srcIp' },
      text: 'lesson.c12c.s2',
    },
    {
      scenario: { preset: 'nodeport-local' },
      send: { from: external, to: nodePort('node2'), protocol: 'TCP', port: 30080 },
      predict: { at: 'deliver', ask: 'srcIp' },
      text: 'lesson.c12c.s3',
    },
    {
      send: { from: external, to: nodePort('node1'), protocol: 'TCP', port: 30080 },
      text: 'lesson.c12c.s4',
    },
    {
      scenario: { preset: 'egress-internet' },
      send: {
        from: { kind: 'container', pod: 'default/client', container: 'curl' },
        to: { kind: 'internet' },
        protocol: 'TCP',
        port: 443,
      },
      predict: { at: 'snat', ask: 'srcIp' },
      text: 'lesson.c12c.s5',
    },
  ],
  check: {
    scenario: { preset: 'nodeport-cluster' },
    text: 'lesson.c12c.check',
    done: 'lesson.c12c.done',
    all: [{ kind: 'trace', outcome: 'delivered', from: 'external', to: ['nodeport'] }],
    solution: { send: [{ from: external, to: nodePort('node2'), protocol: 'TCP', port: 30080 }] },
  },
};

const get = (path: string) =>
  ({
    from: external,
    to: { kind: 'nodeport', node: 'node1', service: 'ingress-nginx/ingress-nginx-controller' },
    protocol: 'TCP',
    port: 30080,
    http: { host: 'shop.example.com', path },
  }) as const;

/** C12 (4): Ingress — the client's connection ends at the controller, which opens its own to the Service. */
export const c12Ingress: LessonInput = {
  version: 1,
  id: 'c12-ingress',
  concepts: ['C12'],
  title: 'lesson.c12d.title',
  intro: 'lesson.c12d.intro',
  params: {
    controller: 'ingress-nginx-controller',
    api: 'api',
    web: 'web',
    host: 'shop.example.com',
  },
  links: [INGRESS],
  steps: [
    { scenario: { preset: 'ingress-two-paths' }, send: get('/api/orders'), text: 'lesson.c12d.s1' },
    {
      send: get('/api/orders'),
      predict: { at: 'dnat', nth: 2, ask: 'dstIp' },
      text: 'lesson.c12d.s2',
    },
    { send: get('/'), text: 'lesson.c12d.s3' },
  ],
  check: {
    scenario: { preset: 'ingress-two-paths' },
    text: 'lesson.c12d.check',
    done: 'lesson.c12d.done',
    all: [
      { kind: 'trace', outcome: 'delivered', from: 'external', deliveredTo: { pod: 'shop/web' } },
    ],
    solution: { send: [get('/index.html')] },
  },
};

const toApi = { kind: 'pod', pod: 'shop/api' } as const;

/** C12 (5): NetworkPolicy — default allow, isolation by selection, a drop in the destination node's FORWARD, and a fix. */
export const c12Policy: LessonInput = {
  version: 1,
  id: 'c12-policy',
  concepts: ['C12'],
  title: 'lesson.c12e.title',
  intro: 'lesson.c12e.intro',
  params: { web: 'web', client: 'client', api: 'api', node2: 'node2', port: '8080' },
  links: [NETWORK_POLICIES],
  steps: [
    {
      scenario: { preset: 'policy-default-deny' },
      send: {
        from: { kind: 'container', pod: 'shop/web', container: 'nginx' },
        to: toApi,
        protocol: 'TCP',
        port: 8080,
      },
      text: 'lesson.c12e.s1',
    },
    {
      send: {
        from: { kind: 'container', pod: 'shop/client', container: 'curl' },
        to: toApi,
        protocol: 'TCP',
        port: 8080,
      },
      predict: { at: 'policy-deny', ask: 'outcome' },
      text: 'lesson.c12e.s2',
    },
    { highlight: ['node:node2#eth0'], text: 'lesson.c12e.s3' },
  ],
  check: {
    scenario: { preset: 'policy-default-deny' },
    text: 'lesson.c12e.check',
    done: 'lesson.c12e.done',
    all: [
      {
        kind: 'trace',
        outcome: 'delivered',
        fromPod: 'shop/client',
        deliveredTo: { pod: 'shop/api' },
      },
    ],
    solution: {
      actions: [
        {
          do: 'addPolicy',
          policy: {
            name: 'allow-client-to-api',
            namespace: 'shop',
            podSelector: { matchLabels: { app: 'api' }, matchExpressions: [] },
            policyTypes: ['Ingress'],
            ingress: [
              {
                peers: [{ podSelector: { matchLabels: { app: 'client' }, matchExpressions: [] } }],
                ports: [{ protocol: 'TCP', port: 8080 }],
              },
            ],
            egress: [],
          },
        },
      ],
      send: [
        {
          from: { kind: 'container', pod: 'shop/client', container: 'curl' },
          to: toApi,
          protocol: 'TCP',
          port: 8080,
        },
      ],
    },
  },
};
