/** Clusters, pods and policy builders shared by the NetworkPolicy tests. */
import { policyEn } from '../../../src/i18n/en/policy';
import { policyKo } from '../../../src/i18n/ko/policy';
import type {
  ClusterSpec,
  Explanation,
  LabelRequirement,
  LabelSelector,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicyRule,
  NetworkPolicySpec,
  PodSpec,
  PolicyPeer,
} from '../../../src/sim';

/** A selector from labels and expressions. */
export const sel = (
  matchLabels: Record<string, string> = {},
  ...matchExpressions: LabelRequirement[]
): LabelSelector => ({ matchLabels, matchExpressions });

/** A matchExpressions requirement. */
export const req = (
  key: string,
  operator: LabelRequirement['operator'],
  ...values: string[]
): LabelRequirement => ({ key, operator, values });

/** A rule. */
export const rule = (
  peers: NetworkPolicyPeer[] = [],
  ports: NetworkPolicyPort[] = [],
): NetworkPolicyRule => ({ peers, ports });

/** A TCP (or given protocol) port entry. */
export const tcp = (port?: number | string, endPort?: number): NetworkPolicyPort => ({
  protocol: 'TCP',
  ...(port !== undefined ? { port } : {}),
  ...(endPort !== undefined ? { endPort } : {}),
});
export const udp = (port?: number | string): NetworkPolicyPort => ({
  protocol: 'UDP',
  ...(port !== undefined ? { port } : {}),
});

/** A policy: name "ns/name", the pods it selects, the directions it isolates, its rules. */
export function policy(
  id: string,
  podSelector: LabelSelector,
  policyTypes: ('Ingress' | 'Egress')[],
  rules: { ingress?: NetworkPolicyRule[]; egress?: NetworkPolicyRule[] } = {},
): NetworkPolicySpec {
  const [namespace = '', name = ''] = id.split('/');
  return {
    name,
    namespace,
    podSelector,
    policyTypes,
    ingress: rules.ingress ?? [],
    egress: rules.egress ?? [],
  };
}

const p = (
  id: string,
  node: string,
  labels: Record<string, string>,
  ports: { port: number; protocol: 'TCP' | 'UDP'; name?: string }[] = [],
): PodSpec => {
  const [namespace = '', name = ''] = id.split('/');
  return {
    name,
    namespace,
    node,
    labels,
    hostNetwork: false,
    containers: [{ name: name === 'db' ? 'postgres' : 'app', image: 'app:1', ports }],
  };
};

/** The pods of the shop cluster (IPs in allocation order: node1 10.244.1.2…, node2 10.244.2.2…). */
export const PODS = {
  web: p('shop/web', 'node1', { app: 'web', tier: 'front' }, [
    { port: 80, protocol: 'TCP', name: 'http' },
  ]),
  db: p('shop/db', 'node1', { app: 'db' }, [{ port: 5432, protocol: 'TCP', name: 'pg' }]),
  plain: p('shop/plain', 'node1', {}),
  api: p('shop/api', 'node2', { app: 'api', tier: 'back' }, [
    { port: 8080, protocol: 'TCP', name: 'http' },
    { port: 9090, protocol: 'TCP', name: 'metrics' },
  ]),
  client: p('default/client', 'node2', { app: 'client' }),
  web2: p('default/web2', 'node2', { app: 'web' }),
  prom: p('monitoring/prom', 'node2', { app: 'prometheus' }, [{ port: 9090, protocol: 'TCP' }]),
  grafana: p('monitoring/grafana', 'node2', { app: 'grafana' }),
  dns: p('kube-system/coredns', 'node2', { 'k8s-app': 'kube-dns' }, [
    { port: 53, protocol: 'UDP', name: 'dns' },
  ]),
} as const;

/** Addresses buildNetwork gives the shop cluster's pods (stated, not computed). */
export const IPS: Record<keyof typeof PODS, string> = {
  web: '10.244.1.2',
  db: '10.244.1.3',
  plain: '10.244.1.4',
  api: '10.244.2.2',
  client: '10.244.2.3',
  web2: '10.244.2.4',
  prom: '10.244.2.5',
  grafana: '10.244.2.6',
  dns: '10.244.2.7',
};

/** A pod as the other end of a packet. */
export const peer = (k: keyof typeof PODS): PolicyPeer => ({ ip: IPS[k], pod: PODS[k] });

/** The shop cluster with the given policies: shop (team=shop, env=prod), monitoring (team=ops); default and kube-system unlisted. */
export function shop(
  networkPolicies: NetworkPolicySpec[],
  extra: Partial<ClusterSpec> = {},
): ClusterSpec {
  return {
    name: 'shop',
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni: 'bridge-hostgw',
    nodes: [{ name: 'node1' }, { name: 'node2' }],
    pods: Object.values(PODS),
    namespaces: [
      { name: 'shop', labels: { team: 'shop', env: 'prod' } },
      { name: 'monitoring', labels: { team: 'ops' } },
    ],
    networkPolicies,
    ...extra,
  };
}

/** What is wrong with an explanation of the policy catalog: no message, or a placeholder its params leave empty ("" when fine). */
export function messageProblem(e: Explanation): string {
  const en: Readonly<Record<string, string>> = policyEn;
  const ko: Readonly<Record<string, string>> = policyKo;
  const text = en[e.key];
  if (text === undefined || ko[e.key] === undefined) return `no message for ${e.key}`;
  const missing = [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1] ?? '')
    .filter((n) => !(n in e.params));
  return missing.length > 0 ? `${e.key} lacks ${missing.join(', ')}` : '';
}
