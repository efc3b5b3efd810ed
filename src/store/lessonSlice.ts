/** The lesson slice: the lesson open and its step, the lessons list, prediction mode, the pending question and the score (its actions load with the lessons: see ./lessonRunner, ./predictWatch). */
import type { Question } from '../lessons/predict';

/** Where the learner is in a lesson. */
export interface LessonPlace {
  /** The lesson's id (as in ?lesson=c4). */
  readonly id: string;
  /** The step shown, from 0; the step after the last is the lesson's check. */
  readonly step: number;
  /** Which of the check's conditions have been met so far (a condition once met stays met). */
  readonly met: readonly boolean[];
}

/** A question put to the learner while the packet waits. */
export interface PendingQuestion {
  /** Which shown packet it is about (index into flows). */
  readonly flow: number;
  /** The question. */
  readonly q: Question;
  /** The value the learner chose, or null while they think. */
  readonly chosen: string | null;
}

/** State of the lesson slice. */
export interface LessonSlice {
  /** The lesson open, or null outside lessons. */
  lesson: LessonPlace | null;
  /** Whether the lessons list is open. */
  lessonList: boolean;
  /** Whether packets stop at chosen hops for the learner to predict first (an instructor's link can set it). */
  predict: boolean;
  /** The question waiting for an answer or showing its answer, or null. */
  question: PendingQuestion | null;
  /** This session's answers: how many were asked and how many were right. */
  score: { readonly asked: number; readonly correct: number };
  /** Ids of the lessons the learner has completed (kept in localStorage). */
  lessonsDone: readonly string[];
}

/** The lesson slice's starting state: no lesson, no question, prediction off. */
export const createLessonSlice = (): LessonSlice => ({
  lesson: null,
  lessonList: false,
  predict: false,
  question: null,
  score: { asked: 0, correct: 0 },
  lessonsDone: [],
});
