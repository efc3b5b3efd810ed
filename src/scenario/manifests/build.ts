/** Kubernetes YAML or kubectl output to a scenario: read, expand controllers, place pods, keep real addresses, then the one validate gate. */
import { planNodeAddresses, type CniMode, type NodeSpec, type PodSpec } from '../../sim';
import { DEFAULTS } from '../defaults';
import type { ScenarioError } from '../errors';
import { LIMITS } from '../limits';
import type { Scenario } from '../types';
import { parseScenario } from '../validate';
import { fitPodIps, inferRanges } from './addresses';
import { collect, type Collected } from './collect';
import { MANIFEST_LIMITS } from './limits';
import { toDnsLabel } from './names';
import type { NodeDraft } from './node';
import { findIngressController, firstPacket, ingressControllerPod } from './packet';
import { Placer, toPodSpec } from './placement';
import type { ManifestNote } from './read';
import { replica } from './workloads';
import { readDocuments, type TextProblem } from './yamlDocs';

/** What the learner chose in the import dialog. */
export interface ImportOptions {
  /** The CNI mode; "auto" = as flannel's ConfigMap in the input says, else the default (bridge + host-gw). */
  readonly cni: CniMode | 'auto';
  /** The title when the input carries none (the UI passes it in the learner's language). */
  readonly title: string;
}

/** The outcome of an import: a scenario and its notes, text that cannot be read, or a cluster the gate rejects. */
export type ManifestImport =
  | {
      readonly status: 'ok';
      readonly scenario: Scenario;
      readonly notes: readonly ManifestNote[];
      /** Notes past MANIFEST_LIMITS.notes, counted only. */
      readonly omitted: number;
    }
  | { readonly status: 'unreadable'; readonly problem: TextProblem }
  | {
      readonly status: 'invalid';
      readonly errors: readonly ScenarioError[];
      readonly notes: readonly ManifestNote[];
    };

const added = (kind: string, name: string): ManifestNote => ({
  kind,
  name,
  path: '',
  reason: 'added',
});

/** The nodes: those given, those pods name, or two when there are none. */
function nodesFor(c: Collected, notes: ManifestNote[]): NodeDraft[] {
  const nodes = [...c.nodes];
  const known = new Set(nodes.map((n) => n.spec.name));
  for (const d of [...c.pods, ...c.workloads.map((w) => w.template)]) {
    const name = d.nodeName === undefined ? undefined : toDnsLabel(d.nodeName);
    if (name === undefined || known.has(name)) continue;
    known.add(name);
    nodes.push({ spec: { name }, labels: {}, taints: [] });
    notes.push(added('Node', name));
  }
  if (nodes.length > 0) return nodes;
  for (const name of ['node-1', 'node-2']) notes.push(added('Node', name));
  return ['node-1', 'node-2'].map((name) => ({ spec: { name }, labels: {}, taints: [] }));
}

/** Places every pod: pinned pods first (they take their node whatever its load), then controllers' replicas. */
function placePods(c: Collected, nodes: readonly NodeDraft[]): PodSpec[] | null {
  const daemonNodes = nodes.length;
  const total = c.workloads.reduce(
    (n, w) => n + (w.kind === 'DaemonSet' ? daemonNodes : w.replicas),
    c.pods.length,
  );
  if (total > MANIFEST_LIMITS.pods) return null;
  const placer = new Placer(nodes);
  const pin = (d: { nodeName?: string }) =>
    d.nodeName === undefined ? {} : { nodeName: toDnsLabel(d.nodeName) };
  const pods = [...c.pods]
    .sort((a, b) => Number(b.nodeName !== undefined) - Number(a.nodeName !== undefined))
    .map((d) => toPodSpec(d, placer.choose({ ...d, ...pin(d) })));
  for (const w of c.workloads) {
    const drafts =
      w.kind === 'DaemonSet'
        ? placer.daemonSet(w)
        : Array.from({ length: w.replicas }, (_, i) => replica(w, i));
    for (const d of drafts) pods.push(toPodSpec(d, placer.choose({ ...d, ...pin(d) })));
  }
  return pods;
}

/** Reads pasted manifests or kubectl output and returns a validated scenario with the list of what was left out. */
export function manifestsToScenario(source: string, options: ImportOptions): ManifestImport {
  const docs = readDocuments(source);
  if (!docs.ok) return { status: 'unreadable', problem: docs.problem };
  const c = collect(docs.objects);
  const notes = [...c.notes];
  const nodes = nodesFor(c, notes);
  let pods = placePods(c, nodes);
  if (pods === null)
    return {
      status: 'unreadable',
      problem: { what: 'tooManyPods', detail: String(MANIFEST_LIMITS.pods) },
    };
  const lab = c.lab;
  let controller = lab.ingressController;
  if (c.ingresses.length > 0 && controller === undefined) {
    const found = findIngressController(pods);
    const pod = found ?? ingressControllerPod(nodes[0]?.spec.name ?? '');
    if (!found) {
      pods = [...pods, pod];
      notes.push(added('Pod', `${pod.namespace}/${pod.name}`));
    }
    controller = `${pod.namespace}/${pod.name}`;
  }
  const nodeSpecs: NodeSpec[] = nodes.map((n) => n.spec);
  const ranges = inferRanges(nodeSpecs, pods, c.services, lab, notes);
  const planned = planNodeAddresses({
    name: '',
    cni: DEFAULTS.cni,
    nodes: nodeSpecs,
    pods: [],
    clusterCidr: ranges.clusterCidr,
    nodeNetwork: ranges.nodeNetwork,
  });
  const podCidrOf = new Map(nodeSpecs.map((n, i) => [n.name, planned[i]?.podCidr ?? null]));
  pods = fitPodIps(pods, podCidrOf, notes);
  const namespaces = c.namespaces.slice(0, LIMITS.namespaces);
  const packet = firstPacket(pods, c.services);
  const doc = {
    version: 2,
    title: lab.title ?? options.title,
    description: lab.description ?? '',
    cluster: {
      name: lab.clusterName ?? DEFAULTS.clusterName,
      clusterCidr: ranges.clusterCidr,
      nodeNetwork: ranges.nodeNetwork,
      cni: options.cni === 'auto' ? (lab.cni ?? DEFAULTS.cni) : options.cni,
      nodes: nodeSpecs,
      pods,
      ...(namespaces.length > 0 ? { namespaces } : {}),
      ...(ranges.serviceCidr !== undefined ? { serviceCidr: ranges.serviceCidr } : {}),
      ...(c.services.length > 0 ? { services: c.services } : {}),
      ...(c.ingresses.length > 0 ? { ingresses: c.ingresses } : {}),
      ...(controller !== undefined ? { ingressController: { pod: controller } } : {}),
      ...(c.policies.length > 0 ? { networkPolicies: c.policies } : {}),
      ...(lab.outside !== undefined
        ? { outside: lab.outside }
        : ranges.outside
          ? { outside: ranges.outside }
          : {}),
      ...(lab.netfilter !== undefined ? { netfilter: lab.netfilter } : {}),
    },
    // The lab's ConfigMap lists the prepared packets (none when it has no packets.json).
    packets: lab.packets ?? (lab.fromLab || !packet ? [] : [packet]),
  };
  const kept = notes.slice(0, MANIFEST_LIMITS.notes);
  const parsed = parseScenario(doc);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, notes: kept };
  return {
    status: 'ok',
    scenario: parsed.scenario,
    notes: kept,
    omitted: notes.length - kept.length,
  };
}
