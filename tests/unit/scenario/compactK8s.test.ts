/** Share links of version 2: the Kubernetes parts lose their defaults in the link and get them back on opening. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compactScenario,
  decodeShare,
  encodeShare,
  presetById,
  scenarioFromJson,
  scenarioToJson,
} from '../../../src/scenario';

const shop = scenarioFromJson(
  readFileSync(new URL('../../fixtures/scenarios/v2-shop.json', import.meta.url), 'utf8'),
);

describe('a version 2 scenario in a share link', () => {
  it('leaves out every default the API server would fill in', () => {
    if (!shop.ok) throw new Error(JSON.stringify(shop.errors));
    const c = compactScenario(shop.scenario).cluster as Record<string, unknown>;
    expect(c.services).toEqual([
      {
        name: 'kube-dns',
        namespace: 'kube-system',
        clusterIP: '10.96.0.10',
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', protocol: 'UDP', port: 53 },
          { name: 'dns-tcp', port: 53 },
        ],
      },
      {
        name: 'api',
        namespace: 'shop',
        selector: { app: 'api' },
        ports: [{ port: 80, targetPort: 'http' }],
      },
      {
        name: 'web',
        namespace: 'shop',
        type: 'NodePort',
        selector: { app: 'web' },
        ports: [{ port: 80, nodePort: 30080 }],
        externalTrafficPolicy: 'Local',
      },
    ]);
    expect(c.networkPolicies).toEqual([
      {
        name: 'api-ingress',
        namespace: 'shop',
        podSelector: { matchLabels: { app: 'api' } },
        ingress: [
          {
            peers: [
              {
                podSelector: {
                  matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }],
                },
              },
              { ipBlock: { cidr: '192.168.10.0/24', except: ['192.168.10.100/32'] } },
            ],
            ports: [{ port: 'http' }],
          },
        ],
        egress: [{ peers: [{ namespaceSelector: {} }] }],
      },
    ]);
    expect(c.outside).toEqual({ clientIp: '192.168.10.200' });
    expect(c.netfilter).toEqual({ bridgeNfCallIptables: false });
  });

  it('keeps policyTypes that differ from the default, and an outside world given at its defaults', () => {
    if (!shop.ok) throw new Error('fixture');
    const cluster = shop.scenario.cluster;
    const [policy] = cluster.networkPolicies ?? [];
    if (!policy) throw new Error('fixture');
    const s = {
      ...shop.scenario,
      cluster: {
        ...cluster,
        networkPolicies: [{ ...policy, policyTypes: ['Ingress'] as const }],
        outside: {
          clientIp: '192.168.10.100',
          gatewayIp: '192.168.10.1',
          internetHostIp: '203.0.113.10',
        },
      },
    };
    const c = compactScenario(s).cluster as {
      networkPolicies: { policyTypes?: unknown }[];
      outside: unknown;
    };
    expect(c.networkPolicies[0]?.policyTypes).toEqual(['Ingress']);
    expect(c.outside).toEqual({});
    const back = decodeShare(encodeShare({ scenario: s, flows: [], hop: 0, lang: 'en' }));
    expect(back.ok && back.view.scenario).toEqual(s);
  });

  it('opens to the same scenario, as a file does, for the fixture and every C12 preset', () => {
    if (!shop.ok) throw new Error('fixture');
    const scenarios = [
      shop.scenario,
      ...['clusterip-remote', 'dns-service', 'ingress-two-paths', 'policy-default-deny'].map(
        (id) => presetById(id)?.scenario,
      ),
    ];
    for (const s of scenarios) {
      if (!s) throw new Error('preset missing');
      const link = decodeShare(encodeShare({ scenario: s, flows: [0], hop: 3, lang: 'ko' }));
      expect(link.ok && link.view.scenario).toEqual(s);
      expect(scenarioFromJson(scenarioToJson(s))).toEqual({ ok: true, scenario: s });
    }
  });
});
