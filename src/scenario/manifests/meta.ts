/** An object's metadata: its name (made a DNS label when needed), namespace and labels; bookkeeping the API server writes is ignored. */
import { DEFAULTS } from '../defaults';
import { toDnsLabel } from './names';
import { obj, text, textMap, type NoteSink } from './read';

/** Fields the API server writes for its own bookkeeping: they say nothing about the network. */
const BOOKKEEPING = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
  'ownerReferences',
  'finalizers',
  'generateName',
];

/** Annotations tools write for themselves (kubectl apply, the Deployment controller). */
const TOOL_ANNOTATIONS = /^(kubectl\.kubernetes\.io\/|deployment\.kubernetes\.io\/)/;

/** What the import keeps of an object's metadata. */
export interface Meta {
  /** The name as a DNS label. */
  readonly name: string;
  /** The namespace, the import's default when absent. */
  readonly namespace: string;
  /** The labels. */
  readonly labels: Record<string, string>;
}

/** Reads metadata; a renamed object is noted with its old name. */
export function readMeta(
  doc: Record<string, unknown>,
  notes: NoteSink,
  defaultNamespace: string = DEFAULTS.namespace,
  path = 'metadata',
): Meta {
  const m = obj(doc.metadata, path);
  const raw = text(m.name, `${path}.name`);
  const name = toDnsLabel(raw);
  if (name !== raw) notes.add(`${path}.name`, 'renamed', `${raw} → ${name}`);
  const ns = m.namespace === undefined ? defaultNamespace : text(m.namespace, `${path}.namespace`);
  const annotations = Object.keys(obj(m.annotations, `${path}.annotations`));
  if (annotations.some((k) => !TOOL_ANNOTATIONS.test(k)))
    notes.add(`${path}.annotations`, 'unsupported');
  notes.rest(m, ['name', 'namespace', 'labels', 'annotations', ...BOOKKEEPING], path);
  return { name, namespace: toDnsLabel(ns), labels: textMap(m.labels, `${path}.labels`) };
}

/** A display name of an object before it is read: "namespace/name" or "name". */
export function displayName(doc: Record<string, unknown>): string {
  const m = doc.metadata;
  if (typeof m !== 'object' || m === null) return '';
  const { name, namespace } = m as { name?: unknown; namespace?: unknown };
  if (typeof name !== 'string') return '';
  return typeof namespace === 'string' ? `${namespace}/${name}` : name;
}
