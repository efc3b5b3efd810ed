/** The app store: one zustand vanilla store made of slices, created per app (and per test). */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { Scenario } from '../scenario/types';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** The whole store state. */
export type AppState = ScenarioSlice & UiSlice & PlaybackSlice;

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
    // Until the simulation lands the cursor is only clamped at 0.
    ...createPlaybackSlice(() => Number.MAX_SAFE_INTEGER)(...a),
  }));
}

/** The store type, for context and tests. */
export type AppStore = ReturnType<typeof createAppStore>;
