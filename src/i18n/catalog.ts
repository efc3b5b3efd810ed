/** A small typed message catalog: keys come from the English messages; {{name}} placeholders. */
import type { en } from './en';
import { enCore } from './en/core';

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

/** Key prefixes under which some English messages are not in the first chunk but in ./en/later. */
export const LATER_PREFIXES: readonly string[] = ['sim.', 'scenario.', 'editor.'];

/** The English messages loaded so far: the first view's, then all of them. */
let english: Readonly<Partial<Messages>> = enCore;
let englishRest: Promise<void> | null = null;
let version = 0;
const listeners = new Set<() => void>();

/** Loads the rest of the English catalog once (later calls share the same promise). */
export function loadEnglishRest(): Promise<void> {
  englishRest ??= import('./en/later').then((m) => {
    english = { ...enCore, ...m.enLater };
    version += 1;
    for (const l of listeners) l();
  });
  return englishRest;
}

/** A lazy module that shows English messages of the later part: resolves once both have arrived. */
export async function withEnglishRest<M>(module: Promise<M>): Promise<M> {
  const [m] = await Promise.all([module, loadEnglishRest()]);
  return m;
}

/** Calls back whenever more messages have arrived; returns the unsubscribe function. */
export function onCatalogChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes each time more messages arrive (for useSyncExternalStore). */
export function catalogVersion(): number {
  return version;
}

/** Whether a key may belong to the part of the English catalog loaded on demand. */
function isLaterKey(key: string): boolean {
  return !has(enCore, key) && LATER_PREFIXES.some((p) => key.startsWith(p));
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Replaces {{name}} placeholders with their values (missing ones stay visible). */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Whether a string from the outside (a trace, a stored setting) is a key of the English messages loaded so far. */
export function isMessageKey(key: string): key is MessageKey {
  return has(english, key);
}

/**
 * A translate function over one catalog, falling back to English. A message whose English part
 * is still loading reads as "" (never as its raw key) and starts the load; unknown dynamic keys
 * read as themselves.
 */
export function makeTranslate(
  messages: Readonly<Partial<Messages>>,
): Translate & { dynamic: (key: string, params?: Params) => string } {
  const t = (key: MessageKey, params?: Params): string => {
    const m = messages[key] ?? english[key];
    if (m !== undefined) return interpolate(m, params);
    void loadEnglishRest();
    return '';
  };
  const dynamic = (key: string, params?: Params): string => {
    if (has(messages, key) || has(english, key)) return t(key as MessageKey, params);
    if (englishRestPending() && isLaterKey(key)) return t(key as MessageKey, params);
    return interpolate(key, params);
  };
  return Object.assign(t, { dynamic });
}

/** Whether part of the English catalog has not arrived yet. */
function englishRestPending(): boolean {
  return english === enCore;
}

/** Loads the catalog of a language (Korean is a separate chunk, complete). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'en') {
    await loadEnglishRest();
    return english as Messages;
  }
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
