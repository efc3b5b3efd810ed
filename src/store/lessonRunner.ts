/** Lesson actions on the store (loaded with the lessons): open a lesson at a step, move, leave, check, show the worked solution. */
import * as v from 'valibot';
import { COURSE } from '../lessons/course';
import {
  applyActions,
  latch,
  LessonSchema,
  lessonStates,
  type Lesson,
  type StepState,
} from '../lessons';
import { buildNetwork, simulate, type PacketRequest, type Trace } from '../sim';
import type { AppStore } from './createAppStore';
import { keepMine, takeMine, writeProgress } from './lessonProgress';
import type { StorageLike } from './persistence';
import { startEntries, traceSession } from './neighbourSession';

let course: readonly Lesson[] | null = null;

/** The built-in course with its defaults filled in (every lesson is validated in full by the unit tests). */
export function builtInLessons(): readonly Lesson[] {
  course ??= COURSE.map((l) => v.parse(LessonSchema, l));
  return course;
}

/** A built-in lesson by id. */
export function lessonById(id: string): Lesson | undefined {
  return builtInLessons().find((l) => l.id === id);
}

const states = new WeakMap<Lesson, readonly StepState[]>();

/** The simulator's state at each step of a lesson, the check's last (computed once per lesson). */
export function statesOf(lesson: Lesson): readonly StepState[] {
  let s = states.get(lesson);
  if (!s) {
    s = lessonStates(lesson).states;
    states.set(lesson, s);
  }
  return s;
}

/** The index of a lesson's check: the step after its last. */
export const checkStep = (lesson: Lesson): number => lesson.steps.length;

/** Shows a step: loads its scenario and packet (paused at the first hop, undoable) and clears any question. */
export function goToStep(store: AppStore, lesson: Lesson, step: number): void {
  const all = statesOf(lesson);
  const i = Math.max(0, Math.min(Math.trunc(step) || 0, all.length - 1));
  const state = all[i];
  if (!state) return;
  store.getState().loadScenario(state.scenario, state.flows);
  const met = i === checkStep(lesson) ? lesson.check.all.map(() => false) : [];
  store.setState({ lesson: { id: lesson.id, step: i, met }, question: null, selected: null });
  // A step that creates or deletes a pod plays its CNI ADD/DEL (that code loads then).
  if (lesson.steps[i]?.actions.some((a) => a.do === 'createPod' || a.do === 'deletePod'))
    void import('./cni/cniLesson').then((m) => m.playStepCni(store, lesson.id, i));
}

/** Opens a lesson at a step, keeping the learner's own scenario aside the first time. */
export function openLesson(
  store: AppStore,
  lesson: Lesson,
  step: number,
  storage: StorageLike | null,
): void {
  if (!store.getState().lesson) keepMine(storage, store.getState().scenario);
  goToStep(store, lesson, step);
  store.setState({ lessonList: false });
}

/** Leaves the lesson and brings back the scenario kept aside, if any. */
export function closeLesson(store: AppStore, storage: StorageLike | null): void {
  store.setState({ lesson: null, question: null });
  const mine = takeMine(storage);
  if (mine) store.getState().loadScenario(mine, []);
}

/** Brings back the scenario kept aside without a lesson open (the lessons list offers it). */
export function restoreMine(store: AppStore, storage: StorageLike | null): void {
  const mine = takeMine(storage);
  if (mine) store.getState().loadScenario(mine, []);
}

let traceCache: {
  flows: readonly PacketRequest[];
  cluster: unknown;
  start: unknown;
  traces: Trace[];
} | null = null;

/** The traces of the shown packets (memoized on the flows and the cluster). */
function shownTraces(store: AppStore): readonly Trace[] {
  const s = store.getState();
  const c = traceCache;
  const start = startEntries(s.neighbours, s.scenario.cluster, simulate);
  if (c && c.flows === s.flows && c.cluster === s.scenario.cluster && c.start === start)
    return c.traces;
  const cluster = s.scenario.cluster;
  const traces = traceSession(simulate, cluster, s.flows, start);
  traceCache = { flows: s.flows, cluster: s.scenario.cluster, start, traces };
  return traces;
}

/** Adds what the cluster and the given traces now meet to the check; records the lesson done when all is met. */
function latchCheck(
  store: AppStore,
  lesson: Lesson,
  traces: readonly Trace[],
  storage: StorageLike | null,
): void {
  const s = store.getState();
  const place = s.lesson;
  if (!place || place.id !== lesson.id || place.step !== checkStep(lesson)) return;
  const net = buildNetwork(s.scenario.cluster);
  const met = latch(lesson.check.all, place.met, s.scenario, net, traces);
  if (met.every((m, i) => m === place.met[i])) return;
  const done = met.every(Boolean) && !s.lessonsDone.includes(lesson.id);
  const lessonsDone = done ? [...s.lessonsDone, lesson.id] : s.lessonsDone;
  if (done) writeProgress(storage, lessonsDone);
  store.setState({ lesson: { ...place, met }, lessonsDone });
}

/** Checks the learner's cluster and shown packets against the open lesson's check. */
export function evaluateCheck(store: AppStore, lesson: Lesson, storage: StorageLike | null): void {
  latchCheck(store, lesson, shownTraces(store), storage);
}

/** Plays the worked solution: its changes (from the check's own start if the learner's cluster refuses them), then its packets. */
export function showSolution(store: AppStore, lesson: Lesson, storage: StorageLike | null): void {
  const { actions, send } = lesson.check.solution;
  if (actions.length > 0) {
    let acted = applyActions(store.getState().scenario, actions, '');
    if (Array.isArray(acted)) {
      const start = statesOf(lesson)[checkStep(lesson)];
      acted = start ? applyActions(start.scenario, actions, '') : acted;
    }
    if (!Array.isArray(acted)) store.getState().setScenario(acted);
  }
  latchCheck(store, lesson, [], storage);
  for (const req of send) {
    const s = store.getState();
    latchCheck(store, lesson, [simulate(s.scenario.cluster, req)], storage);
  }
  const last = send[send.length - 1];
  if (last) store.getState().sendPacket(last);
}

/** Remembers which lessons are done (read from storage when the lessons load). */
export function setLessonsDone(store: AppStore, done: readonly string[]): void {
  store.setState({ lessonsDone: [...done] });
}

/** Re-checks the open lesson whenever the cluster, the shown packets or the step change; returns the stop function. */
export function startCheckWatch(store: AppStore, storage: StorageLike | null): () => void {
  const run = () => {
    const place = store.getState().lesson;
    const lesson = place ? lessonById(place.id) : undefined;
    if (lesson) evaluateCheck(store, lesson, storage);
  };
  run();
  return store.subscribe((s, p) => {
    if (s.scenario !== p.scenario || s.flows !== p.flows || s.lesson?.step !== p.lesson?.step)
      run();
  });
}
