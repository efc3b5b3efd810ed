/** Lessons of C12 inside the cluster: a Service's ClusterIP (DNAT, conntrack, bridge netfilter) and names through DNS. */
import type { LessonInput } from '../schema';
import { SERVICES, DNS_FOR_SERVICES } from './parts';

const client = { kind: 'container', pod: 'default/client', container: 'curl' } as const;
const toApi = { kind: 'service', service: 'default/api' } as const;
const shopClient = { kind: 'container', pod: 'shop/client', container: 'curl' } as const;

/** The names the Service lessons' texts quote. */
const NAMES = {
  client: 'client',
  api: 'api',
  clusterIp: '10.96.0.20',
  node1: 'node1',
  node2: 'node2',
  coredns: 'coredns',
} as const;

/** C12 (1): a ClusterIP lives only in rules — node1 rewrites it to an endpoint, conntrack rewrites the reply back. */
export const c12Services: LessonInput = {
  version: 1,
  id: 'c12-clusterip',
  concepts: ['C12'],
  title: 'lesson.c12a.title',
  intro: 'lesson.c12a.intro',
  params: NAMES,
  links: [SERVICES],
  steps: [
    {
      scenario: { preset: 'clusterip-remote' },
      send: { from: client, to: toApi, protocol: 'TCP', port: 80 },
      predict: { at: 'dnat', ask: 'dstIp' },
      text: 'lesson.c12a.s1',
    },
    { highlight: ['node:node1#eth0', 'node:node2#eth0'], text: 'lesson.c12a.s2' },
    {
      send: { from: client, to: toApi, protocol: 'TCP', port: 80 },
      predict: { at: 'unnat', ask: 'srcIp' },
      text: 'lesson.c12a.s3',
    },
    {
      send: { from: client, to: toApi, protocol: 'ICMP' },
      text: 'lesson.c12a.s4',
    },
    {
      scenario: { preset: 'clusterip-same-node' },
      send: { from: client, to: toApi, protocol: 'TCP', port: 80 },
      predict: { at: 'bridge', ask: 'ttl' },
      text: 'lesson.c12a.s5',
    },
    {
      actions: [{ do: 'setNetfilter', bridgeNfCallIptables: false }],
      send: { from: client, to: toApi, protocol: 'TCP', port: 80 },
      text: 'lesson.c12a.s6',
    },
  ],
  check: {
    scenario: { preset: 'clusterip-remote' },
    text: 'lesson.c12a.check',
    done: 'lesson.c12a.done',
    all: [{ kind: 'trace', outcome: 'delivered', to: ['service'], protocols: ['TCP', 'UDP'] }],
    solution: { send: [{ from: client, to: toApi, protocol: 'TCP', port: 80 }] },
  },
};

/** C12 (2): a name first becomes an address — a DNS query to the kube-dns Service, the search list, NXDOMAIN. */
export const c12Dns: LessonInput = {
  version: 1,
  id: 'c12-dns',
  concepts: ['C12'],
  title: 'lesson.c12b.title',
  intro: 'lesson.c12b.intro',
  params: { ...NAMES, kubeDns: '10.96.0.10' },
  links: [DNS_FOR_SERVICES],
  steps: [
    {
      scenario: { preset: 'dns-service' },
      send: { from: shopClient, to: { kind: 'name', name: 'api' }, protocol: 'TCP', port: 80 },
      predict: { at: 'dnat', ask: 'dstIp' },
      text: 'lesson.c12b.s1',
    },
    {
      send: { from: shopClient, to: { kind: 'name', name: 'api.shop' }, protocol: 'TCP', port: 80 },
      text: 'lesson.c12b.s2',
    },
    {
      send: { from: shopClient, to: { kind: 'name', name: 'web' }, protocol: 'TCP', port: 80 },
      text: 'lesson.c12b.s3',
    },
    {
      scenario: { preset: 'headless-service' },
      send: { from: client, to: { kind: 'name', name: 'db' }, protocol: 'TCP', port: 5432 },
      text: 'lesson.c12b.s4',
    },
  ],
  check: {
    scenario: { preset: 'dns-service' },
    text: 'lesson.c12b.check',
    done: 'lesson.c12b.done',
    all: [{ kind: 'trace', outcome: 'delivered', to: ['name'] }],
    solution: {
      send: [
        {
          from: shopClient,
          to: { kind: 'name', name: 'api.shop.svc.cluster.local' },
          protocol: 'TCP',
          port: 80,
        },
      ],
    },
  },
};
