/** Lesson validation errors: a path into the document, a message key and its parameters. */
import type * as v from 'valibot';
import { issueToError } from '../scenario/issues';
import type { ErrorParams } from '../scenario/errors';

/** Keys of the problems only a lesson can have, under "lesson.error.". */
export const LESSON_ERROR_KEYS = [
  'lesson.error.badKey',
  'lesson.error.outOfRange',
  'lesson.error.badConcept',
  'lesson.error.badParam',
  'lesson.error.badLink',
  'lesson.error.unknownPreset',
  'lesson.error.badAction',
  'lesson.error.noScenario',
  'lesson.error.unknownElement',
  'lesson.error.predictNeedsPacket',
  'lesson.error.noSuchHop',
  'lesson.error.cannotAsk',
  'lesson.error.unknownPod',
  'lesson.error.unknownNode',
  'lesson.error.unknownContainer',
  'lesson.error.minOverMax',
  'lesson.error.checkAlreadyMet',
  'lesson.error.solutionFails',
] as const;

/** A lesson-only error key. */
export type LessonErrorKey = (typeof LESSON_ERROR_KEYS)[number];

/** One problem found in a lesson document. */
export interface LessonError {
  /** Where: a dotted path with indexes, e.g. "steps[2].send.from.pod"; "" for the whole document. */
  readonly path: string;
  /** What: a "lesson.error." key, or a "scenario.error." key for shapes both formats share. */
  readonly key: string;
  /** Values for the message's placeholders. */
  readonly params: ErrorParams;
}

/** Builds one error. */
export function lessonError(
  path: string,
  key: LessonErrorKey,
  params: ErrorParams = {},
): LessonError {
  return { path, key, params };
}

const LESSON_KEYS: ReadonlySet<string> = new Set(LESSON_ERROR_KEYS);

/** One valibot issue as one lesson error: lesson keys kept, the rest read as the scenario format reads them. */
export function lessonIssueToError(issue: v.BaseIssue<unknown>): LessonError {
  const base = issueToError(issue);
  return LESSON_KEYS.has(issue.message) ? { ...base, key: issue.message, params: {} } : base;
}

/** An error found inside a nested document (an inline scenario, a packet), moved under a path of the lesson. */
export function nested(
  path: string,
  inner: { path: string; key: string; params: ErrorParams },
): LessonError {
  return {
    path: inner.path === '' ? path : `${path}.${inner.path}`,
    key: inner.key,
    params: inner.params,
  };
}
