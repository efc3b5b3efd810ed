import { describe, expect, it } from 'vitest';
import { interpolate, makeTranslate, preferredLang } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it('Korean has a non-empty message for every English key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key], key).toBeTruthy();
      expect(ko[key].trim().length, key).toBeGreaterThan(0);
    }
  });
  it('Korean uses the same placeholders as English in every message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('TTL {{from}} → {{to}}', { from: 64, to: 63 })).toBe('TTL 64 → 63');
    expect(interpolate('{{missing}} stays', {})).toBe('{{missing}} stays');
  });
  it('translates dynamic keys from a trace and falls back to the key when unknown', () => {
    const t = makeTranslate(ko);
    expect(t.dynamic('app.name')).toBe(ko['app.name']);
    expect(t.dynamic('no.such.key')).toBe('no.such.key');
  });
  it('picks the browser language when we speak it, English otherwise', () => {
    expect(preferredLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(preferredLang(['de'])).toBe('en');
  });
});
