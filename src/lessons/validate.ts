/** The one gate a lesson passes: structure, schema, then every step set up and checked in the simulator. */
import * as v from 'valibot';
import { checkStructure, isRecord, kindOf } from '../scenario/guard';
import { INPUT_LIMITS } from '../scenario/limits';
import { buildNetwork, simulate } from '../sim';
import { latch } from './checks';
import { cniStepErrors } from './cniSteps';
import { elementIds } from './elements';
import { lessonError, lessonIssueToError, type LessonError } from './errors';
import { hopOf, questionAt } from './predict';
import { LessonSchema } from './schema';
import { applyActions, lessonStates, packetErrors, type StepState } from './states';
import type { Condition, Lesson, LessonStep } from './types';

/** A validated lesson (defaults filled in), or every problem found. */
export type LessonParseResult =
  | { readonly ok: true; readonly lesson: Lesson }
  | { readonly ok: false; readonly errors: readonly LessonError[] };

/** Highlights that name nothing the step's diagram draws, and a question its packet cannot answer. */
function stepErrors(
  step: Pick<LessonStep, 'highlight' | 'predict'>,
  state: StepState,
  path: string,
) {
  const errors: LessonError[] = [];
  const net = buildNetwork(state.scenario.cluster);
  const ids = elementIds(state.scenario, net);
  step.highlight.forEach((id, i) => {
    if (!ids.has(id))
      errors.push(lessonError(`${path}.highlight[${i}]`, 'lesson.error.unknownElement', { id }));
  });
  const p = step.predict;
  if (!p) return errors;
  const req = state.flows[0];
  if (!req) return [...errors, lessonError(`${path}.predict`, 'lesson.error.predictNeedsPacket')];
  const trace = simulate(state.scenario.cluster, req);
  const hop = hopOf(trace, p);
  if (hop < 1)
    errors.push(lessonError(`${path}.predict.at`, 'lesson.error.noSuchHop', { at: p.at }));
  else if (!questionAt(net, trace, hop, p.ask))
    errors.push(lessonError(`${path}.predict.ask`, 'lesson.error.cannotAsk', { ask: p.ask }));
  return errors;
}

/** Conditions that name a pod, container or node the check's cluster does not have. */
function conditionErrors(all: readonly Condition[], state: StepState): LessonError[] {
  const errors: LessonError[] = [];
  const pods = new Map(state.scenario.cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
  const nodes = new Set(state.scenario.cluster.nodes.map((n) => n.name));
  all.forEach((c, i) => {
    const at = `check.all[${i}]`;
    const ref = c.kind === 'trace' ? (c.deliveredTo ?? {}) : c.kind === 'pods' ? c : { pod: c.pod };
    const pod = ref.pod === undefined ? undefined : pods.get(ref.pod);
    if (ref.pod !== undefined && !pod)
      errors.push(lessonError(at, 'lesson.error.unknownPod', { pod: ref.pod }));
    if ('node' in ref && ref.node !== undefined && !nodes.has(ref.node))
      errors.push(lessonError(at, 'lesson.error.unknownNode', { node: ref.node }));
    if ('container' in ref && pod && ref.container !== undefined)
      if (!pod.containers.some((x) => x.name === ref.container))
        errors.push(lessonError(at, 'lesson.error.unknownContainer', { container: ref.container }));
    if (c.kind === 'pods' && (c.minContainers ?? 0) > (c.maxContainers ?? Infinity))
      errors.push(lessonError(at, 'lesson.error.minOverMax'));
  });
  return errors;
}

/** The check fails where it starts (the learner has work to do) and passes after its worked solution. */
function checkRuns(lesson: Lesson, start: StepState): LessonError[] {
  const { all, solution } = lesson.check;
  const traces = (s: StepState) => s.flows.map((f) => simulate(s.scenario.cluster, f));
  const at0 = latch(all, [], start.scenario, buildNetwork(start.scenario.cluster), traces(start));
  if (at0.every(Boolean)) return [lessonError('check.all', 'lesson.error.checkAlreadyMet')];
  const acted = applyActions(start.scenario, solution.actions, 'check.solution.actions');
  if (Array.isArray(acted)) return acted;
  let met = latch(all, [], acted, buildNetwork(acted.cluster), []);
  const net = buildNetwork(acted.cluster);
  for (const [i, req] of solution.send.entries()) {
    const errors = packetErrors(acted, req, `check.solution.send[${i}]`);
    if (errors.length > 0) return errors;
    met = latch(all, met, acted, net, [simulate(acted.cluster, req)]);
  }
  return met.every(Boolean) ? [] : [lessonError('check.solution', 'lesson.error.solutionFails')];
}

/** Validates an untrusted lesson: its shape, its scenarios and packets, its questions, and that its check can be passed. */
export function parseLesson(input: unknown): LessonParseResult {
  const problem = checkStructure(input);
  if (problem) return { ok: false, errors: [problem] };
  if (!isRecord(input))
    return {
      ok: false,
      errors: [{ path: '', key: 'scenario.error.notObject', params: { found: kindOf(input) } }],
    };
  const result = v.safeParse(LessonSchema, input, { abortPipeEarly: true });
  if (!result.success)
    return {
      ok: false,
      errors: result.issues.slice(0, INPUT_LIMITS.errors).map(lessonIssueToError),
    };
  const lesson: Lesson = result.output;
  if (!lesson.steps[0]?.scenario)
    return { ok: false, errors: [lessonError('steps[0]', 'lesson.error.noScenario')] };
  const { states, errors } = lessonStates(lesson);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, INPUT_LIMITS.errors) };
  const more = [
    ...lesson.steps.flatMap((s, i) => {
      const state = states[i];
      return state ? stepErrors(s, state, `steps[${i}]`) : [];
    }),
    ...lesson.steps.flatMap((s, i) => {
      const state = states[i];
      return state ? cniStepErrors(s, states[i - 1], state, `steps[${i}]`) : [];
    }),
  ];
  const check = states[lesson.steps.length];
  if (check) {
    more.push(...stepErrors({ highlight: lesson.check.highlight }, check, 'check'));
    more.push(...conditionErrors(lesson.check.all, check));
    if (more.length === 0) more.push(...checkRuns(lesson, check));
  }
  return more.length > 0
    ? { ok: false, errors: more.slice(0, INPUT_LIMITS.errors) }
    : { ok: true, lesson };
}
