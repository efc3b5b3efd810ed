/** The scenario slice: the scenario drawn, its edit history, draft errors and the notices about loading and saving it. */
import type { StateCreator } from 'zustand/vanilla';
import type { Lang } from '../i18n';
import type { ParseResult } from '../scenario/validate';
import type { ScenarioError } from '../scenario/errors';
import { LIMITS } from '../scenario/limits';
import type { Scenario } from '../scenario/types';
import type { PacketRequest } from '../sim';
import type { AppState } from './createAppStore';
import { flowsFitting, packetKey } from './flowsFit';

/** How many steps undo remembers. */
export const HISTORY_LIMIT = 100;

/** One remembered state for undo and redo. */
export interface Snapshot {
  /** The scenario at that point. */
  readonly scenario: Scenario;
  /** The packets shown at that point (they follow renames, so they are restored with it). */
  readonly flows: readonly PacketRequest[];
}

/** A message shown in the page: an i18n key and its parameters. */
export interface Notice {
  /** Whether it reports a failure (role="alert") or just informs. */
  readonly tone: 'error' | 'info';
  /** The message key (any catalog key; unknown keys are shown as they are). */
  readonly key: string;
  /** Values for the message's placeholders. */
  readonly params: Readonly<Record<string, string | number>>;
  /** A second, more specific message (e.g. the first validation error), if any. */
  readonly detail?: {
    readonly key: string;
    readonly params: Readonly<Record<string, string | number>>;
  };
}

/** Why local saving does not work: the quota is full, or storage is unavailable/disabled. */
export type StorageProblem = 'full' | 'unavailable';

/** The choice offered when a shared link meets the learner's own different work. */
export type ShareChoice =
  /** A link was opened but the learner's own scenario is shown until they choose. */
  | {
      readonly stage: 'ask';
      readonly pending: Snapshot & { readonly cursor: number; readonly lang: Lang };
    }
  /** The shared scenario is shown; the learner's own is kept aside and can be brought back. */
  | { readonly stage: 'opened' };

/** Another tab's saved work that differs from what this tab shows, offered until the learner picks one. */
export interface TabConflict {
  /** The other tab's scenario, already through the validator. */
  readonly theirs: Scenario;
  /** The storage key it was found under when it is a closed tab's work kept aside (forgotten once chosen); null when it is the autosave itself. */
  readonly aside: string | null;
}

/** State and actions of the scenario slice. */
export interface ScenarioSlice {
  /** The scenario shown: always a valid one. */
  scenario: Scenario;
  /** Earlier states, oldest first, for undo. */
  past: readonly Snapshot[];
  /** Undone states, most recently undone last, for redo. */
  future: readonly Snapshot[];
  /** Problems of the last rejected edit, by path; the drawing keeps the last valid scenario. */
  draftErrors: readonly ScenarioError[];
  /** A message for the page (a broken link, a bad file, a damaged autosave), or null. */
  notice: Notice | null;
  /** Why autosave cannot write or read, or null when it works. */
  storageProblem: StorageProblem | null;
  /** The pending or opened shared-link choice, or null. */
  shareChoice: ShareChoice | null;
  /** Another tab's differing work, while the learner has not chosen between it and this tab's; autosave holds this tab's work aside meanwhile. */
  tabConflict: TabConflict | null;
  /** Replaces the whole scenario (already validated), undoably; shown packets that no longer fit are dropped. */
  setScenario: (scenario: Scenario) => void;
  /** Opens a scenario (already validated) with its first packet ready and paused, undoably. */
  loadScenario: (scenario: Scenario, flows?: readonly PacketRequest[]) => void;
  /** Applies an edit's result, already validated (see editScenario), undoably; shown packets follow its renames through `follow` (./renames' remapRequests, passed by the editing code so the first view does not load it). */
  commitEdit: (
    scenario: Scenario,
    follow: (flows: readonly PacketRequest[]) => readonly PacketRequest[],
  ) => void;
  /** Records the errors of an edit the validator rejected; the scenario stays as it was. */
  rejectEdit: (errors: readonly ScenarioError[]) => void;
  /** Goes back one step. */
  undo: () => void;
  /** Goes forward one undone step. */
  redo: () => void;
  /** Forgets the errors of a rejected edit. */
  clearDraftErrors: () => void;
  /** Adds packets not yet in scenario.packets (not undoable), checked by the given validator; returns every packet's index, or null if one cannot be added. */
  adoptPackets: (
    reqs: readonly PacketRequest[],
    parse: (input: unknown) => ParseResult,
  ) => number[] | null;
  /** Shows a message in the page. */
  showNotice: (notice: Notice) => void;
  /** Hides the message. */
  dismissNotice: () => void;
  /** Records whether saving works. */
  setStorageProblem: (problem: StorageProblem | null) => void;
  /** Sets the shared-link choice. */
  setShareChoice: (choice: ShareChoice | null) => void;
  /** Records another tab's differing work; null once the learner has chosen (see ./tabConflict), and autosave then writes what the tab shows. */
  setTabConflict: (conflict: TabConflict | null) => void;
}

