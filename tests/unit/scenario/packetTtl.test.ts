/** A packet's optional TTL: whole numbers from 1 to 255, kept through share links and files, honoured by the tracer. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import {
  decodeShare,
  encodeShare,
  parseScenario,
  scenarioFromJson,
  scenarioToJson,
} from '../../../src/scenario';
import { makeDoc, summary } from './docs';

/** A document whose one packet is a ping with the given TTL. */
function ttlDoc(ttl: unknown) {
  return makeDoc({
    packets: [
      {
        from: { kind: 'container', pod: 'default/web', container: 'app' },
        to: { kind: 'pod', pod: 'default/api' },
        protocol: 'ICMP',
        ttl,
      },
    ],
  });
}

describe('a packet TTL', () => {
  it.each([1, 2, 64, 255])('of %i is accepted and kept', (ttl) => {
    const r = parseScenario(ttlDoc(ttl));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.packets[0]?.ttl).toBe(ttl);
  });

  it.each([0, -1, 256, 1.5])('of %s is refused as badTtl', (ttl) => {
    const r = parseScenario(ttlDoc(ttl));
    expect(r.ok ? [] : summary(r.errors)).toEqual(['packets[0].ttl scenario.error.badTtl']);
  });

  it('of "1" (not a number) is refused with the wrong type', () => {
    const r = parseScenario(ttlDoc('1'));
    expect(r.ok ? [] : r.errors.map((e) => e.key)).toEqual(['scenario.error.wrongType']);
  });

  it('may be left out, and then stays absent', () => {
    const r = parseScenario(makeDoc());
    expect(r.ok && 'ttl' in (r.scenario.packets[0] ?? {})).toBe(false);
  });

  it('survives a share link and a JSON file, and the traced ping ends in time exceeded', () => {
    const r = parseScenario(ttlDoc(1));
    if (!r.ok) throw new Error('document refused');
    const s = r.scenario;
    const link = decodeShare(encodeShare({ scenario: s, flows: [0], hop: 0, lang: 'en' }));
    expect(link.ok && link.view.scenario.packets).toEqual(s.packets);
    const file = scenarioFromJson(scenarioToJson(s));
    expect(file.ok && file.scenario).toEqual(s);
    const packet = s.packets[0];
    if (!packet) throw new Error('no packet');
    const t = simulate(s.cluster, packet);
    expect(t.outcome.reason.key).toBe('sim.outcome.ttlExpired');
    expect(
      t.hops.some((h) => h.headers.l4?.kind === 'icmp' && h.headers.l4.type === 'time-exceeded'),
    ).toBe(true);
  });
});
