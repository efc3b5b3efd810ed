/** The scenario slice: the cluster being looked at, the source of truth for everything drawn. */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario } from '../scenario/types';
import type { AppState } from './createAppStore';

/** State and actions of the scenario slice. */
export interface ScenarioSlice {
  /** The scenario shown. */
  scenario: Scenario;
  /** Replaces the whole scenario (after validation). */
  setScenario: (scenario: Scenario) => void;
}

/** Builds the scenario slice around an initial scenario. */
export const createScenarioSlice =
  (initial: Scenario): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set) => ({
    scenario: initial,
    setScenario: (scenario) => set({ scenario }),
  });
