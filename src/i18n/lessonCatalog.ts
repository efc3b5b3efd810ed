/** The lessons' own catalog: loaded with the lesson view (never in the first chunk), English built in, Korean on demand. */
import { interpolate, type Lang, type Params } from './catalog';
import { lessonsEn } from './en/lessons';
import { josa } from './particles';

/** Every lesson message key. */
export type LessonMessageKey = keyof typeof lessonsEn;
/** A complete lesson catalog for one language. */
export type LessonMessages = Record<LessonMessageKey, string>;

/** Translates lesson keys: typed ones from the UI, and keys that come from lesson data. */
export type LessonTranslator = ((key: LessonMessageKey, params?: Params) => string) & {
  /** A key from lesson data; an unknown key reads as itself, so a missing text shows. */
  dynamic: (key: string, params?: Params) => string;
};

/** The catalog of a language: English at once, Korean as its own chunk. */
export async function loadLessonMessages(lang: Lang): Promise<LessonMessages> {
  if (lang === 'en') return lessonsEn;
  return (await import('./ko/lessons')).lessonsKo;
}

/** A translate function over a lesson catalog; Korean picks particles after values ({{이/가}}). */
export function makeLessonTranslate(messages: LessonMessages, lang: Lang): LessonTranslator {
  const particle = lang === 'ko' ? josa : undefined;
  const has = (k: string): k is LessonMessageKey =>
    Object.prototype.hasOwnProperty.call(messages, k);
  const t = (key: LessonMessageKey, params?: Params) =>
    interpolate(messages[key], params, particle);
  const dynamic = (key: string, params?: Params) =>
    has(key) ? t(key, params) : interpolate(key, params);
  return Object.assign(t, { dynamic });
}

/** The English lesson catalog (the reference every other language matches key for key). */
export { lessonsEn };
