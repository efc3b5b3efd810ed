/** Lesson C11: how the pod network gets there — the runtime and the CNI plugins build it when a pod is created, and take it down when it goes. */
import type { LessonInput } from '../schema';
import { NAMES, nginxPod } from './parts';

type Link = NonNullable<LessonInput['links']>[number];

/** kubernetes.io: Network Plugins (CNI). */
const NETWORK_PLUGINS: Link = {
  title: 'lesson.link.networkPlugins',
  en: 'https://kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/',
  ko: 'https://kubernetes.io/ko/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins/',
};

const HOSTGW = { preset: 'two-nodes-hostgw' } as const;

/** C11: watch a pod come to life through CNI ADD, look at host-local's leases, then delete it (DEL) and create a first pod on an empty node. */
export const c11: LessonInput = {
  version: 1,
  id: 'c11',
  concepts: ['C11'],
  title: 'lesson.c11.title',
  intro: 'lesson.c11.intro',
  params: { ...NAMES, shop: 'shop', gateway: '10.244.1.1' },
  links: [NETWORK_PLUGINS],
  steps: [
    {
      scenario: HOSTGW,
      highlight: ['pod:default/web#eth0', 'node:node1#cni0'],
      text: 'lesson.c11.s1',
    },
    {
      actions: [{ do: 'createPod', pod: nginxPod('shop', 'node1') }],
      highlight: ['pod:default/shop'],
      predictCni: { ask: 'nextIp' },
      text: 'lesson.c11.s2',
    },
    { highlight: ['node:node1'], text: 'lesson.c11.s3' },
    {
      actions: [{ do: 'deletePod', pod: 'default/shop' }],
      highlight: ['node:node1#cni0'],
      text: 'lesson.c11.s4',
    },
    {
      scenario: { preset: 'host-network' },
      actions: [{ do: 'createPod', pod: nginxPod('shop', 'node1') }],
      highlight: ['node:node1#cni0', 'pod:default/shop'],
      predictCni: { ask: 'bridge' },
      text: 'lesson.c11.s5',
    },
  ],
  check: {
    scenario: HOSTGW,
    highlight: ['node:node2'],
    text: 'lesson.c11.check',
    done: 'lesson.c11.done',
    all: [{ kind: 'pods', node: 'node2', count: 2 }],
    solution: { actions: [{ do: 'createPod', pod: nginxPod('shop', 'node2') }] },
  },
};
