/** Lesson actions on a scenario's Kubernetes objects: the kernel switches, a Service's traffic policy, NetworkPolicies. */
import type { NetworkPolicySpec } from '../sim';
import type { Scenario } from '../scenario/types';

/** The Kubernetes-object actions a lesson step may take (validated by the lesson schema). */
export type K8sLessonAction =
  | {
      readonly do: 'setNetfilter';
      readonly bridgeNfCallIptables?: boolean;
      readonly hairpinMode?: boolean;
    }
  | {
      readonly do: 'setTrafficPolicy';
      readonly service: string;
      readonly policy: 'Cluster' | 'Local';
    }
  | { readonly do: 'addPolicy'; readonly policy: NetworkPolicySpec }
  | { readonly do: 'removePolicy'; readonly policy: string };

/** Applies one such action; an unknown Service or policy leaves the scenario as it was. */
export function applyK8sAction(s: Scenario, a: K8sLessonAction): Scenario {
  const c = s.cluster;
  switch (a.do) {
    case 'setNetfilter':
      return {
        ...s,
        cluster: {
          ...c,
          netfilter: {
            bridgeNfCallIptables:
              a.bridgeNfCallIptables ?? c.netfilter?.bridgeNfCallIptables ?? true,
            hairpinMode: a.hairpinMode ?? c.netfilter?.hairpinMode ?? true,
          },
        },
      };
    case 'setTrafficPolicy': {
      const services = (c.services ?? []).map((x) =>
        `${x.namespace}/${x.name}` === a.service ? { ...x, externalTrafficPolicy: a.policy } : x,
      );
      return { ...s, cluster: { ...c, services } };
    }
    case 'addPolicy':
      return { ...s, cluster: { ...c, networkPolicies: [...(c.networkPolicies ?? []), a.policy] } };
    case 'removePolicy': {
      const networkPolicies = (c.networkPolicies ?? []).filter(
        (p) => `${p.namespace}/${p.name}` !== a.policy,
      );
      return { ...s, cluster: { ...c, networkPolicies } };
    }
  }
}
