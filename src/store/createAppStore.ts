/** The app store: one zustand vanilla store made of slices, created per app (and per test). */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { Scenario } from '../scenario/types';
import { createCniSlice, selectCniSteps, type CniSlice } from './cni/cniSlice';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { selectHopCount, selectTraces, selectTracing } from './selectors';
import { sessionAfter } from './neighbourSession';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { loadTracer, loadedTracer } from './tracer';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The whole store state. */
export type AppState = ScenarioSlice & UiSlice & PlaybackSlice & LessonSlice & CniSlice;

/** What a new store starts from. */
export interface InitialState {
  readonly scenario: Scenario;
  readonly lang: Lang;
}

/** Creates a store; each app instance and each test gets its own. */
export function createAppStore(initial: InitialState) {
  const store = createStore<AppState>()((...a) => ({
    ...createScenarioSlice(initial.scenario)(...a),
    ...createUiSlice(initial.lang)(...a),
    // While the tracer loads, the hop count is not known yet: steps and "to end" are not cut short.
    // A CNI trace (pod creation or deletion) takes the bar while it is shown.
    ...createPlaybackSlice(
      (s) => (s.cniPlay ? selectCniSteps(s) : selectTracing(s) ? 2 ** 31 : selectHopCount(s)),
      (s) => s.flows.length > 0 || s.cniPlay !== null,
      // a send starts from the caches the packets shown so far left (same cluster only), or empty
      // ones after the learner flushed them
      (s) =>
        s.neighboursFlushed
          ? { cluster: s.scenario.cluster, entries: [] }
          : sessionAfter(
              s.neighbours,
              s.scenario.cluster,
              s.flows,
              loadedTracer() ? selectTraces(s) : null,
            ),
    )(...a),
    ...createLessonSlice(),
    ...createCniSlice(),
  }));
  // The first shown packet brings the tracer; once it is here, a new flows array makes every
  // selector trace again (the cursor and playing state stay as the learner left them).
  const ensureTracer = (s: AppState) => {
    if (s.flows.length === 0 || loadedTracer()) return;
    void loadTracer().then(() => {
      const now = store.getState();
      const traced = { ...now, flows: [...now.flows] };
      const last = Math.max(0, selectHopCount(traced) - 1);
      store.setState({ flows: traced.flows, cursor: Math.min(now.cursor, last) });
    });
  };
  store.subscribe(ensureTracer);
  ensureTracer(store.getState());
  return store;
}

/** The store type, for context and tests. */
export type AppStore = ReturnType<typeof createAppStore>;
