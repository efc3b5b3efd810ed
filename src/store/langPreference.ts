/** The learner's language choice, kept in localStorage; the browser's preference otherwise. */
import { preferredLang, type Lang } from '../i18n';

/** The localStorage key holding the chosen language. */
export const LANG_STORAGE_KEY = 'pnl.lang';

/** The saved language if there is one, else the first of the browser's languages we speak. */
export function initialLang(languages: readonly string[]): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    if (saved === 'en' || saved === 'ko') return saved;
  } catch {
    // Storage may be disabled (private mode, sandboxed frames): fall back to the browser.
  }
  return preferredLang(languages);
}

/** Remembers the chosen language; silently does nothing when storage is unavailable. */
export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not being able to remember the choice is harmless.
  }
}
