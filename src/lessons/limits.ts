/** The size limits of the lesson format, in one place. */

/** Caps on a lesson document's ids, texts and lists. */
export const LESSON_LIMITS = {
  /** Longest lesson id. */
  id: 40,
  /** Longest message key. */
  key: 100,
  /** Longest diagram element id a step highlights. */
  elementId: 200,
  /** Longest link. */
  url: 300,
  /** Longest placeholder name. */
  paramName: 32,
  /** Most placeholders a lesson defines. */
  params: 24,
  /** Most official pages a lesson links. */
  links: 4,
  /** Most steps before the check. */
  steps: 20,
  /** Most actions in one step or solution. */
  actions: 8,
  /** Most highlighted elements in one step. */
  highlight: 8,
  /** Most conditions of a check. */
  conditions: 6,
  /** Most packets a solution sends. */
  sends: 4,
  /** Most lessons in a course. */
  lessons: 64,
} as const;
