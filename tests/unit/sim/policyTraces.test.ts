import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import type { PacketRequest, PodId, Trace } from '../../../src/sim';
import { messageProblem, policy, rule, sel, shop, tcp } from './policyFixtures';

const DENY_IN = policy('shop/default-deny', sel(), ['Ingress']);
const DENY_EG = policy('shop/deny-egress', sel({ app: 'web' }), ['Egress']);
const FROM_WEB = policy('shop/allow-web', sel({ app: 'db' }), ['Ingress'], {
  ingress: [rule([{ podSelector: sel({ app: 'web' }) }], [tcp('pg')])],
});

const send = (from: string, container: string, to: string, port: number): PacketRequest => ({
  from: { kind: 'container', pod: from as PodId, container },
  to: { kind: 'pod', pod: to as PodId },
  protocol: 'TCP',
  port,
});
const actions = (t: Trace) => t.hops.map((h) => h.action);

describe('a packet NetworkPolicy denies, traced (golden)', () => {
  const IN_DEV = { 'bridge-hostgw': 'eth0', vxlan: 'flannel.1' } as const;
  for (const cni of ['bridge-hostgw', 'vxlan'] as const)
    it(`stops in the destination node’s FORWARD as it routes the SYN, seen on ${IN_DEV[cni]}, never on cni0 or the veth (${cni}; finding 8)`, () => {
      const t = simulate(shop([DENY_IN], { cni }), send('shop/api', 'app', 'shop/db', 5432));
      expect(t.outcome).toEqual({
        kind: 'dropped',
        reason: {
          key: 'sim.policy.outcomeDenyIn',
          params: {
            pod: 'shop/db',
            policies: 'shop/default-deny',
            dev: IN_DEV[cni],
            node: 'node1',
            dst: '10.244.1.3',
          },
        },
      });
      const last = t.hops[t.hops.length - 1];
      expect(last?.action).toBe('policy-deny');
      expect(last?.leg).toBe('request');
      expect(last?.node).toBe('node1');
      expect(last?.netns).toBe('node:node1');
      expect(last?.device).toBe(`node:node1#${IN_DEV[cni]}`);
      expect(last?.explain.key).toBe('sim.policy.hopDenyForward');
      // dropped before the forward's TTL decrement: it arrived with 63
      expect(last?.headers.ip).toMatchObject({ src: '10.244.2.2', dst: '10.244.1.3', ttl: 63 });
      expect(last?.headers.l4).toMatchObject({ kind: 'tcp', dport: 5432, flags: ['SYN'] });
      expect(last?.changes).toEqual([]);
      expect(last?.policy).toEqual({
        direction: 'ingress',
        pod: 'shop/db',
        policies: ['shop/default-deny'],
        allowed: false,
        explain: {
          key: 'sim.policy.noRulesIn',
          params: { pod: 'shop/db', policies: 'shop/default-deny' },
        },
      });
      // it crossed node2 and the wire; node1 never put it on cni0 or the veth
      expect(t.hops.some((h) => h.node === 'node2')).toBe(true);
      expect(t.hops.some((h) => h.device === 'node:node1#cni0')).toBe(false);
      expect(t.hops.some((h) => h.device === 'node:node1#veth0919ada9')).toBe(false);
      expect(t.hops.some((h) => h.device === 'pod:shop/db#eth0')).toBe(false);
      expect(t.hops.some((h) => h.leg === 'reply')).toBe(false);
      // node1's entry died unconfirmed with the SYN: only node2's is listed (finding 3)
      expect(t.conntrack?.map((r) => [r.node, r.entry.text])).toEqual([
        [
          'node2',
          'tcp      6 119 SYN_SENT src=10.244.2.2 dst=10.244.1.3 sport=43838 dport=5432 [UNREPLIED] src=10.244.1.3 dst=10.244.2.2 sport=5432 dport=43838 mark=0 use=1',
        ],
      ]);
      for (const h of t.hops) expect(h.explain.key.startsWith('sim.')).toBe(true);
      expect(last && messageProblem(last.explain)).toBe('');
    });

  it('stops at the source’s host veth on the source node when its egress denies it', () => {
    const t = simulate(shop([DENY_EG]), send('shop/web', 'app', 'shop/api', 8080));
    expect(actions(t)).toEqual(['send', 'route', 'arp', 'veth', 'policy-deny']);
    const last = t.hops[t.hops.length - 1];
    expect(last?.node).toBe('node1');
    expect(last?.device).toBe('node:node1#vethbe2b1a4f');
    expect(last?.headers.ip).toMatchObject({ src: '10.244.1.2', dst: '10.244.2.2', ttl: 64 });
    expect(last?.policy).toMatchObject({
      direction: 'egress',
      pod: 'shop/web',
      policies: ['shop/deny-egress'],
      allowed: false,
    });
    expect(t.outcome).toEqual({
      kind: 'dropped',
      reason: {
        key: 'sim.policy.outcomeDenyEg',
        params: {
          pod: 'shop/web',
          policies: 'shop/deny-egress',
          dev: 'vethbe2b1a4f',
          node: 'node1',
        },
      },
    });
  });

  it('delivers what a rule allows, names the rule at the destination’s host veth, and lets the reply back', () => {
    const t = simulate(shop([DENY_IN, FROM_WEB]), send('shop/web', 'app', 'shop/db', 5432));
    expect(t.outcome.kind).toBe('delivered');
    const checked = t.hops.filter((h) => h.policy !== undefined);
    expect(
      checked.map((h) => [
        h.leg,
        h.device,
        h.policy?.allowed,
        h.policy?.allowedBy ?? h.policy?.explain.key,
      ]),
    ).toEqual([
      ['request', 'node:node1#veth0919ada9', true, 'shop/allow-web#ingress[0]'],
      ['reply', 'node:node1#vethbe2b1a4f', true, 'sim.policy.establishedIn'],
    ]);
  });

  it('judges egress to a Service after the DNAT: the endpoint pod, not the ClusterIP, meets the rule', () => {
    const toApi = policy('shop/web-to-api', sel({ app: 'web' }), ['Egress'], {
      egress: [rule([{ podSelector: sel({ app: 'api' }) }], [tcp(8080)])],
    });
    const cluster = shop([toApi], {
      services: [
        {
          name: 'api',
          namespace: 'shop',
          type: 'ClusterIP',
          selector: { app: 'api' },
          ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
          externalTrafficPolicy: 'Cluster',
        },
      ],
    });
    const t = simulate(cluster, {
      from: { kind: 'container', pod: 'shop/web' as PodId, container: 'app' },
      to: { kind: 'service', service: 'shop/api' },
      protocol: 'TCP',
      port: 80,
    });
    expect(t.outcome.kind).toBe('delivered');
    expect(actions(t)).not.toContain('policy-deny');
  });

  it('cannot stop a same-node bridged packet with bridge-nf-call-iptables off, and says so', () => {
    const off = { netfilter: { bridgeNfCallIptables: false, hairpinMode: true } };
    const t = simulate(shop([DENY_IN], off), send('shop/plain', 'app', 'shop/db', 5432));
    expect(t.outcome.kind).toBe('delivered');
    const checked = t.hops.find((h) => h.leg === 'request' && h.policy !== undefined);
    expect(checked?.device).toBe('node:node1#veth0919ada9');
    expect(checked?.policy?.explain.key).toBe('sim.policy.bypassedIn');
  });
});
