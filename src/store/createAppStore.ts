/** The app store: one zustand vanilla store made of slices, created per app (and per test). */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { Scenario } from '../scenario/types';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { selectHopCount } from './selectors';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The whole store state. */
export type AppState = ScenarioSlice & UiSlice & PlaybackSlice & LessonSlice;

/** What a new store starts from. */
export interface InitialState {
  readonly scenario: Scenario;
  readonly lang: Lang;
}

/** Creates a store; each app instance and each test gets its own. */
export function createAppStore(initial: InitialState) {
  return createStore<AppState>()((...a) => ({
    ...createScenarioSlice(initial.scenario)(...a),
    ...createUiSlice(initial.lang)(...a),
    ...createPlaybackSlice(selectHopCount)(...a),
    ...createLessonSlice(),
  }));
}

/** The store type, for context and tests. */
export type AppStore = ReturnType<typeof createAppStore>;
