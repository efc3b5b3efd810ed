/** Autosave to localStorage: debounced, versioned through the scenario codec, loud about full or missing storage, and never over another tab's newer save; loaded on the learner's first input or the store's first change. */
import { AUTOSAVE_KEY, serializeAutosave } from '../scenario/autosave';
import type { Scenario } from '../scenario/types';
import type { AppStore } from './createAppStore';
import {
  ASIDE_PREFIX,
  AUTOSAVE_DELAY_MS,
  findAside,
  readText,
  type StorageLike,
} from './persistence';
import { removeText, writeText } from './storageWrite';
import type { StorageProblem } from './scenarioSlice';

/** What the page held when it was drawn, for a writer started later: the scenario shown and the stored text then. */
export interface AutosaveSince {
  /** The scenario the page opened with. */
  readonly scenario: Scenario;
  /** What the autosave key held then (null: nothing). */
  readonly stored: string | null;
}

/**
 * Autosaves the store's scenario after each change settles; returns flush and stop.
 * A save never replaces another tab's: when the stored text is not the one this tab last read or
 * wrote, this tab's work is kept aside under its own key and both are offered (store.tabConflict)
 * until the learner picks one. Another tab's save is noticed at once through the `storage` event.
 * Started after the page was drawn (`since`), it takes what changed meanwhile as if it had been
 * listening: another tab's save is offered, and a scenario changed since then is saved.
 */
export function startAutosave(
  store: AppStore,
  storage: StorageLike | null,
  {
    delayMs = AUTOSAVE_DELAY_MS,
    events = globalThis.window ?? null,
    since,
  }: {
    /** How long the scenario must stay unchanged before it is written. */
    readonly delayMs?: number;
    /** Where other tabs' `storage` events arrive (the window). */
    readonly events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
    /** For a writer started after the page was drawn: what it showed and stored then. */
    readonly since?: AutosaveSince;
  } = {},
): { flush: () => void; stop: () => void } {
  const writer = Math.random().toString(36).slice(2, 10);
  const aside = ASIDE_PREFIX + writer;
  let base = since ? since.stored : readText(storage, AUTOSAVE_KEY);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Scenario | null = null;
  /** Offers work saved elsewhere (validated in a lazily loaded module); the same work or unreadable text is adopted instead. */
  const offer = (text: string, key: string | null) =>
    void import('./tabConflict').then((m) => {
      if (m.offerOtherWork(store, text, key)) return;
      if (key !== null) return removeText(storage, key);
      base = text;
      if (!store.getState().tabConflict) removeText(storage, aside);
    });
  const save = (scenario: Scenario): StorageProblem | null => {
    const text = serializeAutosave(scenario, Date.now(), writer);
    const now = readText(storage, AUTOSAVE_KEY);
    const unresolved = store.getState().tabConflict !== null;
    if (!unresolved && (now === null || now === base)) {
      const problem = writeText(storage, AUTOSAVE_KEY, text);
      if (!problem) base = text;
      return problem;
    }
    // Another tab saved since this one last read or wrote: this tab's work waits aside, not over theirs.
    if (!unresolved && now !== null) offer(now, null);
    return writeText(storage, aside, text);
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // While a conflict is open, a closing page still leaves its work aside.
    if (!pending && store.getState().tabConflict) pending = store.getState().scenario;
    if (!pending) return;
    const problem = save(pending);
    pending = null;
    if (store.getState().storageProblem !== problem) store.getState().setStorageProblem(problem);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (prev.tabConflict && !s.tabConflict) {
      // The learner chose (or the works became the same): what the tab shows now goes over what is stored.
      removeText(storage, aside);
      if (prev.tabConflict.aside) removeText(storage, prev.tabConflict.aside);
      base = readText(storage, AUTOSAVE_KEY);
      pending = s.scenario;
      flush();
      return;
    }
    if (s.scenario === prev.scenario) return;
    pending = s.scenario;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onStorage = (e: Event) => {
    const { key, newValue } = e as StorageEvent;
    if (key === AUTOSAVE_KEY && newValue !== null && newValue !== base) offer(newValue, null);
  };
  events?.addEventListener('storage', onStorage);
  // A tab closed (or reloaded) before choosing left its work aside: offer it now.
  const left = findAside(storage);
  const leftText = left === null ? null : readText(storage, left);
  if (left !== null && leftText !== null) offer(leftText, left);
  if (since) {
    const now = readText(storage, AUTOSAVE_KEY);
    if (now !== null && now !== base) offer(now, null);
    if (store.getState().scenario !== since.scenario) {
      pending = store.getState().scenario;
      timer = setTimeout(flush, delayMs);
    }
  }
  return {
    flush,
    stop: () => {
      flush();
      events?.removeEventListener('storage', onStorage);
      unsubscribe();
    },
  };
}
