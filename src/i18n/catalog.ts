/** A small typed message catalog: keys come from the English messages; {{name}} and particle {{이/가}} placeholders. */
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
export const LATER_PREFIXES: readonly string[] = [
  'sim.',
  'scenario.',
  'editor.',
  'value.',
  'flows.',
  'layer.',
  'field.',
  'details.',
  'action.',
  'inspector.',
  'cni.',
  'extras.',
  'manifests.',
  'send.',
  'playback.',
  'outcome.',
  'events.',
  'diagram.',
];

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

/** Chooses a Korean particle for the text written before it (see ./particles). */
export type ParticleChooser = (before: string, pair: string) => string;

/** What a language adds to its messages: particle choice, and its own names for known texts. */
export interface LanguageKit {
  /** Fills particle placeholders such as {{이/가}} from the text before them. */
  readonly particle?: ParticleChooser;
  /** Texts from outside the catalog (a built-in scenario's English title) and how this language says them. */
  readonly texts?: ReadonlyMap<string, string>;
}

/** Kits by catalog: a lazily loaded catalog brings its own, so English never loads Korean grammar. */
const kits = new WeakMap<object, LanguageKit>();

/** Attaches a language kit to a catalog, for every translate function made over it. */
export function registerLanguageKit(messages: object, kit: LanguageKit): void {
  kits.set(messages, kit);
}

/** {{name}} takes a value; {{이/가}} takes the particle that fits the text before it. */
const PLACEHOLDER = /\{\{(?:(\w+)|([^{}\s/]+\/[^{}\s/]+))\}\}/g;

/**
 * Replaces {{name}} placeholders with their values (missing ones stay visible) and particle
 * placeholders such as {{이/가}} or {{으로/로}} with the form that fits the text before them.
 */
export function interpolate(template: string, params?: Params, particle?: ParticleChooser): string {
  if (!template.includes('{{')) return template;
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    const [whole, name, pair] = m;
    if (name !== undefined) {
      const v = params?.[name];
      out += v === undefined ? whole : String(v);
    } else out += particle && pair ? particle(out, pair) : whole;
  }
  return out + template.slice(last);
}

/** Whether a string from the outside (a trace, a stored setting) is a key of the English messages loaded so far. */
export function isMessageKey(key: string): key is MessageKey {
  return has(english, key);
}

/** A translate function with its helpers for keys from a trace, raw values and outside texts. */
export type Translator = Translate & {
  /** Translates a key that comes from data (a trace, a stored notice). */
  dynamic: (key: string, params?: Params) => string;
  /** A raw value of a header field ("reply" at "arp.op") as this language names it, or as it is. */
  value: (path: string, raw: string) => string;
  /** A text from outside the catalog (a built-in scenario's title) in this language, or as it is. */
  text: (s: string) => string;
};

/**
 * A translate function over one catalog, falling back to English. A message whose English part
 * is still loading reads as "" (never as its raw key) and starts the load; unknown dynamic keys
 * read as themselves.
 */
export function makeTranslate(
  messages: Readonly<Partial<Messages>>,
  kit: LanguageKit = kits.get(messages) ?? {},
): Translator {
  /** Parameters with raw values this catalog names (value.<param>.<raw>) in its own words. */
  const named = (params?: Params): Params | undefined => {
    let out: Record<string, string | number> | undefined;
    for (const [name, v] of Object.entries(params ?? {})) {
      const own = typeof v === 'string' ? messages[`value.${name}.${v}` as MessageKey] : undefined;
      if (own !== undefined) (out ??= { ...params })[name] = own;
    }
    return out ?? params;
  };
  const t = (key: MessageKey, params?: Params): string => {
    const m = messages[key] ?? english[key];
    if (m !== undefined) return interpolate(m, named(params), kit.particle);
    void loadEnglishRest();
    return '';
  };
  const dynamic = (key: string, params?: Params): string => {
    if (has(messages, key) || has(english, key)) return t(key as MessageKey, params);
    if (englishRestPending() && isLaterKey(key)) return t(key as MessageKey, params);
    return interpolate(key, params);
  };
  const value = (path: string, raw: string): string => {
    const key = `value.${path}.${raw}`;
    return has(messages, key) || has(english, key) ? t(key as MessageKey) : raw;
  };
  const text = (s: string): string => kit.texts?.get(s) ?? s;
  return Object.assign(t, { dynamic, value, text });
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
