/**
 * Kubernetes NetworkPolicy semantics: whether a packet may leave its source pod (egress) and enter
 * its destination pod (ingress), which policy and rule decided, and why — pure, over the cluster.
 */
import { ex } from '../trace/explain';
import { podIdOf } from '../model/ids';
import { isolatingPolicies, ruleVerdict, type PolicyFlow, type PolicyPeer } from './policyMatch';
import type { NetworkPolicySpec } from '../model/k8sTypes';
import type { ClusterSpec, PodSpec } from '../model/types';
import type { PolicyDecision } from '../trace/traceTypes';

export {
  inCidr,
  isolatingPolicies,
  namespaceLabels,
  NAMESPACE_NAME_LABEL,
  peerMatches,
  portMatches,
  selectorMatches,
  type PolicyFlow,
  type PolicyPeer,
} from './policyMatch';

/** "namespace/name" of a policy, as decisions name it. */
export function policyName(p: NetworkPolicySpec): string {
  return `${p.namespace}/${p.name}`;
}

/** A pod's labels as selectors write them ("app=web,tier=front"; "{}" when it has none). */
export function labelText(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length > 0 ? pairs.join(',') : '{}';
}

const Dir = { ingress: 'In', egress: 'Eg' } as const;

/**
 * The NetworkPolicy verdict for one side of a packet: `direction` 'egress' checks the source pod
 * `subject` against the destination `other`; 'ingress' checks the destination pod `subject` against
 * the source `other`. Default allow; once a policy isolates the pod for that direction, only what
 * some rule of some isolating policy allows passes (the rules of all of them add up).
 */
export function decidePolicy(
  cluster: ClusterSpec,
  direction: 'ingress' | 'egress',
  subject: PodSpec,
  other: PolicyPeer,
  flow: PolicyFlow,
): PolicyDecision {
  const pod = podIdOf(subject);
  const d = Dir[direction];
  const isolating = isolatingPolicies(cluster, subject, direction);
  const policies = isolating.map(policyName);
  const base = { direction, pod, policies };
  if (other.pod && podIdOf(other.pod) === pod)
    return { ...base, allowed: true, explain: ex('sim.policy.self', { pod }) };
  if (isolating.length === 0)
    return { ...base, allowed: true, explain: ex(`sim.policy.notIsolated${d}`, { pod }) };
  if (direction === 'ingress' && other.node !== undefined && other.node === subject.node)
    return {
      ...base,
      allowed: true,
      explain: ex('sim.policy.localNode', { pod, ip: other.ip, node: other.node }),
    };
  // The destination pod resolves named ports: the subject for ingress, the other end for egress.
  const dst = direction === 'ingress' ? subject : other.pod;
  let peerSeen = false;
  let rulesSeen = false;
  for (const p of isolating) {
    const rules = direction === 'ingress' ? p.ingress : p.egress;
    for (const [i, rule] of rules.entries()) {
      rulesSeen = true;
      const v = ruleVerdict(cluster, p, rule, other, flow, dst);
      if (v === 'allows') {
        const by = `${policyName(p)}#${direction}[${i}]`;
        return {
          ...base,
          allowed: true,
          allowedBy: by,
          explain: ex(`sim.policy.allowed${d}`, { pod, rule: by }),
        };
      }
      if (v === 'wrong-port') peerSeen = true;
    }
  }
  const list = policies.join(', ');
  const denied = { ...base, allowed: false };
  if (!rulesSeen)
    return { ...denied, explain: ex(`sim.policy.noRules${d}`, { pod, policies: list }) };
  if (peerSeen) {
    if (flow.port === undefined)
      return {
        ...denied,
        explain: ex(`sim.policy.noProtocol${d}`, { pod, policies: list, protocol: flow.protocol }),
      };
    return {
      ...denied,
      explain: ex(`sim.policy.noPort${d}`, {
        pod,
        policies: list,
        protocol: flow.protocol,
        port: flow.port,
      }),
    };
  }
  if (other.pod)
    return {
      ...denied,
      explain: ex(`sim.policy.noPeerPod${d}`, {
        pod,
        policies: list,
        peer: podIdOf(other.pod),
        labels: labelText(other.pod.labels),
        namespace: other.pod.namespace,
      }),
    };
  return {
    ...denied,
    explain: ex(`sim.policy.noPeerIp${d}`, { pod, policies: list, ip: other.ip }),
  };
}

/** Both sides of a pod-to-something packet: the source's egress (when a pod) and the destination's ingress (when a pod). */
export function decideFlow(
  cluster: ClusterSpec,
  src: PolicyPeer,
  dst: PolicyPeer,
  flow: PolicyFlow,
): {
  readonly egress?: PolicyDecision;
  readonly ingress?: PolicyDecision;
  readonly allowed: boolean;
} {
  const egress = src.pod ? decidePolicy(cluster, 'egress', src.pod, dst, flow) : undefined;
  const ingress = dst.pod ? decidePolicy(cluster, 'ingress', dst.pod, src, flow) : undefined;
  const allowed = (egress?.allowed ?? true) && (ingress?.allowed ?? true);
  return { ...(egress ? { egress } : {}), ...(ingress ? { ingress } : {}), allowed };
}

/**
 * The API server's default for an absent `policyTypes`: Ingress always, plus Egress when the policy
 * has egress rules. Our NetworkPolicySpec carries policyTypes explicitly; the scenario format fills
 * it with this when a policy (or imported YAML) leaves it out.
 */
export function defaultPolicyTypes(egressRules: number): readonly ('Ingress' | 'Egress')[] {
  return egressRules > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}
