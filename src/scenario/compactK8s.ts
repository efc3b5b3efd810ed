/** Drops the defaults of version 2's Kubernetes parts, so share links stay short; parsing fills them back. */
import type {
  ClusterSpec,
  LabelSelector,
  NetworkPolicyPeer,
  NetworkPolicyRule,
  NetworkPolicySpec,
  ServiceSpec,
} from '../sim';
import { DEFAULTS, defaultPolicyTypes, K8S_DEFAULTS, outsideDefaults } from './defaults';

/** A JSON-ready object: the entries whose value is not undefined. */
export function defined(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out;
}

const ns = (n: string) => (n === DEFAULTS.namespace ? undefined : n);
const some = <T>(xs: readonly T[]) => (xs.length > 0 ? xs : undefined);
const map = (m: Readonly<Record<string, string>>) => (Object.keys(m).length > 0 ? m : undefined);

/** A selector without empty parts. */
function compactSelector(s: LabelSelector): Record<string, unknown> {
  return defined({ matchLabels: map(s.matchLabels), matchExpressions: some(s.matchExpressions) });
}

/** A Service without its defaults (namespace, type, protocol, targetPort = port, Cluster, empty selector). */
function compactService(s: ServiceSpec): Record<string, unknown> {
  return defined({
    name: s.name,
    namespace: ns(s.namespace),
    type: s.type === 'ClusterIP' ? undefined : s.type,
    clusterIP: s.clusterIP,
    selector: map(s.selector),
    ports: s.ports.map((p) =>
      defined({
        name: p.name,
        protocol: p.protocol === 'TCP' ? undefined : p.protocol,
        port: p.port,
        targetPort: p.targetPort === p.port ? undefined : p.targetPort,
        nodePort: p.nodePort,
      }),
    ),
    externalTrafficPolicy: s.externalTrafficPolicy === 'Cluster' ? undefined : 'Local',
  });
}

/** A peer with compact selectors and an ipBlock without an empty except list. */
function compactPeer(p: NetworkPolicyPeer): Record<string, unknown> {
  return defined({
    podSelector: p.podSelector && compactSelector(p.podSelector),
    namespaceSelector: p.namespaceSelector && compactSelector(p.namespaceSelector),
    ipBlock: p.ipBlock && defined({ cidr: p.ipBlock.cidr, except: some(p.ipBlock.except) }),
  });
}

/** A rule without empty lists and TCP protocols. */
function compactRule(r: NetworkPolicyRule): Record<string, unknown> {
  return defined({
    peers: some(r.peers.map(compactPeer)),
    ports: some(
      r.ports.map((p) =>
        defined({
          protocol: p.protocol === 'TCP' ? undefined : p.protocol,
          port: p.port,
          endPort: p.endPort,
        }),
      ),
    ),
  });
}

/** A policy without its namespace default, policyTypes as the API would default them, and empty rule lists. */
function compactPolicy(p: NetworkPolicySpec): Record<string, unknown> {
  const implied = defaultPolicyTypes(p.egress);
  const same =
    p.policyTypes.length === implied.length && p.policyTypes.every((t, i) => t === implied[i]);
  return defined({
    name: p.name,
    namespace: ns(p.namespace),
    podSelector: compactSelector(p.podSelector),
    policyTypes: same ? undefined : p.policyTypes,
    ingress: some(p.ingress.map(compactRule)),
    egress: some(p.egress.map(compactRule)),
  });
}

/** The values of `settings` that differ from `defaults`. */
function changed<T extends object>(settings: T, defaults: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(settings))
    if (v !== (defaults as Record<string, unknown>)[k]) out[k] = v;
  return out;
}

/** The Kubernetes parts of a cluster, compacted; absent parts stay absent. */
export function compactK8s(c: ClusterSpec): Record<string, unknown> {
  return defined({
    namespaces: c.namespaces?.map((n) => defined({ name: n.name, labels: map(n.labels) })),
    serviceCidr: c.serviceCidr,
    services: c.services?.map(compactService),
    ingresses: c.ingresses?.map((i) =>
      defined({ name: i.name, namespace: ns(i.namespace), rules: i.rules }),
    ),
    ingressController: c.ingressController,
    networkPolicies: c.networkPolicies?.map(compactPolicy),
    outside: c.outside && changed(c.outside, outsideDefaults(c.nodeNetwork)),
    netfilter: c.netfilter && changed(c.netfilter, K8S_DEFAULTS.netfilter),
    // cold is the default
    neighbourCaches: c.neighbourCaches === 'warm' ? 'warm' : undefined,
  });
}
