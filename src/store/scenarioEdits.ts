/** Pure scenario edits: each turns a scenario into a candidate (validated by editScenario) and says how packets follow renames. */
import type { CniMode, ContainerSpec, PodId, PodSpec, PortSpec } from '../sim';
import type { Scenario } from '../scenario/types';
import { applyK8sEdit, isK8sEdit, type K8sEdit } from './k8sEdits';
import { remapRequests, type Renames } from './renames';

export { remapRequest, remapRequests, type Renames } from './renames';

/** One edit the learner can make; indexes point into cluster.nodes / cluster.pods / pod.containers. */
export type ScenarioEdit =
  | { readonly type: 'setTitle'; readonly title: string }
  | { readonly type: 'setCni'; readonly cni: CniMode }
  | { readonly type: 'addNode' }
  | { readonly type: 'renameNode'; readonly node: number; readonly name: string }
  | { readonly type: 'removeNode'; readonly node: number }
  | { readonly type: 'addPod'; readonly node: string }
  | { readonly type: 'renamePod'; readonly pod: number; readonly name: string }
  | { readonly type: 'removePod'; readonly pod: number }
  | { readonly type: 'movePod'; readonly pod: number; readonly node: string }
  | { readonly type: 'setHostNetwork'; readonly pod: number; readonly on: boolean }
  | { readonly type: 'setLabels'; readonly pod: number; readonly labels: Record<string, string> }
  | { readonly type: 'addContainer'; readonly pod: number }
  | {
      readonly type: 'renameContainer';
      readonly pod: number;
      readonly container: number;
      readonly name: string;
    }
  | { readonly type: 'removeContainer'; readonly pod: number; readonly container: number }
  | {
      readonly type: 'setImage';
      readonly pod: number;
      readonly container: number;
      readonly image: string;
    }
  | {
      readonly type: 'setPorts';
      readonly pod: number;
      readonly container: number;
      readonly ports: readonly PortSpec[];
    }
  | K8sEdit;

/** The result of an edit: a candidate scenario and the renames it implies. */
export interface EditResult {
  /** The candidate; the slice commits it only if it validates. */
  readonly scenario: Scenario;
  /** Renames and removals the edit caused. */
  readonly renames: Renames;
}

/** A pod's id as packets refer to it. */
export function podIdOf(pod: PodSpec): PodId {
  return `${pod.namespace}/${pod.name}` as PodId;
}

