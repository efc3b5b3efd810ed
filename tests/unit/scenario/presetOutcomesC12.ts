/**
 * What the C12 presets (Services, DNS, NodePort, egress, Ingress, NetworkPolicy) must show once the
 * simulation of their mechanism has landed. Each names the mechanism it waits for; the test asks the
 * simulator whether that mechanism is there (see `landed`) and asserts from then on. Addresses are
 * written out: node1 pods 10.244.1.x, node2 pods 10.244.2.x in the order the preset lists them.
 */
import { expect } from 'vitest';
import type { Hop, Trace } from '../../../src/sim';

/** The mechanism a preset's packets need, each from its own part of src/sim. */
export type Mechanism = 'services' | 'dns' | 'egress' | 'ingress' | 'policy';

/** What one packet must do once its mechanism is simulated. */
export interface ExpectedC12 {
  /** Outcome kind, written out. */
  readonly kind: string;
  /** The detail the preset is about, checked on the trace. */
  readonly detail: (t: Trace) => void;
}

const request = (t: Trace) => t.hops.filter((h) => h.leg === 'request');
const reply = (t: Trace) => t.hops.filter((h) => h.leg === 'reply');
const first = (hops: readonly Hop[], action: string) => hops.find((h) => h.action === action);
const actions = (hops: readonly Hop[]) => hops.map((h) => h.action);
/** The hops of the trace's last exchange (the connection after DNS, or the upstream of an Ingress). */
const lastExchange = (t: Trace) => {
  const last = (t.exchanges?.length ?? 1) - 1;
  return t.hops.filter((h) => (h.exchange ?? 0) === last);
};
const exchangeKinds = (t: Trace) => (t.exchanges ?? []).map((e) => e.kind);
/** Where the last exchange's request arrived (its last hop is the reply back at the sender). */
const arrivedAt = (t: Trace) =>
  lastExchange(t)
    .filter((h) => h.leg === 'request')
    .at(-1)?.netns;

/** Whether a mechanism is simulated, asked of the simulator with the preset's own first packet. */
export function landed(mechanism: Mechanism, trace: (id: string, i: number) => Trace): boolean {
  const traced = (id: string, i = 0) => trace(id, i).outcome.reason.key !== 'sim.outcome.notTraced';
  switch (mechanism) {
    case 'services':
      return traced('clusterip-remote');
    case 'dns':
      return traced('dns-service');
    case 'egress':
      return traced('egress-internet');
    case 'ingress':
      return trace('ingress-two-paths', 0).hops.some((h) => h.action === 'proxy');
    case 'policy':
      return [0, 1].some((i) => trace('policy-default-deny', i).hops.some((h) => h.policy));
  }
}

/** The DNAT hop's destination after the rewrite. */
const dnatTo = (t: Trace) => {
  const h = first(request(t), 'dnat');
  return `${h?.headers.ip?.dst}:${h?.headers.l4 && 'dport' in h.headers.l4 ? h.headers.l4.dport : ''}`;
};

/** Per preset: the mechanism it waits for and each packet's expectation. */
export const EXPECTED_C12: Readonly<
  Record<string, { readonly awaits: Mechanism; readonly packets: readonly ExpectedC12[] }>