/** Deep equality of two JSON-like values (scenarios and packets are plain data). */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Builds the scenario slice around an initial scenario. */
export const createScenarioSlice =
  (initial: Scenario): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set, get) => {
    const snapshot = (): Snapshot => ({ scenario: get().scenario, flows: get().flows ?? [] });
    const remember = (): Pick<ScenarioSlice, 'past' | 'future'> => ({
      past: [...get().past, snapshot()].slice(-HISTORY_LIMIT),
      future: [],
    });
    const restore = (to: Snapshot): Partial<AppState> => {
      const same = to.flows === get().flows;
      return {
        scenario: to.scenario,
        draftErrors: [],
        ...(same ? {} : { flows: to.flows, activeFlow: 0, cursor: 0, playing: false }),
      };
    };
    /** The one place a scenario replaces another: packets that name missing pods are dropped, and the cursor starts over whenever the shown packets change. */
    const replace = (scenario: Scenario, wanted: readonly PacketRequest[]): Partial<AppState> => {
      const flows = flowsFitting(scenario.cluster, wanted);
      const same = flows === get().flows;
      return {
        ...remember(),
        scenario,
        draftErrors: [],
        ...(same ? {} : { flows, activeFlow: 0, cursor: 0, playing: false }),
      };
    };
    return {
      scenario: initial,
      past: [],
      future: [],
      draftErrors: [],
      notice: null,
      storageProblem: null,
      shareChoice: null,
      tabConflict: null,
      setScenario: (scenario) => set(replace(scenario, get().flows)),
      loadScenario: (scenario, flows) => {
        // A fresh array, so the cursor and anything keyed on the flows start over.
        set(replace(scenario, [...(flows ?? scenario.packets.slice(0, 1))]));
      },
      commitEdit: (scenario, follow) => {
        const flows = get().flows;
        const kept = follow(flows);
        set(replace(scenario, sameData(kept, flows) ? flows : kept));
      },
      rejectEdit: (draftErrors) => set({ draftErrors }),
      undo: () => {
        const { past } = get();
        const prev = past[past.length - 1];
        if (!prev) return;
        set({ ...restore(prev), past: past.slice(0, -1), future: [...get().future, snapshot()] });
      },
      redo: () => {
        const { future } = get();
        const next = future[future.length - 1];
        if (!next) return;
        set({ ...restore(next), future: future.slice(0, -1), past: [...get().past, snapshot()] });
      },
      clearDraftErrors: () => set({ draftErrors: [] }),
      adoptPackets: (reqs, parse) => {
        const packets = [...get().scenario.packets];
        const index = new Map<string, number>();
        packets.forEach((p, i) => {
          const k = packetKey(p);
          if (!index.has(k)) index.set(k, i);
        });
        const indexes: number[] = [];
        for (const r of reqs) {
          const k = packetKey(r);
          let i = index.get(k);
          if (i === undefined) {
            i = packets.push(r) - 1;
            index.set(k, i);
          }
          indexes.push(i);
        }
        if (packets.length === get().scenario.packets.length) return indexes;
        if (packets.length > LIMITS.packets) return null;
        const parsed = parse({ ...get().scenario, packets });
        if (!parsed.ok) return null;
        set({ scenario: { ...get().scenario, packets } });
        return indexes;
      },
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
      setStorageProblem: (storageProblem) => set({ storageProblem }),
      setShareChoice: (shareChoice) => set({ shareChoice }),
      setTabConflict: (tabConflict) => set({ tabConflict }),
    };
  };
