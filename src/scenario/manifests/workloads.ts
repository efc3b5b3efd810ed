/** Pods and the controllers that make them (Deployment, ReplicaSet, StatefulSet, DaemonSet), expanded to pods named as the controllers name them. */
import type { Meta } from './meta';
import { podTemplateHash, podSuffix, withSuffix } from './names';
import { readPodSpec, type PodDraft } from './pod';
import { int, obj, textMap, type NoteSink } from './read';

/** The controller kinds whose pod templates are expanded. */
export const WORKLOAD_KINDS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'] as const;
/** One of WORKLOAD_KINDS. */
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** A controller's template, read but not yet expanded (a DaemonSet needs the node list). */
export interface Workload {
  readonly kind: WorkloadKind;
  /** The pod every replica is a copy of, named after the controller. */
  readonly template: PodDraft;
  /** Replicas (spec.replicas, 1 when absent); DaemonSets: one per node, decided later. */
  readonly replicas: number;
  /** How replica i is named. */
  readonly nameOf: (i: number) => string;
}

const SPEC_KEYS: Record<WorkloadKind, readonly string[]> = {
  Deployment: ['replicas', 'selector', 'template', 'strategy', 'revisionHistoryLimit'],
  ReplicaSet: ['replicas', 'selector', 'template'],
  StatefulSet: ['replicas', 'selector', 'template', 'serviceName', 'podManagementPolicy'],
  DaemonSet: ['selector', 'template', 'updateStrategy', 'revisionHistoryLimit'],
};
/** Fields that shape rollouts, not the network: ignored as the server's defaults are. */
const ROLLOUT_DEFAULTS = {
  progressDeadlineSeconds: undefined,
  minReadySeconds: undefined,
  persistentVolumeClaimRetentionPolicy: undefined,
  updateStrategy: undefined,
};

/** Reads a controller: its template's pod and how its pods are named. */
export function readWorkload(
  kind: WorkloadKind,
  doc: Record<string, unknown>,
  meta: Meta,
  notes: NoteSink,
): Workload {
  const spec = obj(doc.spec, 'spec');
  notes.rest(spec, SPEC_KEYS[kind], 'spec', ROLLOUT_DEFAULTS);
  const tpl = obj(spec.template, 'spec.template');
  const tplMeta = obj(tpl.metadata, 'spec.template.metadata');
  notes.rest(tpl, ['metadata', 'spec'], 'spec.template');
  notes.rest(tplMeta, ['labels', 'name', 'creationTimestamp'], 'spec.template.metadata');
  const labels = textMap(tplMeta.labels, 'spec.template.metadata.labels');
  const replicas = spec.replicas === undefined ? 1 : int(spec.replicas, 'spec.replicas');
  if (replicas < 0) notes.add('spec.replicas', 'invalid', 'whole number ≥ 0');
  const hash = podTemplateHash(tpl);
  // The Deployment controller labels its ReplicaSet's pods with the template's hash.
  const podLabels = kind === 'Deployment' ? { ...labels, 'pod-template-hash': hash } : labels;
  const template = readPodSpec(
    spec.template === undefined ? undefined : tpl.spec,
    'spec.template.spec',
    { name: meta.name, namespace: meta.namespace, labels: podLabels },
    notes,
  );
  const owner = kind === 'Deployment' ? withSuffix(meta.name, hash) : meta.name;
  const nameOf =
    kind === 'StatefulSet'
      ? (i: number) => withSuffix(meta.name, String(i))
      : (i: number) => withSuffix(owner, podSuffix(`${meta.namespace}/${owner}`, i));
  return { kind, template, replicas: Math.max(0, replicas), nameOf };
}

/** Replica i of a controller as a pod draft. */
export function replica(w: Workload, i: number, nodeName?: string): PodDraft {
  return {
    ...w.template,
    name: w.nameOf(i),
    ...(nodeName !== undefined ? { nodeName } : {}),
  };
}
