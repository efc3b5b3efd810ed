/** Every preset's packets end as the preset teaches: outcome, explanation, and the detail it is about. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import type { Trace } from '../../../src/sim';
import { PRESETS, presetById } from '../../../src/scenario';
import { EXPECTED_C12, landed } from './presetOutcomesC12';

/** What one packet of a preset must do. */
interface Expected {
  /** Outcome kind, written out. */
  readonly kind: string;
  /** Outcome explanation key, written out. */
  readonly key: string;
  /** The detail the preset is about, checked on the trace. */
  readonly detail: (t: Trace) => void;
}

const requestHops = (t: Trace) => t.hops.filter((h) => h.leg === 'request');
const actions = (t: Trace) => requestHops(t).map((h) => h.action);
/** The TTL of the request where it is delivered. */
const ttlAtDelivery = (t: Trace) =>
  requestHops(t).find((h) => h.action === 'deliver')?.headers.ip?.ttl;

const EXPECTED: Readonly<Record<string, readonly Expected[]>> = {
  'single-container': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredBridge',
      detail: (t) => expect(requestHops(t).at(-1)?.container).toBe('nginx'),
    },
  ],
  'sidecar-localhost': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredLoopback',
      detail: (t) => expect(actions(t)).toEqual(['send', 'loopback', 'deliver']),
    },
  ],
  'port-conflict': [
    {
      kind: 'failed-to-start',
      key: 'sim.outcome.failedToStart',
      detail: (t) =>
        expect(t.outcome.reason.params).toMatchObject({
          container: 'admin',
          port: 80,
          heldBy: 'nginx',
        }),
    },
  ],
  'same-node': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredBridge',
      detail: (t) => {
        expect(ttlAtDelivery(t)).toBe(64);
        expect(actions(t)).not.toContain('forward');
      },
    },
  ],
  'two-nodes-hostgw': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredRouted',
      detail: (t) => {
        expect(ttlAtDelivery(t)).toBe(62);
        expect(actions(t)).not.toContain('encapsulate');
      },
    },
  ],
  'two-nodes-vxlan': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredOverlay',
      detail: (t) => {
        const wrapped = requestHops(t).find((h) => h.action === 'encapsulate');
        expect(wrapped?.headers.outer?.udp.dport).toBe(8472);
        expect(ttlAtDelivery(t)).toBe(62);
      },
    },
  ],
  'mtu-overlay': [
    {
      kind: 'dropped',
      key: 'sim.outcome.messageTooLong',
      detail: (t) => {
        expect(t.outcome.reason.params).toMatchObject({ size: 1500, mtu: 1450 });
        expect(t.hops.map((h) => h.action)).toEqual(['send', 'drop']);
      },
    },
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredOverlay',
      detail: (t) => expect(requestHops(t)[0]?.headers.ip?.totalLength).toBe(1450),
    },
  ],
  'kubelet-probe': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredBridge',
      detail: (t) => expect(requestHops(t)[0]?.headers.ip?.src).toBe('10.244.1.1'),
    },
  ],
  'shared-memory': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredIpc',
      detail: (t) => expect(t.hops.map((h) => h.action)).toEqual(['ipc']),
    },
  ],
  'host-network': [
    {
      kind: 'delivered',
      key: 'sim.outcome.deliveredRouted',
      detail: (t) => {
        expect(requestHops(t)[0]?.headers.ip?.dst).toBe('192.168.10.11');
        expect(requestHops(t).at(-1)?.netns).toBe('node:node1');
      },
    },
  ],
  'localhost-other-pod': [
    {
      kind: 'refused',
      key: 'sim.outcome.refusedLocalhost',
      detail: (t) => {
        expect(t.outcome.reason.params).toMatchObject({ port: 80, pod: 'default/client' });
        expect(t.hops.every((h) => h.netns === 'pod:default/client')).toBe(true);
      },
    },
  ],
};

/** The trace of a preset's packet. */
function traceOf(id: string, i: number): Trace {
  const p = presetById(id);
  const req = p?.scenario.packets[i];
  if (!p || !req) throw new Error(`no packet ${i} in ${id}`);
  return simulate(p.scenario.cluster, req);
}

describe('what each preset teaches', () => {
  it('has an expectation for every preset and every one of its packets', () => {
    const all = { ...EXPECTED, ...EXPECTED_C12 };
    expect(Object.keys(all).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    for (const p of PRESETS) {
      const n = EXPECTED[p.id]?.length ?? EXPECTED_C12[p.id]?.packets.length;
      expect(n, p.id).toBe(p.scenario.packets.length);
    }
  });

  const cases = PRESETS.filter((p) => EXPECTED[p.id]).flatMap((p) =>
    p.scenario.packets.map((packet, i) => [p.id, i, p.scenario.cluster, packet] as const),
  );
  it.each(cases)('%s, packet %i, ends as it teaches', (id, i, cluster, packet) => {
    const want = EXPECTED[id]?.[i];
    if (!want) throw new Error(`no expectation for ${id} packet ${i}`);
    const t = simulate(cluster, packet);
    expect({ kind: t.outcome.kind, key: t.outcome.reason.key }).toEqual({
      kind: want.kind,
      key: want.key,
    });
    want.detail(t);
  });
});

/*
 * The C12 presets wait for the simulation of their mechanism (kube-proxy's rules and conntrack in
 * src/sim/netfilter, DNS in src/sim/dns, the ingress proxy in src/sim/ingress, policy enforcement at
 * the bridge). Until it lands the simulator answers "not traced" (or, for policy, decides nothing),
 * and these cases are skipped; from the commit that lands it on, they assert.
 */
describe('what each C12 preset teaches, once its mechanism is simulated', () => {
  const mechanisms = [...new Set(Object.values(EXPECTED_C12).map((e) => e.awaits))];
  const ready = new Map(mechanisms.map((m) => [m, landed(m, traceOf)] as const));
  for (const [id, e] of Object.entries(EXPECTED_C12))
    e.packets.forEach((want, i) =>
      it.runIf(ready.get(e.awaits))(
        `${id}, packet ${i} (needs ${e.awaits}), ends as it teaches`,
        () => {
          const t = traceOf(id, i);
          expect(t.outcome.kind).toBe(want.kind);
          want.detail(t);
        },
      ),
    );
});
