/** A lesson step's createPod/deletePod on the store (loaded with such a step): its CNI call played, its question asked before the step it is about. */
import { cniStepCalls, type CniStepCall } from '../../lessons/cniSteps';
import { cniQuestionAt } from '../../lessons/predict/cni';
import type { StepState } from '../../lessons';
import type { AppState, AppStore } from '../createAppStore';
import { lessonById, statesOf } from '../lessonRunner';
import { adoptCall } from './cniControl';
import type { CniPlay } from './cniSlice';

/** Traces whose question was put (each is asked once). */
const asked = new WeakSet<CniPlay>();
const watching = new WeakSet<AppStore>();

/** Pauses a lesson step's CNI trace before the step its question is about. */
function askBefore(store: AppStore, s: AppState): void {
  const play = s.cniPlay;
  if (!play || !s.playing || s.question || !s.lesson || asked.has(play)) return;
  const ask = lessonById(s.lesson.id)?.steps[s.lesson.step]?.predictCni?.ask;
  const node = play.before[play.pod.node];
  if (!ask || !node) return;
  const q = cniQuestionAt(play.trace, node, ask);
  if (!q || s.cursor + 1 !== q.hop) return;
  asked.add(play);
  store.setState({ playing: false, question: { flow: 0, q, chosen: null } });
}

/** Plays the last CNI call of the lesson step just shown, and watches for its question. */
export async function playStepCni(store: AppStore, lessonId: string, step: number): Promise<void> {
  const lesson = lessonById(lessonId);
  const s = lesson?.steps[step];
  const states: readonly StepState[] = lesson ? statesOf(lesson) : [];
  const state = states[step];
  if (!s || !state) return;
  const calls = cniStepCalls(s, states[step - 1], state);
  const last = calls[calls.length - 1];
  if (!last || !('command' in last)) return;
  if (!watching.has(store)) {
    watching.add(store);
    store.subscribe((now) => askBefore(store, now));
  }
  await adoptCall(store, state.scenario, last satisfies CniStepCall);
}
