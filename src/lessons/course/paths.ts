/** Lessons C6, C9 and C10: localhost over loopback, other pods by their IP, and IPC without a network. */
import { presetsEn } from '../../i18n/en/presets';
import type { ScenarioInput } from '../../scenario/schema';
import type { LessonInput } from '../schema';
import { CLUSTER_NETWORKING, from, NAMES, POD_NETWORKING, toContainer, toPod } from './parts';

/** C6: localhost inside a pod — the packet is handed to the pod itself and never leaves it. */
export const c6: LessonInput = {
  version: 1,
  id: 'c6',
  concepts: ['C6'],
  title: 'lesson.c6.title',
  intro: 'lesson.c6.intro',
  params: NAMES,
  links: [POD_NETWORKING],
  steps: [
    {
      scenario: { preset: 'sidecar-localhost' },
      send: {
        from: from('web', 'log-shipper'),
        to: { kind: 'localhost' },
        protocol: 'TCP',
        port: 80,
      },
      highlight: ['pod:default/web#lo'],
      predict: { at: 'loopback', ask: 'device' },
      text: 'lesson.c6.s1',
    },
    { highlight: ['pod:default/web#lo', 'pod:default/web#eth0'], text: 'lesson.c6.s2' },
    {
      send: {
        from: from('web', 'nginx'),
        to: toContainer('web', 'log-shipper'),
        protocol: 'TCP',
        port: 2020,
      },
      predict: { at: 'loopback', ask: 'dstIp' },
      text: 'lesson.c6.s3',
    },
  ],
  check: {
    scenario: { preset: 'two-nodes-hostgw' },
    text: 'lesson.c6.check',
    done: 'lesson.c6.done',
    all: [{ kind: 'trace', outcome: 'delivered', scope: 'pod', protocols: ['TCP', 'UDP', 'ICMP'] }],
    solution: {
      send: [
        { from: from('web', 'nginx'), to: { kind: 'localhost' }, protocol: 'TCP', port: 2020 },
      ],
    },
  },
};

const webToApi = {
  from: from('web', 'nginx'),
  to: toPod('api'),
  protocol: 'TCP',
  port: 8080,
} as const;

/** C9: another pod is reached by its IP — bridged on one node, routed or wrapped across nodes — never by localhost. */
export const c9: LessonInput = {
  version: 1,
  id: 'c9',
  concepts: ['C9'],
  title: 'lesson.c9.title',
  intro: 'lesson.c9.intro',
  params: { ...NAMES, client: 'client', curl: 'curl' },
  links: [CLUSTER_NETWORKING],
  steps: [
    {
      scenario: { preset: 'localhost-other-pod' },
      send: { from: from('client', 'curl'), to: { kind: 'localhost' }, protocol: 'TCP', port: 80 },
      predict: { at: 'reject', ask: 'outcome' },
      text: 'lesson.c9.s1',
    },
    { highlight: ['pod:default/client#lo'], text: 'lesson.c9.s2' },
    {
      scenario: { preset: 'same-node' },
      send: webToApi,
      highlight: ['node:node1#cni0'],
      predict: { at: 'bridge', ask: 'ttl' },
      text: 'lesson.c9.s3',
    },
    {
      scenario: { preset: 'two-nodes-hostgw' },
      send: webToApi,
      highlight: ['node:node1#eth0', 'node:node2#eth0'],
      predict: { at: 'forward', ask: 'ttl' },
      text: 'lesson.c9.s4',
    },
    {
      scenario: { preset: 'two-nodes-vxlan' },
      send: webToApi,
      highlight: ['node:node1#flannel.1', 'node:node2#flannel.1'],
      predict: { at: 'encapsulate', ask: 'encapsulated' },
      text: 'lesson.c9.s5',
    },
  ],
  check: {
    scenario: { preset: 'two-nodes-vxlan' },
    text: 'lesson.c9.check',
    done: 'lesson.c9.done',
    all: [
      {
        kind: 'trace',
        outcome: 'delivered',
        scope: 'nodes',
        from: 'container',
        to: ['pod', 'container', 'ip'],
      },
    ],
    solution: { send: [webToApi] },
  },
};

/** Two pods on one node: the shared-memory pipeline and a web pod, to try IPC across pods (titled as that preset, so it reads in Korean too). */
const pipelineAndWeb: ScenarioInput = {
  version: 2,
  title: presetsEn['scenario.preset.shared-memory.title'],
  cluster: {
    nodes: [{ name: 'node1' }],
    pods: [
      {
        name: 'pipeline',
        node: 'node1',
        containers: [
          { name: 'producer', image: 'example/producer:1' },
          { name: 'consumer', image: 'example/consumer:1' },
        ],
      },
      {
        name: 'web',
        node: 'node1',
        containers: [
          { name: 'nginx', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP' }] },
        ],
      },
    ],
  },
};

/** C10: System V semaphores and POSIX shared memory inside a pod, with no network hop; impossible across pods. */
export const c10: LessonInput = {
  version: 1,
  id: 'c10',
  concepts: ['C10'],
  title: 'lesson.c10.title',
  intro: 'lesson.c10.intro',
  params: { ...NAMES, pipeline: 'pipeline', producer: 'producer', consumer: 'consumer' },
  links: [POD_NETWORKING],
  steps: [
    {
      scenario: { preset: 'shared-memory' },
      send: {
        from: from('pipeline', 'producer'),
        to: toContainer('pipeline', 'consumer'),
        protocol: 'SHM',
      },
      highlight: ['container:default/pipeline/producer', 'container:default/pipeline/consumer'],
      text: 'lesson.c10.s1',
    },
    {
      scenario: { inline: pipelineAndWeb },
      send: {
        from: from('pipeline', 'producer'),
        to: toContainer('web', 'nginx'),
        protocol: 'SHM',
      },
      highlight: ['pod:default/pipeline', 'pod:default/web'],
      text: 'lesson.c10.s2',
    },
  ],
  check: {
    scenario: { preset: 'two-nodes-hostgw' },
    highlight: ['pod:default/web'],
    text: 'lesson.c10.check',
    done: 'lesson.c10.done',
    all: [{ kind: 'trace', outcome: 'delivered', protocols: ['SHM'] }],
    solution: {
      send: [
        { from: from('web', 'nginx'), to: toContainer('web', 'log-shipper'), protocol: 'SHM' },
      ],
    },
  },
};
