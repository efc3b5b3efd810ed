import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import type { Scenario } from '../../../src/scenario/types';
import type { PodId } from '../../../src/sim';
import { applyK8sEdit } from '../../../src/store/k8sEdits';
import { applyEdit } from '../../../src/store/scenarioEdits';

const base: Scenario = defaultScenario;

describe('editing Services, Ingress, policies and kernel switches', () => {
  it('adds a Service that selects the first listening pod and targets its first port', () => {
    const s = applyK8sEdit(base, { type: 'addService' });
    expect(s.cluster.services).toEqual([
      {
        name: 'svc1',
        namespace: 'default',
        type: 'ClusterIP',
        selector: { app: 'web' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
        externalTrafficPolicy: 'Cluster',
      },
    ]);
  });

  it('renaming a Service retargets the packets and Ingress paths that name it; removing it drops those packets', () => {
    let s = applyK8sEdit(base, { type: 'addService' });
    s = applyK8sEdit(s, { type: 'addIngress' });
    s = {
      ...s,
      packets: [
        {
          from: { kind: 'external' },
          to: { kind: 'service', service: 'default/svc1' },
          protocol: 'TCP',
          port: 80,
        },
      ],
    };
    const svc = s.cluster.services?.[0];
    if (!svc) throw new Error('no service');
    const renamed = applyK8sEdit(s, {
      type: 'setService',
      index: 0,
      service: { ...svc, name: 'web' },
    });
    expect(renamed.packets[0]?.to).toEqual({ kind: 'service', service: 'default/web' });
    expect(renamed.cluster.ingresses?.[0]?.rules[0]?.paths[0]?.service).toBe('web');
    const removed = applyK8sEdit(renamed, { type: 'removeService', index: 0 });
    expect(removed.cluster.services).toEqual([]);
    expect(removed.packets).toEqual([]);
  });

  it('switches bridge netfilter off and keeps hairpin mode at its default', () => {
    const s = applyK8sEdit(base, {
      type: 'setNetfilter',
      settings: { bridgeNfCallIptables: false },
    });
    expect(s.cluster.netfilter).toEqual({ bridgeNfCallIptables: false, hairpinMode: true });
  });

  it('adds a default-deny ingress policy for the first pod’s namespace', () => {
    const s = applyK8sEdit(base, { type: 'addPolicy' });
    expect(s.cluster.networkPolicies?.[0]).toEqual({
      name: 'deny-all1',
      namespace: 'default',
      podSelector: { matchLabels: {}, matchExpressions: [] },
      policyTypes: ['Ingress'],
      ingress: [],
      egress: [],
    });
  });

  it('the ingress controller follows its pod’s rename and goes when the pod is removed', () => {
    const web = base.cluster.pods.findIndex((p) => p.name === 'web');
    const s = applyK8sEdit(base, { type: 'setIngressController', pod: 'default/web' as PodId });
    const renamed = applyEdit(s, { type: 'renamePod', pod: web, name: 'front' }).scenario;
    expect(renamed.cluster.ingressController).toEqual({ pod: 'default/front' });
    const removed = applyEdit(renamed, { type: 'removePod', pod: web }).scenario;
    expect(removed.cluster.ingressController).toBeUndefined();
  });

  it('an out-of-range index leaves the scenario as it was', () => {
    expect(applyK8sEdit(base, { type: 'setPolicy', index: 3, policy: {} as never })).toBe(base);
  });
});
