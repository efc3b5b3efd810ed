/** A scenario as Kubernetes objects: namespaces, ConfigMaps, nodes, pods, Services, Ingresses and NetworkPolicies, in the order `kubectl apply` needs. */
import { stringify } from 'yaml';
import type { PodSpec } from '../../sim';
import type { Scenario } from '../types';
import { configMapsOf, FLANNEL_CONFIG } from './configMaps';
import { ingressToManifest } from './ingress';
import { networkPolicyToManifest } from './networkPolicy';
import { nodeToManifest } from './node';
import { serviceToManifest } from './service';

/** Namespaces every cluster has: not written unless the scenario gives them labels. */
const BUILT_IN = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** The pod as a v1 Pod pinned to its node; a fixed address is written where kubectl shows it (status.podIP). */
export function podToManifest(p: PodSpec): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name,
      namespace: p.namespace,
      ...(Object.keys(p.labels).length > 0 ? { labels: { ...p.labels } } : {}),
    },
    spec: {
      nodeName: p.node,
      ...(p.hostNetwork ? { hostNetwork: true } : {}),
      containers: p.containers.map((c) => ({
        name: c.name,
        image: c.image,
        ...(c.ports.length > 0
          ? {
              ports: c.ports.map((port) => ({
                containerPort: port.port,
                protocol: port.protocol,
                ...(port.name !== undefined ? { name: port.name } : {}),
              })),
            }
          : {}),
      })),
    },
    ...(p.ip !== undefined ? { status: { podIP: p.ip } } : {}),
  };
}

/** Every namespace the objects live in, with the labels the scenario gives it. */
function namespacesOf(s: Scenario): Record<string, unknown>[] {
  const c = s.cluster;
  const labels = new Map((c.namespaces ?? []).map((n) => [n.name, n.labels]));
  const used = [
    ...(c.namespaces ?? []).map((n) => n.name),
    FLANNEL_CONFIG.namespace,
    ...c.pods.map((p) => p.namespace),
    ...(c.services ?? []).map((x) => x.namespace),
    ...(c.ingresses ?? []).map((x) => x.namespace),
    ...(c.networkPolicies ?? []).map((x) => x.namespace),
  ];
  return [...new Set(used)]
    .filter((n) => labels.has(n) || !BUILT_IN.has(n))
    .map((name) => {
      const l = labels.get(name) ?? {};
      return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, ...(Object.keys(l).length > 0 ? { labels: { ...l } } : {}) },
      };
    });
}

/** The scenario as Kubernetes objects, dependencies first. */
export function scenarioToManifests(s: Scenario): Record<string, unknown>[] {
  const c = s.cluster;
  return [
    ...namespacesOf(s),
    ...configMapsOf(s),
    ...c.nodes.map(nodeToManifest),
    ...c.pods.map(podToManifest),
    ...(c.services ?? []).map(serviceToManifest),
    ...(c.ingresses ?? []).map(ingressToManifest),
    ...(c.networkPolicies ?? []).map(networkPolicyToManifest),
  ];
}

/** The scenario as one multi-document YAML text for `kubectl apply -f`. */
export function scenarioToYaml(s: Scenario): string {
  return scenarioToManifests(s)
    .map((o) => stringify(o, { lineWidth: 0 }))
    .join('---\n');
}
