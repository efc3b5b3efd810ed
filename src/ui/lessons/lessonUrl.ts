/** Lesson addresses: ?lesson=c4&step=2 names a lesson and its step (1-based), ?predict turns prediction on; the fragment stays the share link's. */

/** The query parameter naming the lesson. */
export const LESSON_PARAM = 'lesson';
/** The query parameter naming the step, from 1 (the step after the last is the check). */
export const STEP_PARAM = 'step';
/** The query flag that turns prediction on (for a shared link or an embed). */
export const PREDICT_PARAM = 'predict';

/** What an address asks of the lessons. */
export interface LessonAddress {
  /** The lesson id, or null. */
  readonly lesson: string | null;
  /** The step index from 0, or 0 when absent or not a number. */
  readonly step: number;
  /** Whether prediction is on. */
  readonly predict: boolean;
}

/** Reads the lesson parameters of a query string (ids are checked against the course later). */
export function readLessonAddress(search: string): LessonAddress {
  const q = new URLSearchParams(search);
  const id = q.get(LESSON_PARAM);
  const n = Number(q.get(STEP_PARAM));
  return {
    lesson: id && /^[a-z0-9-]{1,40}$/.test(id) ? id : null,
    step: Number.isInteger(n) && n >= 1 && n <= 100 ? n - 1 : 0,
    predict: q.has(PREDICT_PARAM) && q.get(PREDICT_PARAM) !== '0',
  };
}

/** The address with the lesson parameters set from a state (others and the fragment kept as they were). */
export function withLessonAddress(href: string, a: LessonAddress): string {
  const url = new URL(href);
  const q = url.searchParams;
  if (a.lesson) {
    q.set(LESSON_PARAM, a.lesson);
    q.set(STEP_PARAM, String(a.step + 1));
  } else {
    q.delete(LESSON_PARAM);
    q.delete(STEP_PARAM);
  }
  if (a.predict) q.set(PREDICT_PARAM, '');
  else q.delete(PREDICT_PARAM);
  // "?predict=" reads better as "?predict", and a bare flag is how ?embed is written too.
  url.search = q.toString().replace(/(^|&)predict=(?=&|$)/, '$1predict');
  return url.toString();
}
