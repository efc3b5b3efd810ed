/** What the simulator shows at each step of a lesson: the scenario and packets each step sets up, in order. */
import { presetById } from '../scenario/presets';
import { checkPackets } from '../scenario/references';
import type { Scenario } from '../scenario/types';
import { parseScenario } from '../scenario/validate';
import type { PacketRequest } from '../sim';
import { applyAction } from './actions';
import { lessonError, nested, type LessonError } from './errors';
import type { Lesson, LessonAction, ScenarioRef, StepSetup } from './types';

/** The simulator's state at a step: the scenario drawn and the packets shown. */
export interface StepState {
  /** The scenario, valid. */
  readonly scenario: Scenario;
  /** The packets shown (the step's packet, or none). */
  readonly flows: readonly PacketRequest[];
}

/** The state at each step, the check's last; cut short at the first step that cannot be set up. */
export interface LessonStates {
  /** One state per step, then the check's (fewer when errors stopped the walk). */
  readonly states: readonly StepState[];
  /** Everything found wrong on the way. */
  readonly errors: readonly LessonError[];
}

/** The scenario a reference names: a preset, or an inline document through the scenario validator. */
export function resolveScenario(ref: ScenarioRef, path: string): Scenario | LessonError[] {
  if ('preset' in ref) {
    const p = presetById(ref.preset);
    return p
      ? p.scenario
      : [lessonError(`${path}.preset`, 'lesson.error.unknownPreset', { id: ref.preset })];
  }
  const r = parseScenario(ref.inline);
  return r.ok ? r.scenario : r.errors.map((e) => nested(`${path}.inline`, e));
}

/** Applies actions in order, each result passing the scenario validator. */
export function applyActions(
  from: Scenario,
  actions: readonly LessonAction[],
  path: string,
): Scenario | LessonError[] {
  let s = from;
  for (const [i, a] of actions.entries()) {
    const r = parseScenario(applyAction(s, a));
    if (!r.ok) {
      const first = r.errors[0];
      return [
        lessonError(`${path}[${i}]`, 'lesson.error.badAction', {
          action: a.do,
          detail: first?.key ?? '',
          at: first?.path ?? '',
        }),
      ];
    }
    s = r.scenario;
  }
  return s;
}

/** The errors of a packet that names something the scenario does not have. */
export function packetErrors(s: Scenario, req: PacketRequest, path: string): LessonError[] {
  return checkPackets(s.cluster, [req]).map((e) =>
    nested(path, { ...e, path: e.path.replace(/^packets\[0\]\.?/, '') }),
  );
}

/**
 * Sets one step up from the previous state: its scenario (or the one before), its actions, its
 * packet. A step that sets nothing up (narration only) keeps the state before it, packets included.
 */
export function setUpStep(
  prev: StepState | null,
  setup: StepSetup,
  path: string,
): StepState | LessonError[] {
  if (prev && !setup.scenario && setup.actions.length === 0 && !setup.send) return prev;
  let scenario = prev?.scenario ?? null;
  if (setup.scenario) {
    const r = resolveScenario(setup.scenario, `${path}.scenario`);
    if (Array.isArray(r)) return r;
    scenario = r;
  }
  if (!scenario) return [lessonError(path, 'lesson.error.noScenario')];
  const acted = applyActions(scenario, setup.actions, `${path}.actions`);
  if (Array.isArray(acted)) return acted;
  if (!setup.send) return { scenario: acted, flows: [] };
  const errors = packetErrors(acted, setup.send, `${path}.send`);
  return errors.length > 0 ? errors : { scenario: acted, flows: [setup.send] };
}

/** Walks a lesson's steps and its check, computing each state from the one before. */
export function lessonStates(lesson: Pick<Lesson, 'steps' | 'check'>): LessonStates {
  const states: StepState[] = [];
  const parts: { setup: StepSetup; path: string }[] = [
    ...lesson.steps.map((setup, i) => ({ setup, path: `steps[${i}]` })),
    { setup: lesson.check, path: 'check' },
  ];
  let prev: StepState | null = null;
  for (const { setup, path } of parts) {
    const r = setUpStep(prev, setup, path);
    if (Array.isArray(r)) return { states, errors: r };
    states.push(r);
    prev = r;
  }
  return { states, errors: [] };
}
