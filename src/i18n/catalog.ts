/** A small typed message catalog: keys come from the English messages; {{name}} placeholders. */
import { en } from './en';

/** The languages the app speaks. */
export type Lang = 'en' | 'ko';
/** Every message key. */
export type MessageKey = keyof typeof en;
/** A complete catalog for one language. */
export type Messages = Record<MessageKey, string>;
/** Values for placeholders. */
export type Params = Readonly<Record<string, string | number>>;
/** A translate function bound to one language. */
export type Translate = (key: MessageKey, params?: Params) => string;

/** The supported languages, in switcher order. */
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** Replaces {{name}} placeholders with their values (missing ones stay visible). */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Whether a string from the outside (a trace, a stored setting) is a known key. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** A translate function over one catalog; unknown dynamic keys fall back to English, then the key. */
export function makeTranslate(
  messages: Messages,
): Translate & { dynamic: (key: string, params?: Params) => string } {
  const t = (key: MessageKey, params?: Params): string =>
    interpolate(messages[key] ?? en[key], params);
  const dynamic = (key: string, params?: Params): string =>
    isMessageKey(key) ? t(key, params) : interpolate(key, params);
  return Object.assign(t, { dynamic });
}

/** Loads the catalog of a language (Korean is a separate chunk). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') return en;
  const mod = await import('./ko');
  return mod.ko;
}

/** The language a browser prefers among ours, English otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ko' || base === 'en') return base;
  }
  return 'en';
}

export { en };
