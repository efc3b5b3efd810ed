/** Pure edits of a scenario's Kubernetes objects (Services, Ingress, NetworkPolicies, namespaces, kernel switches); validated by editScenario like every edit. */
import type {
  IngressSpec,
  NetworkPolicySpec,
  NodeNetfilterSettings,
  PacketRequest,
  PodId,
  ServiceSpec,
  Target,
} from '../sim';
import type { Scenario } from '../scenario/types';

/** One edit of the cluster's Kubernetes objects; indexes point into the cluster's lists. */
export type K8sEdit =
  | { readonly type: 'setNetfilter'; readonly settings: Partial<NodeNetfilterSettings> }
  | { readonly type: 'addService' }
  | { readonly type: 'setService'; readonly index: number; readonly service: ServiceSpec }
  | { readonly type: 'removeService'; readonly index: number }
  | { readonly type: 'addIngress' }
  | { readonly type: 'setIngress'; readonly index: number; readonly ingress: IngressSpec }
  | { readonly type: 'removeIngress'; readonly index: number }
  | { readonly type: 'setIngressController'; readonly pod: PodId | null }
  | { readonly type: 'addPolicy' }
  | { readonly type: 'setPolicy'; readonly index: number; readonly policy: NetworkPolicySpec }
  | { readonly type: 'removePolicy'; readonly index: number }
  | {
      readonly type: 'setNamespaceLabels';
      readonly name: string;
      readonly labels: Readonly<Record<string, string>>;
    };

const K8S_TYPES: ReadonlySet<string> = new Set<K8sEdit['type']>([
  'setNetfilter',
  'addService',
  'setService',
  'removeService',
  'addIngress',
  'setIngress',
  'removeIngress',
  'setIngressController',
  'addPolicy',
  'setPolicy',
  'removePolicy',
  'setNamespaceLabels',
]);

/** Whether an edit is one of the Kubernetes-object edits. */
export function isK8sEdit(edit: { readonly type: string }): edit is K8sEdit {
  return K8S_TYPES.has(edit.type);
}

/** The kernel switches as Kubernetes and flannel set them, when a scenario does not say. */
export const DEFAULT_NETFILTER: NodeNetfilterSettings = {
  bridgeNfCallIptables: true,
  hairpinMode: true,
};

