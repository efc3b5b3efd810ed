/** Round trips over random valid scenarios: share link, JSON file and autosave all give the scenario back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  parseScenario,
  restoreAutosave,
  scenarioFromJson,
  scenarioToJson,
  serializeAutosave,
} from '../../../src/scenario';
import { validScenario } from './arbitraries';

/** Room for a thousand runs on a busy two-core machine; a limit on a test, not a benchmark. */
const SLOW = { timeout: 120_000 };

describe('random valid scenarios', SLOW, () => {
  it('are all accepted by parseScenario, unchanged', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const r = parseScenario(s);
        expect(r).toEqual({ ok: true, scenario: s });
      }),
      { numRuns: 300 },
    );
  });

  it('survive encodeShare → decodeShare with the same scenario, flows, hop and language (1,000 runs)', () => {
    const view = validScenario.chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        flows: fc.uniqueArray(fc.nat({ max: Math.max(0, scenario.packets.length - 1) }), {
          maxLength: scenario.packets.length,
        }),
        hop: fc.nat({ max: 10_000 }),
        lang: fc.constantFrom('en' as const, 'ko' as const),
      }),
    );
    fc.assert(
      fc.property(view, (v) => {
        const r = decodeShare(encodeShare(v));
        expect(r).toEqual({ ok: true, view: v });
      }),
      { numRuns: 1000 },
    );
  });

  it('survive scenarioToJson → scenarioFromJson', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        expect(scenarioFromJson(scenarioToJson(s))).toEqual({ ok: true, scenario: s });
      }),
      { numRuns: 500 },
    );
  });

  it('survive serializeAutosave → restoreAutosave, with or without a timestamp', () => {
    fc.assert(
      fc.property(validScenario, fc.option(fc.nat(), { nil: undefined }), (s, savedAt) => {
        const expected =
          savedAt === undefined ? { ok: true, scenario: s } : { ok: true, scenario: s, savedAt };
        expect(restoreAutosave(serializeAutosave(s, savedAt))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
