/** The lesson document after validation, as the runner and the UI read it. */
import type * as v from 'valibot';
import type {
  ActionSchema,
  CheckSchema,
  ConditionSchema,
  LessonSchema,
  LinkSchema,
  PredictSchema,
  QUESTION_KINDS,
  ScenarioRefSchema,
  StepSchema,
} from './schema';

/** The current version of the lesson format. */
export const LESSON_VERSION = 1;

/** A whole lesson: id, concepts, texts, steps and the closing check (defaults filled in). */
export type Lesson = v.InferOutput<typeof LessonSchema>;
/** One step of a lesson. */
export type LessonStep = v.InferOutput<typeof StepSchema>;
/** The closing check of a lesson. */
export type LessonCheck = v.InferOutput<typeof CheckSchema>;
/** A change to the cluster a step or a solution makes. */
export type LessonAction = v.InferOutput<typeof ActionSchema>;
/** One condition of a check. */
export type Condition = v.InferOutput<typeof ConditionSchema>;
/** Where a step asks the learner to predict, and what. */
export type PredictSpec = v.InferOutput<typeof PredictSchema>;
/** Where a step's cluster comes from. */
export type ScenarioRef = v.InferOutput<typeof ScenarioRefSchema>;
/** An official page a lesson links. */
export type LessonLink = v.InferOutput<typeof LinkSchema>;
/** What a prediction question asks about a hop. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The part of a step or check that sets the simulator up. */
export type StepSetup = Pick<LessonStep, 'scenario' | 'actions' | 'send' | 'highlight'>;
