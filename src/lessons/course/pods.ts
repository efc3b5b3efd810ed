/** Lessons C1–C4: what a pod is, one container or several, and the network namespace they share. */
import type { LessonInput } from '../schema';
import {
  from,
  MULTI_CONTAINER,
  NAMES,
  nginxPod,
  POD_NETWORKING,
  PODS,
  toContainer,
  toPod,
} from './parts';

const HOSTGW = { preset: 'two-nodes-hostgw' } as const;

/** C1: the smallest unit Kubernetes deploys; a pod lives on one node. */
export const c1: LessonInput = {
  version: 1,
  id: 'c1',
  concepts: ['C1'],
  title: 'lesson.c1.title',
  intro: 'lesson.c1.intro',
  params: NAMES,
  links: [PODS],
  steps: [
    { scenario: HOSTGW, highlight: ['node:node1', 'node:node2'], text: 'lesson.c1.s1' },
    {
      highlight: ['pod:default/web', 'pod:default/cache', 'pod:default/api'],
      text: 'lesson.c1.s2',
    },
    {
      highlight: ['container:default/web/nginx', 'container:default/web/log-shipper'],
      text: 'lesson.c1.s3',
    },
    {
      actions: [{ do: 'movePod', pod: 'default/web', node: 'node2' }],
      highlight: ['pod:default/web'],
      text: 'lesson.c1.s4',
    },
  ],
  check: {
    scenario: HOSTGW,
    highlight: ['pod:default/cache'],
    text: 'lesson.c1.check',
    done: 'lesson.c1.done',
    all: [{ kind: 'pods', pod: 'default/cache', node: 'node2' }],
    solution: { actions: [{ do: 'movePod', pod: 'default/cache', node: 'node2' }] },
  },
};

/** C2: one container per pod, the pod a wrapper around it. */
export const c2: LessonInput = {
  version: 1,
  id: 'c2',
  concepts: ['C2'],
  title: 'lesson.c2.title',
  intro: 'lesson.c2.intro',
  params: { ...NAMES, client: 'client', curl: 'curl' },
  links: [PODS],
  steps: [
    {
      scenario: { preset: 'single-container' },
      highlight: ['pod:default/web', 'container:default/web/nginx'],
      text: 'lesson.c2.s1',
    },
    { highlight: ['sandbox:default/web', 'pod:default/web#eth0'], text: 'lesson.c2.s2' },
    {
      send: { from: from('client', 'curl'), to: toPod('web'), protocol: 'TCP', port: 80 },
      highlight: ['container:default/client/curl'],
      predict: { at: 'deliver', ask: 'outcome' },
      text: 'lesson.c2.s3',
    },
  ],
  check: {
    scenario: { preset: 'single-container' },
    text: 'lesson.c2.check',
    done: 'lesson.c2.done',
    all: [
      { kind: 'pods', maxContainers: 1, count: 3 },
      { kind: 'trace', outcome: 'delivered', from: 'container', to: ['pod', 'container', 'ip'] },
    ],
    solution: {
      actions: [{ do: 'addPod', pod: nginxPod('shop', 'node1') }],
      send: [{ from: from('client', 'curl'), to: toPod('shop'), protocol: 'TCP', port: 80 }],
    },
  },
};

/** C3: several containers, one unit of service — encapsulation, as the notes put it. */
export const c3: LessonInput = {
  version: 1,
  id: 'c3',
  concepts: ['C3'],
  title: 'lesson.c3.title',
  intro: 'lesson.c3.intro',
  params: NAMES,
  links: [MULTI_CONTAINER],
  steps: [
    {
      scenario: { preset: 'sidecar-localhost' },
      highlight: ['container:default/web/nginx', 'container:default/web/log-shipper'],
      text: 'lesson.c3.s1',
    },
    { highlight: ['pod:default/web'], text: 'lesson.c3.s2' },
    {
      scenario: HOSTGW,
      send: { from: from('api', 'api'), to: toPod('web'), protocol: 'TCP', port: 80 },
      highlight: ['pod:default/web'],
      predict: { at: 'deliver', ask: 'dstIp' },
      text: 'lesson.c3.s3',
    },
  ],
  check: {
    scenario: HOSTGW,
    highlight: ['pod:default/api'],
    text: 'lesson.c3.check',
    done: 'lesson.c3.done',
    all: [{ kind: 'pods', pod: 'default/api', minContainers: 2 }],
    solution: {
      actions: [
        {
          do: 'addContainer',
          pod: 'default/api',
          container: { name: 'log-shipper', image: 'fluent-bit:3', ports: [] },
        },
      ],
    },
  },
};

/** C4: one network namespace per pod, held by the pause container: one IP, one MAC. */
export const c4: LessonInput = {
  version: 1,
  id: 'c4',
  concepts: ['C4'],
  title: 'lesson.c4.title',
  intro: 'lesson.c4.intro',
  params: NAMES,
  links: [POD_NETWORKING],
  steps: [
    {
      scenario: HOSTGW,
      highlight: ['sandbox:default/web', 'pod:default/web'],
      text: 'lesson.c4.s1',
    },
    {
      highlight: ['pod:default/web#eth0', 'pod:default/web#lo'],
      text: 'lesson.c4.s2',
    },
    {
      send: {
        from: from('api', 'api'),
        to: toContainer('web', 'nginx'),
        protocol: 'TCP',
        port: 80,
      },
      predict: { at: 'deliver', ask: 'dstMac' },
      text: 'lesson.c4.s3',
    },
    {
      send: {
        from: from('api', 'api'),
        to: toContainer('web', 'log-shipper'),
        protocol: 'TCP',
        port: 2020,
      },
      predict: { at: 'deliver', ask: 'dstIp' },
      text: 'lesson.c4.s4',
    },
  ],
  check: {
    scenario: HOSTGW,
    text: 'lesson.c4.check',
    done: 'lesson.c4.done',
    all: [
      {
        kind: 'trace',
        outcome: 'delivered',
        deliveredTo: { pod: 'default/web', container: 'nginx' },
      },
      {
        kind: 'trace',
        outcome: 'delivered',
        deliveredTo: { pod: 'default/web', container: 'log-shipper' },
      },
    ],
    solution: {
      send: [
        {
          from: from('cache', 'redis'),
          to: toContainer('web', 'nginx'),
          protocol: 'TCP',
          port: 80,
        },
        {
          from: from('cache', 'redis'),
          to: toContainer('web', 'log-shipper'),
          protocol: 'TCP',
          port: 2020,
        },
      ],
    },
  },
};
