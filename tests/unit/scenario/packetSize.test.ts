/** A packet's optional size: whole bytes from 28 to 65535, kept through share links and files. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import {
  decodeShare,
  encodeShare,
  parseScenario,
  presetById,
  scenarioFromJson,
  scenarioToJson,
} from '../../../src/scenario';
import { PRESETS, presetFlows } from '../../../src/scenario/presets';
import { createAppStore } from '../../../src/store';
import { selectTraces } from '../../../src/store/selectors';
import { makeDoc, summary } from './docs';

/** A document whose one packet is a ping of the given size. */
function pingDoc(size: unknown) {
  return makeDoc({
    packets: [
      {
        from: { kind: 'container', pod: 'default/web', container: 'app' },
        to: { kind: 'pod', pod: 'default/api' },
        protocol: 'ICMP',
        size,
      },
    ],
  });
}

describe('a packet size', () => {
  it.each([28, 1450, 1500, 65535])('of %i bytes is accepted and kept', (size) => {
    const r = parseScenario(pingDoc(size));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.packets[0]?.size).toBe(size);
  });

  it.each([27, 0, -1, 65536, 1500.5])('of %s bytes is refused as badSize', (size) => {
    const r = parseScenario(pingDoc(size));
    expect(r.ok ? [] : summary(r.errors)).toEqual(['packets[0].size scenario.error.badSize']);
  });

  it.each(['1500', Number.NaN])('of %s (not a number) is refused with the wrong type', (size) => {
    const r = parseScenario(pingDoc(size));
    expect(r.ok ? [] : r.errors.map((e) => e.key)).toEqual(['scenario.error.wrongType']);
  });

  it('may be left out, and then stays absent', () => {
    const r = parseScenario(makeDoc());
    expect(r.ok && 'size' in (r.scenario.packets[0] ?? {})).toBe(false);
  });
});

describe('the "MTU on the overlay" preset', () => {
  const preset = presetById('mtu-overlay');
  const s = preset?.scenario;

  it('is a VXLAN cluster whose first ping of 1500 bytes crosses to the other node, then one of 1450', () => {
    expect(preset?.concepts).toContain('C9');
    expect(s?.cluster.cni).toBe('vxlan');
    expect(s?.packets.map((p) => [p.protocol, p.size])).toEqual([
      ['ICMP', 1500],
      ['ICMP', 1450],
    ]);
    const nodeOf = (id: string | undefined) =>
      s?.cluster.pods.find((p) => `${p.namespace}/${p.name}` === id)?.node;
    const first = s?.packets[0];
    expect(first?.from.kind === 'container' && nodeOf(first.from.pod)).toBe('node1');
    expect(first?.to.kind === 'pod' && nodeOf(first.to.pod)).toBe('node2');
  });

  it('drops the 1500-byte ping in the sender as "message too long", and delivers the 1450-byte one', () => {
    if (!s?.packets[0] || !s.packets[1]) throw new Error('preset packets missing');
    const big = simulate(s.cluster, s.packets[0]);
    expect(big.outcome.kind).toBe('dropped');
    expect(big.outcome.reason.key).toBe('sim.outcome.messageTooLong');
    expect(big.hops.map((h) => h.action)).toEqual(['send', 'drop']);
    expect(simulate(s.cluster, s.packets[1]).outcome.kind).toBe('delivered');
  });

  it('opens from its card with both sizes in the packet list: 1500 dropped, 1450 delivered', () => {
    if (!preset) throw new Error('preset missing');
    const store = createAppStore({ scenario: preset.scenario, lang: 'en' });
    store.getState().loadScenario(preset.scenario, presetFlows(preset));
    expect(store.getState().flows.map((f) => f.size)).toEqual([1500, 1450]);
    const traces = selectTraces(store.getState());
    expect(traces.map((t) => t.outcome.kind)).toEqual(['dropped', 'delivered']);
    expect(
      traces[1]?.hops.find((h) => h.action === 'encapsulate')?.headers.outer?.ip.totalLength,
    ).toBe(1500);
  });

  it('is the only preset that opens with more than its first packet', () => {
    expect(PRESETS.filter((p) => presetFlows(p).length > 1).map((p) => p.id)).toEqual([
      'mtu-overlay',
    ]);
  });

  it('keeps its sizes through a share link and a JSON file', () => {
    if (!s) throw new Error('preset missing');
    const link = decodeShare(encodeShare({ scenario: s, flows: [0, 1], hop: 1, lang: 'ko' }));
    expect(link.ok && link.view.scenario.packets).toEqual(s.packets);
    const file = scenarioFromJson(scenarioToJson(s));
    expect(file.ok && file.scenario).toEqual(s);
  });
});