> = {
  'clusterip-remote': {
    awaits: 'services',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(first(request(t), 'dnat')?.netns).toBe('node:node1');
          expect(['10.244.2.2:8080', '10.244.2.3:8080']).toContain(dnatTo(t));
          expect(first(reply(t), 'unnat')?.headers.ip?.src).toBe('10.96.0.20');
        },
      },
      {
        kind: 'delivered',
        detail: (t) => {
          expect(dnatTo(t)).toBe('10.244.2.3:8080');
          expect(first(request(t), 'dnat')?.netfilter?.endpoint).toMatchObject({
            count: 2,
            pinned: true,
          });
        },
      },
      {
        // no echo reply: the gateway cannot ARP its upstream and answers host unreachable
        kind: 'unreachable',
        detail: (t) => {
          expect(actions(t.hops)).not.toContain('dnat');
          expect(t.hops.at(-1)?.headers.ip?.src).toBe('192.168.10.1');
        },
      },
    ],
  },
  'clusterip-same-node': {
    awaits: 'services',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(dnatTo(t)).toBe('10.244.1.3:8080');
          expect(first(reply(t), 'unnat')?.headers.ip?.src).toBe('10.96.0.20');
        },
      },
    ],
  },
  'service-hairpin': {
    awaits: 'services',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(dnatTo(t)).toBe('10.244.1.2:8080');
          expect(first(request(t), 'snat')?.headers.ip?.src).toBe('10.244.1.1');
        },
      },
    ],
  },
  'dns-service': {
    awaits: 'dns',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(exchangeKinds(t)).toEqual(['dns', 'connection']);
          expect(arrivedAt(t)).toBe('pod:shop/api');
        },
      },
      {
        kind: 'delivered',
        // ndots:5: "api.shop" is first tried as api.shop.shop.svc.cluster.local (NXDOMAIN)
        detail: (t) =>
          expect(exchangeKinds(t).filter((k) => k === 'dns').length).toBeGreaterThan(1),
      },
      {
        kind: 'unreachable',
        detail: (t) => expect(exchangeKinds(t)).not.toContain('connection'),
      },
    ],
  },
  'headless-service': {
    awaits: 'dns',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          const conn = lastExchange(t);
          expect(actions(conn)).not.toContain('dnat');
          expect(['10.244.1.4', '10.244.2.2']).toContain(conn[0]?.headers.ip?.dst);
        },
      },
    ],
  },
  'nodeport-cluster': {
    awaits: 'services',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(dnatTo(t)).toBe('10.244.2.2:80');
          expect(first(request(t), 'snat')?.headers.ip?.src).toBe('192.168.10.11');
        },
      },
      { kind: 'delivered', detail: (t) => expect(dnatTo(t)).toBe('10.244.2.2:80') },
    ],
  },
  'nodeport-local': {
    awaits: 'services',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(actions(request(t))).not.toContain('snat');
          expect(request(t).at(-1)?.headers.ip?.src).toBe('192.168.10.100');
        },
      },
      { kind: 'dropped', detail: (t) => expect(actions(t.hops)).not.toContain('dnat') },
    ],
  },
  'egress-internet': {
    awaits: 'egress',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(first(request(t), 'snat')?.headers.ip?.src).toBe('192.168.10.11');
          expect(first(reply(t), 'unnat')?.headers.ip?.dst).toBe('10.244.1.2');
        },
      },
      {
        kind: 'unreachable',
        // inside the cluster range, owned by no node: not "the outside world"
        detail: (t) => expect(t.outcome.reason.key).not.toBe('sim.outcome.leftCluster'),
      },
    ],
  },
  'ingress-two-paths': {
    awaits: 'ingress',
    packets: [
      {
        kind: 'delivered',
        detail: (t) => {
          expect(exchangeKinds(t)).toEqual(['connection', 'upstream']);
          expect(arrivedAt(t)).toBe('pod:shop/api');
        },
      },
      {
        kind: 'delivered',
        detail: (t) => expect(arrivedAt(t)).toBe('pod:shop/web'),
      },
    ],
  },
  'policy-default-deny': {
    awaits: 'policy',
    packets: [
      { kind: 'delivered', detail: (t) => expect(actions(t.hops)).not.toContain('policy-deny') },
      {
        kind: 'dropped',
        detail: (t) => {
          const deny = first(t.hops, 'policy-deny');
          expect(deny?.policy).toMatchObject({
            direction: 'ingress',
            pod: 'shop/api',
            allowed: false,
          });
          expect(deny?.netns).toBe('node:node2');
        },
      },
    ],
  },
};
