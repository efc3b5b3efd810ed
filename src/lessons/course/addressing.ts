/** Lessons C7, C5 and C8: an address per pod from its node's range, one port space, the node's agents. */
import type { LessonInput } from '../schema';
import { from, NAMES, NETWORK_MODEL, nginxPod, POD_NETWORKING, toPod } from './parts';

const HOSTGW = { preset: 'two-nodes-hostgw' } as const;

/** C7: every pod gets its own IP, taken from its node's pod range. */
export const c7: LessonInput = {
  version: 1,
  id: 'c7',
  concepts: ['C7'],
  title: 'lesson.c7.title',
  intro: 'lesson.c7.intro',
  params: { ...NAMES, shop: 'shop' },
  links: [NETWORK_MODEL],
  steps: [
    { scenario: HOSTGW, highlight: ['node:node1', 'node:node2'], text: 'lesson.c7.s1' },
    {
      highlight: ['pod:default/web', 'pod:default/cache', 'pod:default/api', 'node:node1#cni0'],
      text: 'lesson.c7.s2',
    },
    {
      actions: [{ do: 'addPod', pod: nginxPod('shop', 'node2') }],
      highlight: ['pod:default/shop'],
      text: 'lesson.c7.s3',
    },
    {
      send: { from: from('web', 'nginx'), to: toPod('shop'), protocol: 'TCP', port: 80 },
      predict: { at: 'wire', ask: 'dstIp' },
      text: 'lesson.c7.s4',
    },
  ],
  check: {
    scenario: HOSTGW,
    text: 'lesson.c7.check',
    done: 'lesson.c7.done',
    all: [
      { kind: 'pods', node: 'node1', count: 3 },
      { kind: 'trace', outcome: 'delivered', scope: 'nodes', deliveredTo: { node: 'node1' } },
    ],
    solution: {
      actions: [{ do: 'addPod', pod: nginxPod('shop', 'node1') }],
      send: [{ from: from('api', 'api'), to: toPod('shop'), protocol: 'TCP', port: 80 }],
    },
  },
};

/** C5: one port space per pod — containers told apart by port, and a second bind of a port fails. */
export const c5: LessonInput = {
  version: 1,
  id: 'c5',
  concepts: ['C5'],
  title: 'lesson.c5.title',
  intro: 'lesson.c5.intro',
  params: { ...NAMES, admin: 'admin' },
  links: [POD_NETWORKING],
  steps: [
    {
      scenario: HOSTGW,
      highlight: ['container:default/web/nginx', 'container:default/web/log-shipper'],
      text: 'lesson.c5.s1',
    },
    {
      send: { from: from('api', 'api'), to: toPod('web'), protocol: 'TCP', port: 2020 },
      predict: { at: 'deliver', ask: 'outcome' },
      text: 'lesson.c5.s2',
    },
    {
      scenario: { preset: 'port-conflict' },
      send: { from: from('web', 'admin'), to: { kind: 'localhost' }, protocol: 'TCP', port: 80 },
      highlight: ['container:default/web/admin'],
      text: 'lesson.c5.s3',
    },
  ],
  check: {
    scenario: HOSTGW,
    highlight: ['container:default/web/log-shipper'],
    text: 'lesson.c5.check',
    done: 'lesson.c5.done',
    all: [{ kind: 'container-failed', pod: 'default/web' }],
    solution: {
      actions: [
        {
          do: 'setPorts',
          pod: 'default/web',
          container: 'log-shipper',
          ports: [{ port: 80, protocol: 'TCP' }],
        },
      ],
    },
  },
};

/** C8: the node's agents (the kubelet) reach every pod on their node. */
export const c8: LessonInput = {
  version: 1,
  id: 'c8',
  concepts: ['C8'],
  title: 'lesson.c8.title',
  intro: 'lesson.c8.intro',
  params: NAMES,
  links: [NETWORK_MODEL],
  steps: [
    { scenario: { preset: 'kubelet-probe' }, highlight: ['kubelet:node1'], text: 'lesson.c8.s1' },
    {
      send: {
        from: { kind: 'node', node: 'node1', agent: 'kubelet' },
        to: toPod('web'),
        protocol: 'TCP',
        port: 80,
      },
      highlight: ['node:node1#cni0'],
      predict: { at: 'deliver', ask: 'srcIp' },
      text: 'lesson.c8.s2',
    },
    { text: 'lesson.c8.s3' },
  ],
  check: {
    scenario: HOSTGW,
    highlight: ['kubelet:node2', 'pod:default/api'],
    text: 'lesson.c8.check',
    done: 'lesson.c8.done',
    all: [{ kind: 'trace', from: 'kubelet', outcome: 'delivered', scope: 'node' }],
    solution: {
      send: [
        {
          from: { kind: 'node', node: 'node2', agent: 'kubelet' },
          to: toPod('api'),
          protocol: 'TCP',
          port: 8080,
        },
      ],
    },
  },
};
