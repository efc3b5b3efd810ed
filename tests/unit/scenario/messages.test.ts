/** The scenario messages: every key has English and Korean text with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { scenarioEn } from '../../../src/i18n/en/scenario';
import { scenarioKo } from '../../../src/i18n/ko/scenario';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('scenario messages', () => {
  it.each(Object.keys(scenarioEn) as (keyof typeof scenarioEn)[])(
    '%s has Korean text with the same placeholders',
    (key) => {
      expect(scenarioKo[key].trim()).not.toBe('');
      expect(placeholders(scenarioKo[key])).toEqual(placeholders(scenarioEn[key]));
    },
  );
});
