/** Sorts the pasted objects by kind and reads each with its mapper; what cannot be read or represented becomes a note. */
import type { IngressSpec, NamespaceSpec, NetworkPolicySpec, ServiceSpec } from '../../sim';
import { readConfigMap, type LabSettings } from './configMaps';
import { readIngress } from './ingress';
import { displayName, readMeta } from './meta';
import { networkPolicyFromManifest } from './networkPolicy';
import { readNode, type NodeDraft } from './node';
import { podFinished, podIpOf, readPodSpec, type PodDraft } from './pod';
import { attempt, NoteSink, obj, type ManifestNote } from './read';
import { readService } from './service';
import { readWorkload, WORKLOAD_KINDS, type Workload, type WorkloadKind } from './workloads';
import type { RawObject } from './yamlDocs';

/** The apiVersion each kind the app reads is written with. */
export const API_VERSIONS: Readonly<Record<string, string>> = {
  Pod: 'v1',
  Service: 'v1',
  Node: 'v1',
  Namespace: 'v1',
  ConfigMap: 'v1',
  Deployment: 'apps/v1',
  ReplicaSet: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  Ingress: 'networking.k8s.io/v1',
  NetworkPolicy: 'networking.k8s.io/v1',
};

/** Everything read from the objects, before pods are placed. */
export interface Collected {
  readonly nodes: NodeDraft[];
  readonly pods: PodDraft[];
  readonly workloads: Workload[];
  readonly services: ServiceSpec[];
  readonly ingresses: IngressSpec[];
  readonly policies: NetworkPolicySpec[];
  readonly namespaces: NamespaceSpec[];
  readonly lab: LabSettings;
  readonly notes: ManifestNote[];
}

/** Controllers whose pods are listed too (kubectl get all): "Kind/namespace/name" of each owner. */
function listedOwners(objects: readonly RawObject[]): Set<string> {
  const owners = new Set<string>();
  for (const { doc } of objects) {
    if (doc.kind !== 'Pod' && doc.kind !== 'ReplicaSet') continue;
    const meta = obj(doc.metadata, '');
    for (const ref of Array.isArray(meta.ownerReferences) ? meta.ownerReferences : []) {
      const r = obj(ref, '');
      owners.add(`${String(r.kind)}/${String(meta.namespace ?? 'default')}/${String(r.name)}`);
    }
  }
  return owners;
}

/** Reads every object; never throws for a malformed one (it is left out with the path of the problem). */
export function collect(objects: readonly RawObject[]): Collected {
  const out: Collected = {
    nodes: [],
    pods: [],
    workloads: [],
    services: [],
    ingresses: [],
    policies: [],
    namespaces: [],
    lab: {},
    notes: [],
  };
  const owners = listedOwners(objects);
  for (const { doc, line } of objects) {
    const kind = typeof doc.kind === 'string' ? doc.kind : '';
    const notes = new NoteSink(kind, displayName(doc), line);
    const expected = API_VERSIONS[kind];
    if (expected === undefined) notes.add('', 'unknownKind', kind);
    else if (doc.apiVersion !== expected) notes.add('apiVersion', 'invalid', expected);
    else {
      const read = attempt(() => readOne(kind, doc, notes, out, owners));
      if (!read.ok) notes.add(read.path, 'invalid', read.expected);
    }
    out.notes.push(...notes.notes);
  }
  return out;
}

function readOne(
  kind: string,
  doc: Record<string, unknown>,
  notes: NoteSink,
  out: Collected,
  owners: ReadonlySet<string>,
): void {
  const meta = readMeta(doc, notes);
  // status is what the cluster observed: read where it says something (pod and node addresses), else ignored.
  notes.rest(doc, ['apiVersion', 'kind', 'metadata', 'spec', 'status', 'data'], '');
  if (kind === 'Pod') {
    const draft = readPodSpec(doc.spec, 'spec', meta, notes);
    const finished = podFinished(doc);
    if (finished !== null) notes.add('status.phase', 'notRunning', finished);
    else {
      const ip = podIpOf(doc, draft.hostNetwork);
      out.pods.push(ip !== undefined ? { ...draft, ip } : draft);
    }
  } else if ((WORKLOAD_KINDS as readonly string[]).includes(kind)) {
    if (owners.has(`${kind}/${meta.namespace}/${meta.name}`)) notes.add('', 'podsListed');
    else out.workloads.push(readWorkload(kind as WorkloadKind, doc, meta, notes));
  } else if (kind === 'Service') {
    const s = readService(doc, meta, notes);
    if (s) out.services.push(s);
  } else if (kind === 'Ingress') {
    const ing = readIngress(doc, meta, notes);
    if (ing) out.ingresses.push(ing);
  } else if (kind === 'NetworkPolicy') {
    notes.rest(obj(doc.spec, 'spec'), ['podSelector', 'policyTypes', 'ingress', 'egress'], 'spec');
    const r = networkPolicyFromManifest(doc, meta.namespace);
    if (!r.ok) notes.add(r.problem.path, 'invalid', r.problem.expected);
    else out.policies.push({ ...r.value, name: meta.name });
  } else if (kind === 'Node') out.nodes.push(readNode(doc, meta, notes));
  else if (kind === 'Namespace') {
    // The API server's own label is implied; a namespace with no other label adds nothing.
    const { 'kubernetes.io/metadata.name': _implied, ...labels } = meta.labels;
    if (Object.keys(labels).length > 0) out.namespaces.push({ name: meta.name, labels });
  } else if (kind === 'ConfigMap' && !readConfigMap(doc, meta, out.lab, notes))
    notes.add('', 'unknownKind', kind);
}