/** The first name "<base>N" (N from 1) not in taken. */
export function freshName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Applies one edit; out-of-range indexes leave the scenario unchanged. */
export function applyEdit(s: Scenario, edit: ScenarioEdit): EditResult {
  const pods = new Map<string, string | null>();
  const containers = new Map<string, string | null>();
  const nodes = new Map<string, string | null>();
  if (isK8sEdit(edit))
    return { scenario: applyK8sEdit(s, edit), renames: { pods, containers, nodes } };
  const cluster = { ...s.cluster } as Mutable<Scenario['cluster']>;
  const podList = [...cluster.pods];
  const setPod = (i: number, f: (p: PodSpec) => PodSpec) => {
    const p = podList[i];
    if (p) podList[i] = f(p);
  };
  const setContainers = (i: number, f: (cs: ContainerSpec[]) => ContainerSpec[]) =>
    setPod(i, (p) => ({ ...p, containers: f([...p.containers]) }));
  let title = s.title;
  switch (edit.type) {
    case 'setTitle':
      title = edit.title;
      break;
    case 'setCni':
      cluster.cni = edit.cni;
      break;
    case 'addNode':
      cluster.nodes = [
        ...cluster.nodes,
        {
          name: freshName(
            'node',
            cluster.nodes.map((n) => n.name),
          ),
        },
      ];
      break;
    case 'renameNode': {
      const old = cluster.nodes[edit.node];
      if (!old) break;
      nodes.set(old.name, edit.name);
      cluster.nodes = cluster.nodes.map((n, i) =>
        i === edit.node ? { ...n, name: edit.name } : n,
      );
      podList.forEach(
        (p, i) => p.node === old.name && setPod(i, (q) => ({ ...q, node: edit.name })),
      );
      break;
    }
    case 'removeNode': {
      const old = cluster.nodes[edit.node];
      if (!old) break;
      nodes.set(old.name, null);
      cluster.nodes = cluster.nodes.filter((_, i) => i !== edit.node);
      for (const p of podList) if (p.node === old.name) pods.set(podIdOf(p), null);
      cluster.pods = podList.filter((p) => p.node !== old.name);
      return finish();
    }
    case 'addPod': {
      const name = freshName(
        'pod',
        podList.filter((p) => p.namespace === 'default').map((p) => p.name),
      );
      podList.push({
        name,
        namespace: 'default',
        node: edit.node,
        labels: { app: name },
        hostNetwork: false,
        containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP' }] }],
      });
      break;
    }
    case 'renamePod': {
      const old = podList[edit.pod];
      if (!old) break;
      pods.set(podIdOf(old), `${old.namespace}/${edit.name}`);
      setPod(edit.pod, (p) => ({ ...p, name: edit.name }));
      break;
    }
    case 'removePod': {
      const old = podList[edit.pod];
      if (!old) break;
      pods.set(podIdOf(old), null);
      podList.splice(edit.pod, 1);
      break;
    }
    case 'movePod':
      setPod(edit.pod, (p) => ({ ...p, node: edit.node }));
      break;
    case 'setHostNetwork':
      setPod(edit.pod, (p) => {
        const { ip: _ip, ...rest } = p;
        return edit.on ? { ...rest, hostNetwork: true } : { ...p, hostNetwork: false };
      });
      break;
    case 'setLabels':
      setPod(edit.pod, (p) => ({ ...p, labels: { ...edit.labels } }));
      break;
    case 'addContainer':
      setContainers(edit.pod, (cs) => [
        ...cs,
        {
          name: freshName(
            'sidecar',
            cs.map((c) => c.name),
          ),
          image: 'busybox:1.36',
          ports: [],
        },
      ]);
      break;
    case 'renameContainer': {
      const p = podList[edit.pod];
      const c = p?.containers[edit.container];
      if (!p || !c) break;
      containers.set(`${podIdOf(p)}/${c.name}`, edit.name);
      setContainers(edit.pod, (cs) =>
        cs.map((x, i) => (i === edit.container ? { ...x, name: edit.name } : x)),
      );
      break;
    }
    case 'removeContainer': {
      const p = podList[edit.pod];
      const c = p?.containers[edit.container];
      if (!p || !c) break;
      containers.set(`${podIdOf(p)}/${c.name}`, null);
      setContainers(edit.pod, (cs) => cs.filter((_, i) => i !== edit.container));
      break;
    }
    case 'setImage':
      setContainers(edit.pod, (cs) =>
        cs.map((x, i) => (i === edit.container ? { ...x, image: edit.image } : x)),
      );
      break;
    case 'setPorts':
      setContainers(edit.pod, (cs) =>
        cs.map((x, i) => (i === edit.container ? { ...x, ports: [...edit.ports] } : x)),
      );
      break;
  }
  cluster.pods = podList;
  return finish();

  function finish(): EditResult {
    const renames: Renames = { pods, containers, nodes };
    const packets = remapRequests(renames, s.packets);
    // the ingress controller follows its pod's rename, and goes with it
    const ctl = cluster.ingressController && pods.get(cluster.ingressController.pod);
    if (ctl !== undefined) {
      const { ingressController: _gone, ...rest } = cluster;
      return {
        scenario: {
          ...s,
          title,
          cluster: ctl === null ? rest : { ...rest, ingressController: { pod: ctl as PodId } },
          packets,
        },
        renames,
      };
    }
    return { scenario: { ...s, title, cluster, packets }, renames };
  }
}