/** The first "<base>N" not taken. */
function fresh(base: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${base}${i}`)) return `${base}${i}`;
}

/** A Service for the first pod that listens: its labels as the selector, its first port as the target. */
function newService(s: Scenario): ServiceSpec {
  const { cluster } = s;
  const pod = cluster.pods.find((p) => p.containers.some((c) => c.ports.length > 0));
  const port = pod?.containers.flatMap((c) => c.ports)[0];
  const namespace = pod?.namespace ?? 'default';
  const taken = (cluster.services ?? []).filter((x) => x.namespace === namespace);
  return {
    name: fresh(
      'svc',
      taken.map((x) => x.name),
    ),
    namespace,
    type: 'ClusterIP',
    selector: { ...(pod?.labels ?? {}) },
    ports: [
      {
        protocol: port?.protocol ?? 'TCP',
        port: port?.protocol === 'UDP' ? port.port : 80,
        targetPort: port?.port ?? 80,
      },
    ],
    externalTrafficPolicy: 'Cluster',
  };
}

/** An Ingress routing "/" to the first Service's first port. */
function newIngress(s: Scenario): IngressSpec {
  const svc = s.cluster.services?.find((x) => x.clusterIP !== 'None');
  const namespace = svc?.namespace ?? 'default';
  return {
    name: fresh(
      'ingress',
      (s.cluster.ingresses ?? []).map((x) => x.name),
    ),
    namespace,
    rules: [
      {
        paths: [
          {
            path: '/',
            pathType: 'Prefix',
            service: svc?.name ?? 'web',
            port: svc?.ports[0]?.port ?? 80,
          },
        ],
      },
    ],
  };
}

/** A default-deny policy for the incoming traffic of every pod of the first pod's namespace. */
function newPolicy(s: Scenario): NetworkPolicySpec {
  const namespace = s.cluster.pods[0]?.namespace ?? 'default';
  return {
    name: fresh(
      'deny-all',
      (s.cluster.networkPolicies ?? []).map((x) => x.name),
    ),
    namespace,
    podSelector: { matchLabels: {}, matchExpressions: [] },
    policyTypes: ['Ingress'],
    ingress: [],
    egress: [],
  };
}

/** Replaces item i of a list (unchanged when i is out of range). */
function setAt<T>(list: readonly T[] | undefined, i: number, item: T): readonly T[] {
  return (list ?? []).map((x, j) => (j === i ? item : x));
}

/** Removes item i of a list. */
function without<T>(list: readonly T[] | undefined, i: number): readonly T[] {
  return (list ?? []).filter((_, j) => j !== i);
}

/** A packet's target after a Service was renamed (to a new "ns/name") or removed (null). */
function retarget(to: Target, old: string, now: string | null): Target | null {
  if ((to.kind !== 'service' && to.kind !== 'nodeport') || to.service !== old) return to;
  return now === null ? null : { ...to, service: now };
}

/** The packets after a Service's rename or removal: retargeted, or dropped with it. */
function followService(
  packets: readonly PacketRequest[],
  old: string,
  now: string | null,
): readonly PacketRequest[] {
  if (old === now) return packets;
  return packets.flatMap((p) => {
    const to = retarget(p.to, old, now);
    return to === null ? [] : [to === p.to ? p : { ...p, to }];
  });
}

/** Ingress backends after a Service in `namespace` was renamed from `old` to `now`. */
function followBackends(
  ingresses: readonly IngressSpec[] | undefined,
  namespace: string,
  old: string,
  now: string,
): readonly IngressSpec[] | undefined {
  if (!ingresses || old === now) return ingresses;
  return ingresses.map((ing) =>
    ing.namespace !== namespace
      ? ing
      : {
          ...ing,
          rules: ing.rules.map((r) => ({
            ...r,
            paths: r.paths.map((p) => (p.service === old ? { ...p, service: now } : p)),
          })),
        },
  );
}

/** Applies one Kubernetes-object edit; out-of-range indexes leave the scenario unchanged. */
export function applyK8sEdit(s: Scenario, edit: K8sEdit): Scenario {
  const c = s.cluster;
  const withCluster = (cluster: Scenario['cluster'], packets = s.packets): Scenario => ({
    ...s,
    cluster,
    packets,
  });
  switch (edit.type) {
    case 'setNetfilter':
      return withCluster({
        ...c,
        netfilter: { ...DEFAULT_NETFILTER, ...c.netfilter, ...edit.settings },
      });
    case 'addService':
      return withCluster({ ...c, services: [...(c.services ?? []), newService(s)] });
    case 'setService': {
      const old = c.services?.[edit.index];
      if (!old) return s;
      const from = `${old.namespace}/${old.name}`;
      const to = `${edit.service.namespace}/${edit.service.name}`;
      const ingresses =
        old.namespace === edit.service.namespace
          ? followBackends(c.ingresses, old.namespace, old.name, edit.service.name)
          : c.ingresses;
      return withCluster(
        {
          ...c,
          services: setAt(c.services, edit.index, edit.service),
          ...(ingresses ? { ingresses } : {}),
        },
        followService(s.packets, from, to),
      );
    }
    case 'removeService': {
      const old = c.services?.[edit.index];
      if (!old) return s;
      return withCluster(
        { ...c, services: without(c.services, edit.index) },
        followService(s.packets, `${old.namespace}/${old.name}`, null),
      );
    }
    case 'addIngress':
      return withCluster({ ...c, ingresses: [...(c.ingresses ?? []), newIngress(s)] });
    case 'setIngress':
      if (!c.ingresses?.[edit.index]) return s;
      return withCluster({ ...c, ingresses: setAt(c.ingresses, edit.index, edit.ingress) });
    case 'removeIngress':
      return withCluster({ ...c, ingresses: without(c.ingresses, edit.index) });
    case 'setIngressController': {
      const { ingressController: _old, ...rest } = c;
      return withCluster(
        edit.pod === null ? rest : { ...rest, ingressController: { pod: edit.pod } },
      );
    }
    case 'addPolicy':
      return withCluster({ ...c, networkPolicies: [...(c.networkPolicies ?? []), newPolicy(s)] });
    case 'setPolicy':
      if (!c.networkPolicies?.[edit.index]) return s;
      return withCluster({
        ...c,
        networkPolicies: setAt(c.networkPolicies, edit.index, edit.policy),
      });
    case 'removePolicy':
      return withCluster({ ...c, networkPolicies: without(c.networkPolicies, edit.index) });
    case 'setNamespaceLabels': {
      const others = (c.namespaces ?? []).filter((n) => n.name !== edit.name);
      return withCluster({
        ...c,
        namespaces: [...others, { name: edit.name, labels: { ...edit.labels } }],
      });
    }
  }
}
