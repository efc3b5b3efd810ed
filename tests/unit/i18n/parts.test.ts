import { describe, expect, it } from 'vitest';
import {
  catalogVersion,
  LATER_PREFIXES,
  loadEnglishRest,
  makeTranslate,
  onCatalogChange,
} from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { enCore } from '../../../src/i18n/en/core';
import { enLater } from '../../../src/i18n/en/later';

const isLater = (key: string) => LATER_PREFIXES.some((p) => key.startsWith(p));

describe('the English catalog in two parts', () => {
  it('puts sim and scenario keys in the later part, and no key in both parts', () => {
    for (const key of Object.keys(enLater)) expect(isLater(key), key).toBe(true);
    for (const key of Object.keys(enCore)) {
      expect(key.startsWith('sim.') || key.startsWith('scenario.'), key).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(enLater, key), key).toBe(false);
    }
    expect(Object.keys(enCore).length + Object.keys(enLater).length).toBe(Object.keys(en).length);
  });
  it('reads a later message as empty, never as its key, until the part arrives, then as the text', async () => {
    const t = makeTranslate({});
    expect(t('app.name')).toBe(en['app.name']);
    expect(t('sim.hop.send')).toBe('');
    expect(t.dynamic('sim.hop.loopback', { dst: '127.0.0.1' })).toBe('');
    expect(t('editor.panel.title')).toBe('');
    expect(t('editor.toolbar.edit')).toBe(en['editor.toolbar.edit']);
    let told = 0;
    const stop = onCatalogChange(() => (told += 1));
    const before = catalogVersion();
    await loadEnglishRest();
    stop();
    expect(told).toBe(1);
    expect(catalogVersion()).not.toBe(before);
    expect(t.dynamic('sim.hop.loopback', { dst: '127.0.0.1' })).toContain(
      '127.0.0.1 is an address',
    );
    expect(t('editor.panel.title')).toBe(en['editor.panel.title']);
    expect(t.dynamic('no.such.key')).toBe('no.such.key');
    expect(t.dynamic('editor.no.such.key')).toBe('editor.no.such.key');
  });
});
