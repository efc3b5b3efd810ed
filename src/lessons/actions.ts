/** Lesson actions: changes to a scenario named by pod and container, applied as pure functions. */
import type { ContainerSpec, PacketRequest, PodSpec } from '../sim';
import type { Scenario } from '../scenario/types';
import { applyK8sAction } from './k8sActions';
import type { LessonAction } from './types';

/** A pod's id "namespace/name". */
const idOf = (p: Pick<PodSpec, 'namespace' | 'name'>) => `${p.namespace}/${p.name}`;

/** Rewrites the pods and containers prepared packets name after a rename (removed ones are dropped). */
function follow(
  packets: readonly PacketRequest[],
  pod: string,
  to: { pod?: string | null; container?: { from: string; to: string | null } },
): PacketRequest[] {
  const out: PacketRequest[] = [];
  for (const p of packets) {
    let gone = false;
    const fix = <E extends PacketRequest['from'] | PacketRequest['to']>(e: E): E => {
      if (!('pod' in e) || e.pod !== pod) return e;
      if (to.pod === null) gone = true;
      const c = to.container;
      if (c && 'container' in e && e.container === c.from) {
        if (c.to === null) gone = true;
        else e = { ...e, container: c.to };
      }
      return to.pod ? { ...e, pod: to.pod } : e;
    };
    const next = { ...p, from: fix(p.from), to: fix(p.to) };
    if (!gone) out.push(next);
  }
  return out;
}

/** Applies one action; the result still has to pass the scenario validator. Unknown names leave it as it was. */
export function applyAction(s: Scenario, a: LessonAction): Scenario {
  const pods = s.cluster.pods;
  const withPods = (next: readonly PodSpec[], packets = s.packets): Scenario => ({
    ...s,
    cluster: { ...s.cluster, pods: next },
    packets,
  });
  const mapPod = (f: (p: PodSpec) => PodSpec) =>
    pods.map((p) => ('pod' in a && typeof a.pod === 'string' && idOf(p) === a.pod ? f(p) : p));
  const mapContainers = (f: (cs: readonly ContainerSpec[]) => ContainerSpec[]) =>
    mapPod((p) => ({ ...p, containers: f(p.containers) }));
  switch (a.do) {
    case 'addContainer':
      return withPods(mapContainers((cs) => [...cs, a.container]));
    case 'setPorts':
      return withPods(
        mapContainers((cs) =>
          cs.map((c) => (c.name === a.container ? { ...c, ports: a.ports } : c)),
        ),
      );
    case 'renameContainer':
      return withPods(
        mapContainers((cs) => cs.map((c) => (c.name === a.container ? { ...c, name: a.name } : c))),
        follow(s.packets, a.pod, { container: { from: a.container, to: a.name } }),
      );
    case 'removeContainer':
      return withPods(
        mapContainers((cs) => cs.filter((c) => c.name !== a.container)),
        follow(s.packets, a.pod, { container: { from: a.container, to: null } }),
      );
    case 'addPod':
    case 'createPod':
      return withPods([...pods, a.pod]);
    case 'renamePod': {
      const old = pods.find((p) => idOf(p) === a.pod);
      if (!old) return s;
      return withPods(
        mapPod((p) => ({ ...p, name: a.name })),
        follow(s.packets, a.pod, { pod: `${old.namespace}/${a.name}` }),
      );
    }
    case 'movePod':
      return withPods(mapPod((p) => ({ ...p, node: a.node })));
    case 'removePod':
    case 'deletePod':
      return withPods(
        pods.filter((p) => idOf(p) !== a.pod),
        follow(s.packets, a.pod, { pod: null }),
      );
    case 'setCni':
      return { ...s, cluster: { ...s.cluster, cni: a.cni } };
    default:
      return applyK8sAction(s, a);
  }
}
