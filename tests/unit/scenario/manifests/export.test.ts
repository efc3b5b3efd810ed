import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../src/scenario';
import { PRESETS as presets } from '../../../../src/scenario';
import {
  manifestsToScenario,
  scenarioToManifests,
  scenarioToYaml,
} from '../../../../src/scenario/manifests';
import { validScenario } from '../arbitraries';
import { validateK8sObject } from './openapiCheck';

const reimport = (s: Scenario) => {
  const r = manifestsToScenario(scenarioToYaml(s), { cni: 'auto', title: 'x' });
  if (r.status !== 'ok') throw new Error(JSON.stringify(r).slice(0, 2000));
  return r.scenario;
};

const OPTIONAL = new Set(['services', 'ingresses', 'networkPolicies']);

/** What a scenario means: namespaces without labels add nothing (a namespace has its name label anyway). */
const meaning = (s: Scenario) => {
  const namespaces = (s.cluster.namespaces ?? []).filter((n) => Object.keys(n.labels).length > 0);
  const { namespaces: _n, ...rest } = s.cluster;
  // Empty lists of Kubernetes objects mean the same as none.
  const cluster = Object.fromEntries(
    Object.entries(rest).filter(
      ([k, v]) => !(OPTIONAL.has(k) && Array.isArray(v) && v.length === 0),
    ),
  );
  return { ...s, cluster: namespaces.length > 0 ? { ...cluster, namespaces } : cluster };
};

describe('Kubernetes manifests out', () => {
  it('writes every built-in scenario as objects the OpenAPI shapes of their kinds accept', () => {
    for (const p of presets) {
      const objects = scenarioToManifests(p.scenario);
      for (const o of objects)
        expect([String(o.kind), validateK8sObject(o)]).toEqual([String(o.kind), []]);
    }
  });

  it('writes multi-document YAML that parses back into the same objects', () => {
    const s = presets[0]?.scenario;
    if (!s) throw new Error('no preset');
    const docs = parseAllDocuments(scenarioToYaml(s));
    expect(Array.isArray(docs) && docs.map((d) => d.toJS() as unknown)).toEqual(
      scenarioToManifests(s),
    );
  });

  it('the checker itself rejects a missing containerPort, a wrong enum and an unknown field', () => {
    expect(
      validateK8sObject({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'a' },
        spec: { containers: [{ name: 'c', ports: [{ protocol: 'ICMP' }], colour: 'red' }] },
      }),
    ).toEqual([
      'Pod.spec.containers[0].ports[0].containerPort: required',
      'Pod.spec.containers[0].ports[0].protocol: one of UDP, TCP, SCTP (as its description lists)',
      'Pod.spec.containers[0].colour: unknown field',
    ]);
  });

  it('the checker reads the official shapes: podSelector required, int-or-string, int32, status allowed', () => {
    const policy = (spec: Record<string, unknown>) =>
      validateK8sObject({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'p' },
        spec,
      });
    // NetworkPolicySpec.required is ["podSelector"] in the official document.
    expect(policy({ policyTypes: ['Ingress'] })).toEqual([
      'NetworkPolicy.spec.podSelector: required',
    ]);
    // NetworkPolicyPort.port is an IntOrString (oneOf integer, string).
    expect(
      policy({ podSelector: {}, ingress: [{ ports: [{ port: 'http' }, { port: 80 }] }] }),
    ).toEqual([]);
    expect(policy({ podSelector: {}, ingress: [{ ports: [{ port: true }] }] })).toEqual([
      'NetworkPolicy.spec.ingress[0].ports[0].port: int-or-string',
    ]);
    const service = (port: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      validateK8sObject({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 's' },
        spec: { ports: [port] },
        ...extra,
      });
    expect(service({ port: 2 ** 31 })).toEqual(['Service.spec.ports[0].port: int32']);
    // Fields the spec has but the exporter never writes are accepted by name (status here).
    expect(service({ port: 80, targetPort: 'web' }, { status: {} })).toEqual([]);
    expect(
      validateK8sObject({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'n' },
        status: {},
      }),
    ).toEqual([]);
  });

  it('round-trips: scenario → YAML → scenario keeps its meaning, for any valid scenario', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const once = reimport(s);
        expect(meaning(once)).toEqual(meaning(s));
        for (const o of scenarioToManifests(s)) expect(validateK8sObject(o)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips: YAML → scenario → YAML → scenario is stable for every built-in scenario', () => {
    for (const p of presets) {
      const once = reimport(p.scenario);
      expect(meaning(reimport(once))).toEqual(meaning(once));
      expect(meaning(once)).toEqual(meaning(p.scenario));
    }
  });
});
