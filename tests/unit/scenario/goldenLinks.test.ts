import { describe, expect, it } from 'vitest';
import { decodeShare } from '../../../src/scenario/share';
import frozenV1 from '../../fixtures/links/v1.json';
import frozenV1Scenario2 from '../../fixtures/links/v1-scenario-v2.json';

/**
 * Links written by version 1 of the share format, frozen when they shipped. They must keep opening
 * to exactly the same view in every later version (through migrations if the format moves on).
 * Never regenerate these files: add a new one for a new version.
 */
describe('frozen share links of format v1, holding scenarios of format 1', () => {
  it.each(frozenV1.map((f) => [f.preset, f] as const))(
    'the %s link still opens the same view, its scenario read as format 2 with nothing else changed',
    (_, f) => {
      const decoded = decodeShare(f.link);
      expect(decoded.ok).toBe(true);
      // v1 → v2 only adds optional parts: the frozen view with its version number moved on
      const expected = { ...f.view, scenario: { ...f.view.scenario, version: 2 } };
      if (decoded.ok) expect(decoded.view).toEqual(expected);
    },
  );
});

describe('frozen share links of format v1, holding scenarios of format 2 (Services, Ingress, policies)', () => {
  it.each(frozenV1Scenario2.map((f) => [f.preset, f] as const))(
    'the %s link still opens the same view',
    (_, f) => {
      const decoded = decodeShare(f.link);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.view).toEqual(f.view);
    },
  );
});
