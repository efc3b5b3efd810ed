/** NetworkPolicy matching: label selectors, namespace labels, rule peers (pods, namespaces, ipBlock) and ports. */
import { maskOf, parseIpv4 } from '../model/ipv4';
import type {
  LabelSelector,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicyRule,
  NetworkPolicySpec,
} from '../model/k8sTypes';
import type { ClusterSpec, PodSpec } from '../model/types';

/** The label the API server puts on every namespace, so a namespaceSelector can pick one by name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** What policy needs to know about the other end of a packet. */
export interface PolicyPeer {
  /** Its address as the packet carries it where the CNI checks it. */
  readonly ip: string;
  /** The pod owning that address (pods on the pod network only; hostNetwork pods use their node's address). */
  readonly pod?: PodSpec;
  /** The node whose own address it is (eth0, cni0, flannel.1; hostNetwork pods' traffic too). */
  readonly node?: string;
}

/** What the packet is, as far as a policy's ports can tell. */
export interface PolicyFlow {
  /** TCP, UDP or ICMP (a rule that lists ports never matches ICMP). */
  readonly protocol: 'TCP' | 'UDP' | 'ICMP';
  /** The destination port for TCP and UDP. */
  readonly port?: number;
}

/** Whether a label set satisfies a selector: every matchLabels pair and every matchExpressions requirement. */
export function selectorMatches(
  sel: LabelSelector,
  labels: Readonly<Record<string, string>>,
): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels)) if (labels[k] !== v) return false;
  return sel.matchExpressions.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    const value = labels[r.key];
    switch (r.operator) {
      case 'In':
        return has && value !== undefined && r.values.includes(value);
      case 'NotIn': // as in Kubernetes: a pod without the key is "not in" the values
        return !has || value === undefined || !r.values.includes(value);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
    }
  });
}

/** A namespace's labels, with the implied `kubernetes.io/metadata.name` (a namespace not listed has only that one). */
export function namespaceLabels(
  cluster: ClusterSpec,
  namespace: string,
): Readonly<Record<string, string>> {
  const spec = cluster.namespaces?.find((n) => n.name === namespace);
  return { ...(spec?.labels ?? {}), [NAMESPACE_NAME_LABEL]: namespace };
}

/** The policies of the pod's namespace that select it and isolate it for `direction`, in scenario order. */
export function isolatingPolicies(
  cluster: ClusterSpec,
  pod: PodSpec,
  direction: 'ingress' | 'egress',
): NetworkPolicySpec[] {
  const type = direction === 'ingress' ? 'Ingress' : 'Egress';
  return (cluster.networkPolicies ?? []).filter(
    (p) =>
      p.namespace === pod.namespace &&
      p.policyTypes.includes(type) &&
      selectorMatches(p.podSelector, pod.labels),
  );
}

/** Whether an address lies in "a.b.c.d/n" (host bits ignored, as Kubernetes' parser masks them). */
export function inCidr(ip: string, cidr: string): boolean {
  const [addr, len] = cidr.split('/');
  const base = parseIpv4(addr ?? '');
  const n = parseIpv4(ip);
  const prefix = Number(len);
  if (base === null || n === null || !Number.isInteger(prefix) || prefix < 0 || prefix > 32)
    return false;
  return (n & maskOf(prefix)) >>> 0 === (base & maskOf(prefix)) >>> 0;
}

/** Whether one peer of a rule matches the other end of the packet. */
export function peerMatches(
  cluster: ClusterSpec,
  policy: NetworkPolicySpec,
  peer: NetworkPolicyPeer,
  other: PolicyPeer,
): boolean {
  if (peer.ipBlock) {
    const { cidr, except } = peer.ipBlock;
    return inCidr(other.ip, cidr) && !except.some((e) => inCidr(other.ip, e));
  }
  if (!peer.podSelector && !peer.namespaceSelector) return false; // the API rejects an empty peer
  const pod = other.pod;
  if (!pod) return false; // selectors pick pods, never a node or an outside address
  const nsOk = peer.namespaceSelector
    ? selectorMatches(peer.namespaceSelector, namespaceLabels(cluster, pod.namespace))
    : pod.namespace === policy.namespace;
  return nsOk && (!peer.podSelector || selectorMatches(peer.podSelector, pod.labels));
}

/** The port numbers a named port stands for on the destination pod, for that protocol. */
function namedPortNumbers(dst: PodSpec | undefined, name: string, protocol: string): number[] {
  if (!dst) return [];
  return dst.containers.flatMap((c) =>
    c.ports.filter((p) => p.name === name && p.protocol === protocol).map((p) => p.port),
  );
}

/** Whether one port entry of a rule matches the packet; named ports resolve on the destination pod. */
export function portMatches(
  port: NetworkPolicyPort,
  flow: PolicyFlow,
  dst: PodSpec | undefined,
): boolean {
  if (flow.protocol !== port.protocol) return false;
  if (port.port === undefined) return true;
  if (flow.port === undefined) return false;
  if (typeof port.port === 'string')
    return namedPortNumbers(dst, port.port, port.protocol).includes(flow.port);
  const last = port.endPort ?? port.port;
  return flow.port >= port.port && flow.port <= last;
}

/** How a rule fares against a packet: it allows it, it names the peer but not the port, or not the peer. */
export function ruleVerdict(
  cluster: ClusterSpec,
  policy: NetworkPolicySpec,
  rule: NetworkPolicyRule,
  other: PolicyPeer,
  flow: PolicyFlow,
  dst: PodSpec | undefined,
): 'allows' | 'wrong-port' | 'wrong-peer' {
  const peerOk =
    rule.peers.length === 0 || rule.peers.some((p) => peerMatches(cluster, policy, p, other));
  if (!peerOk) return 'wrong-peer';
  const portOk = rule.ports.length === 0 || rule.ports.some((p) => portMatches(p, flow, dst));
  return portOk ? 'allows' : 'wrong-port';
}
