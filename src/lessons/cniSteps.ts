/** A lesson step's createPod/deletePod actions as CNI calls (C11): ADD and DEL from the state the step starts from, and their checks. */
import { createAllPods, createPod, deletePod, type CniOutcome } from '../sim/cni/createPod';
import { containerIdOf } from '../sim/cni/runtime';
import type { CniState } from '../sim/cni/types';
import { allocate } from '../sim/model/addressing';
import { podIdOf } from '../sim/model/ids';
import type { ClusterSpec, PodSpec } from '../sim/model/types';
import { lessonError, type LessonError } from './errors';
import { cniQuestionAt } from './predict/cni';
import { applyActions, resolveScenario, type StepState } from './states';
import type { LessonStep } from './types';

/** One CNI call a step makes. */
export interface CniStepCall {
  /** ADD for createPod, DEL for deletePod. */
  readonly command: 'ADD' | 'DEL';
  /** The pod, with its defaults filled in. */
  readonly pod: PodSpec;
  /** What the call did. */
  readonly outcome: CniOutcome;
  /** The CNI state before it. */
  readonly before: CniState;
  /** The cluster the pod is drawn in: after ADD, before DEL. */
  readonly cluster: ClusterSpec;
}

const isCni = (a: LessonStep['actions'][number]) => a.do === 'createPod' || a.do === 'deletePod';

/** Whether a step creates or deletes a pod through CNI. */
export function hasCniActions(step: Pick<LessonStep, 'actions'>): boolean {
  return step.actions.some(isCni);
}

/**
 * The CNI calls of a step, in order: from its starting cluster (its own scenario or the one before,
 * with its other actions applied; every pod created in order), ADD for each createPod and DEL for
 * each deletePod. Errors when the start cannot be set up.
 */
export function cniStepCalls(
  step: Pick<LessonStep, 'scenario' | 'actions'>,
  prev: StepState | undefined,
  state: StepState,
  path = '',
): CniStepCall[] | LessonError[] {
  if (!hasCniActions(step)) return [];
  const base = step.scenario ? resolveScenario(step.scenario, `${path}.scenario`) : prev?.scenario;
  if (!base) return [lessonError(path, 'lesson.error.noScenario')];
  if (Array.isArray(base)) return base;
  const from = applyActions(
    base,
    step.actions.filter((a) => !isCni(a)),
    `${path}.actions`,
  );
  if (Array.isArray(from)) return from;
  const to = state.scenario.cluster;
  let cni = createAllPods(from.cluster).state;
  const calls: CniStepCall[] = [];
  for (const a of step.actions) {
    if (a.do === 'createPod') {
      const pod = to.pods.find((p) => podIdOf(p) === podIdOf(a.pod));
      if (!pod) continue;
      const outcome = createPod(to, cni, pod);
      calls.push({ command: 'ADD', pod, outcome, before: cni, cluster: to });
      cni = outcome.state;
    } else if (a.do === 'deletePod') {
      const pod = from.cluster.pods.find((p) => podIdOf(p) === a.pod);
      if (!pod) continue;
      const outcome = deletePod(from.cluster, cni, pod);
      calls.push({ command: 'DEL', pod, outcome, before: cni, cluster: from.cluster });
      cni = outcome.state;
    }
  }
  return calls;
}

/** Problems of a step's CNI part: an ADD whose address differs from the one the diagram shows, a CNI question with nothing to ask. */
export function cniStepErrors(
  step: LessonStep,
  prev: StepState | undefined,
  state: StepState,
  path: string,
): LessonError[] {
  if (!hasCniActions(step) && !step.predictCni) return [];
  const calls = cniStepCalls(step, prev, state, path);
  if (calls.some((c) => !('command' in c))) return calls as LessonError[];
  const ok = calls as CniStepCall[];
  const errors: LessonError[] = [];
  let shown: ReadonlyMap<string, string> = new Map();
  try {
    shown = allocate(state.scenario.cluster).pods;
  } catch {
    // the scenario validator has already refused such a cluster
  }
  ok.forEach((c, i) => {
    const held = c.outcome.state[c.pod.node]?.leases.find(
      (l) => l.containerId === containerIdOf(podIdOf(c.pod)),
    );
    if (c.command === 'ADD' && (c.outcome.error || held?.ip !== shown.get(podIdOf(c.pod))))
      errors.push(
        lessonError(`${path}.actions[${i}]`, 'lesson.error.badAction', {
          action: 'createPod',
          detail: c.outcome.error?.msg ?? held?.ip ?? '',
          at: shown.get(podIdOf(c.pod)) ?? '',
        }),
      );
  });
  const ask = step.predictCni?.ask;
  const add = [...ok].reverse().find((c) => c.command === 'ADD');
  const node = add ? add.before[add.pod.node] : undefined;
  if (ask && !(add && node && cniQuestionAt(add.outcome.trace, node, ask)))
    errors.push(lessonError(`${path}.predictCni.ask`, 'lesson.error.cannotAsk', { ask }));
  return errors;
}
