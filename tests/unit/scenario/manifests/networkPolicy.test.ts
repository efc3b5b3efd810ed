import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  networkPolicyFromManifest,
  networkPolicyToManifest,
} from '../../../../src/scenario/manifests/networkPolicy';

const allowWeb = parse(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-web
  namespace: shop
spec:
  podSelector:
    matchLabels: { app: db }
  ingress:
    - from:
        - podSelector: { matchLabels: { app: api } }
          namespaceSelector:
            matchExpressions: [{ key: team, operator: In, values: [shop] }]
        - ipBlock: { cidr: 10.0.0.0/8, except: [10.1.0.0/16] }
      ports:
        - port: postgres
        - protocol: UDP
          port: 5000
          endPort: 5010
`) as unknown;

describe('NetworkPolicy manifests', () => {
  it('reads a policy with Kubernetes defaults: namespace given, policyTypes Ingress when only ingress rules exist', () => {
    const r = networkPolicyFromManifest(allowWeb, 'default');
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'allow-web',
        namespace: 'shop',
        podSelector: { matchLabels: { app: 'db' }, matchExpressions: [] },
        policyTypes: ['Ingress'],
        ingress: [
          {
            peers: [
              {
                podSelector: { matchLabels: { app: 'api' }, matchExpressions: [] },
                namespaceSelector: {
                  matchLabels: {},
                  matchExpressions: [{ key: 'team', operator: 'In', values: ['shop'] }],
                },
              },
              { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
            ],
            ports: [
              { protocol: 'TCP', port: 'postgres' },
              { protocol: 'UDP', port: 5000, endPort: 5010 },
            ],
          },
        ],
        egress: [],
      },
    });
  });

  it('adds Egress to the default policyTypes when the spec has egress rules, and takes the default namespace', () => {
    const r = networkPolicyFromManifest(
      { metadata: { name: 'p' }, spec: { podSelector: {}, egress: [] } },
      'default',
    );
    expect(r.ok && r.value.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(r.ok && r.value.namespace).toBe('default');
  });

  it('says where a manifest is wrong', () => {
    expect(
      networkPolicyFromManifest(
        { metadata: { name: 'p' }, spec: { ingress: [{ from: [{ ipBlock: { cidr: 10 } }] }] } },
        'default',
      ),
    ).toEqual({
      ok: false,
      problem: { path: 'spec.ingress[0].from[0].ipBlock.cidr', expected: 'text' },
    });
    expect(networkPolicyFromManifest({ kind: 'Service' }, 'default')).toEqual({
      ok: false,
      problem: { path: 'kind', expected: 'kind' },
    });
    expect(networkPolicyFromManifest('deny', 'default')).toMatchObject({ ok: false });
  });

  it('writes a policy back as a manifest that reads the same', () => {
    const r = networkPolicyFromManifest(allowWeb, 'default');
    if (!r.ok) throw new Error('unreadable');
    expect(networkPolicyFromManifest(networkPolicyToManifest(r.value), 'x')).toEqual(r);
  });
});
