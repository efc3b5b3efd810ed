import { describe, expect, it } from 'vitest';
import { decodeShare } from '../../../src/scenario/share';
import frozenV1 from '../../fixtures/links/v1.json';

/**
 * Links written by version 1 of the share format, frozen when it shipped. They must keep opening
 * to exactly the same view in every later version (through migrations if the format moves on).
 * Never regenerate this file: add a new one for a new version.
 */
describe('frozen share links of format v1', () => {
  it.each(frozenV1.map((f) => [f.preset, f] as const))(
    'the %s link still opens the same view',
    (_, f) => {
      const decoded = decodeShare(f.link);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.view).toEqual(f.view);
    },
  );
});
