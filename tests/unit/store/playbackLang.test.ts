import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import { createAppStore } from '../../../src/store';
import { initialLang, LANG_STORAGE_KEY } from '../../../src/store/langPreference';

/** A minimal in-memory localStorage. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('language preference', () => {
  it('follows the browser when nothing was chosen', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(initialLang(['ko-KR', 'en'])).toBe('ko');
    expect(initialLang(['fr-FR'])).toBe('en');
  });

  it('remembers the language chosen with setLang over the browser preference', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    store.getState().setLang('ko');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ko');
    expect(initialLang(['en-US'])).toBe('ko');
  });

  it('ignores a stored value that is not a language we speak', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    localStorage.setItem(LANG_STORAGE_KEY, 'xx');
    expect(initialLang(['en'])).toBe('en');
  });

  it('still switches the language when storage is unavailable', () => {
    vi.stubGlobal('localStorage', undefined);
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    store.getState().setLang('ko');
    expect(store.getState().lang).toBe('ko');
    expect(initialLang(['ko'])).toBe('ko');
  });

  it('presenter mode toggles on and off', () => {
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    expect(store.getState().presenter).toBe(false);
    store.getState().togglePresenter();
    expect(store.getState().presenter).toBe(true);
  });
});
