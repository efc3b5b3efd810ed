import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideFlow } from '../../../src/sim';
import type {
  LabelSelector,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicyRule,
  NetworkPolicySpec,
  PolicyFlow,
  PolicyPeer,
} from '../../../src/sim';
import { PODS, peer, shop } from './policyFixtures';

const selectorArb: fc.Arbitrary<LabelSelector> = fc.record({
  matchLabels: fc.dictionary(
    fc.constantFrom('app', 'tier', 'team'),
    fc.constantFrom('web', 'db', 'api', 'front', 'ops'),
    { maxKeys: 2 },
  ),
  matchExpressions: fc.array(
    fc.record({
      key: fc.constantFrom('app', 'tier', 'k8s-app', 'kubernetes.io/metadata.name'),
      operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
      values: fc.array(fc.constantFrom('web', 'db', 'front', 'shop', 'kube-dns'), { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
});

const peerArb: fc.Arbitrary<NetworkPolicyPeer> = fc.oneof(
  fc.record({ podSelector: selectorArb }),
  fc.record({ namespaceSelector: selectorArb }),
  fc.record({ podSelector: selectorArb, namespaceSelector: selectorArb }),
  fc.record({
    ipBlock: fc.record({
      cidr: fc.constantFrom('10.244.1.0/24', '10.244.0.0/16', '0.0.0.0/0', '192.168.10.0/24'),
      except: fc.array(fc.constantFrom('10.244.1.3/32', '10.0.0.0/8', '192.168.10.100/32'), {
        maxLength: 1,
      }),
    }),
  }),
);

const portArb: fc.Arbitrary<NetworkPolicyPort> = fc.oneof(
  fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const) }),
  fc.record({
    protocol: fc.constant('TCP' as const),
    port: fc.constantFrom(80, 5432, 8080, 'pg', 'http'),
  }),
  fc.record({
    protocol: fc.constant('TCP' as const),
    port: fc.constant(5000),
    endPort: fc.constant(9000),
  }),
  fc.record({ protocol: fc.constant('UDP' as const), port: fc.constantFrom(53, 'dns') }),
);

const ruleArb: fc.Arbitrary<NetworkPolicyRule> = fc.record({
  peers: fc.array(peerArb, { maxLength: 2 }),
  ports: fc.array(portArb, { maxLength: 2 }),
});

const policyArb: fc.Arbitrary<NetworkPolicySpec> = fc.record({
  name: fc.constantFrom('a', 'b', 'c'),
  namespace: fc.constantFrom('shop', 'default', 'monitoring', 'kube-system'),
  podSelector: selectorArb,
  policyTypes: fc.subarray(['Ingress', 'Egress'] as ('Ingress' | 'Egress')[], { minLength: 1 }),
  ingress: fc.array(ruleArb, { maxLength: 2 }),
  egress: fc.array(ruleArb, { maxLength: 2 }),
});

const ENDS: PolicyPeer[] = [
  ...(Object.keys(PODS) as (keyof typeof PODS)[]).map(peer),
  { ip: '203.0.113.10' },
  { ip: '192.168.10.100' },
  { ip: '10.244.1.1', node: 'node1' },
];
const FLOWS: PolicyFlow[] = [
  { protocol: 'TCP', port: 5432 },
  { protocol: 'TCP', port: 80 },
  { protocol: 'TCP', port: 8080 },
  { protocol: 'UDP', port: 53 },
  { protocol: 'ICMP' },
];

/** Every (source, destination, flow) verdict of a cluster with these policies, in a fixed order. */
function verdicts(policies: NetworkPolicySpec[]): boolean[] {
  const cluster = shop(policies);
  return ENDS.flatMap((s) =>
    ENDS.flatMap((d) => FLOWS.map((f) => decideFlow(cluster, s, d, f).allowed)),
  );
}

describe('NetworkPolicy properties', () => {
  it('adding an allow rule to a policy never turns an allowed packet into a denied one', () => {
    fc.assert(
      fc.property(
        fc.array(policyArb, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.constantFrom('ingress' as const, 'egress' as const),
        ruleArb,
        (policies, at, dir, extra) => {
          const i = at % policies.length;
          const target = policies[i];
          if (!target) return;
          const grown = policies.map((p, j) => (j === i ? { ...p, [dir]: [...p[dir], extra] } : p));
          const before = verdicts(policies);
          const after = verdicts(grown);
          before.forEach((ok, k) => {
            if (ok) expect(after[k]).toBe(true);
          });
        },
      ),
      { numRuns: 50 },
    );
  }, 20_000);

  it('an empty rule in every policy for its directions lets everything through', () => {
    fc.assert(
      fc.property(fc.array(policyArb, { maxLength: 3 }), (policies) => {
        const open = policies.map((p) => ({
          ...p,
          ingress: [...p.ingress, { peers: [], ports: [] }],
          egress: [...p.egress, { peers: [], ports: [] }],
        }));
        expect(verdicts(open).every(Boolean)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 20_000);

  it('with no policy, everything is allowed', () => {
    expect(verdicts([]).every(Boolean)).toBe(true);
  });
});
