/** Autosave to localStorage: debounced, versioned through the scenario codec, and loud about full or missing storage (reading back is in ./savedReader). */
import { AUTOSAVE_KEY, serializeAutosave } from '../scenario/autosave';
import type { Scenario } from '../scenario/types';
import type { AppStore } from './createAppStore';
import type { StorageProblem } from './scenarioSlice';

/** Where the learner's own scenario is kept aside while a shared one is open. */
export const PREVIOUS_KEY = `${AUTOSAVE_KEY}.previous`;
/** How long the scenario must stay unchanged before it is written. */
export const AUTOSAVE_DELAY_MS = 400;

/** The part of the Web Storage API autosave uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What reading a saved scenario found. */
export type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly scenario: Scenario; readonly raw: string }
  | {
      readonly kind: 'invalid';
      readonly key: string;
      readonly params: Readonly<Record<string, string | number>>;
    }
  | { readonly kind: 'unavailable' };

/** Tells a full quota from storage that is disabled or forbidden. */
export function classifyStorageError(e: unknown): StorageProblem {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const code = e instanceof DOMException ? e.code : 0;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) {
    return 'full';
  }
  return 'unavailable';
}

/** The page's localStorage, or null when touching it throws (disabled storage, sandboxed frames). */
export function openStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** Whether anything is stored under a key (true when storage throws, so the reader reports it). */
export function holdsSaved(storage: StorageLike | null, key: string = AUTOSAVE_KEY): boolean {
  if (!storage) return false;
  try {
    return storage.getItem(key) !== null;
  } catch {
    return true;
  }
}

/** Writes a scenario under a key; returns the problem if it could not be written. */
export function writeSaved(
  storage: StorageLike | null,
  scenario: Scenario,
  key: string = AUTOSAVE_KEY,
): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, serializeAutosave(scenario));
    return null;
  } catch (e) {
    return classifyStorageError(e);
  }
}

/** Copies the learner's current autosave aside (before a shared scenario replaces it). */
export function keepPrevious(storage: StorageLike | null, raw: string): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(PREVIOUS_KEY, raw);
    return null;
  } catch (e) {
    return classifyStorageError(e);
  }
}

/** Forgets the scenario kept aside. */
export function dropPrevious(storage: StorageLike | null): void {
  try {
    storage?.removeItem(PREVIOUS_KEY);
  } catch {
    // Nothing kept, nothing to drop.
  }
}

/** Autosaves the store's scenario after each change settles; returns flush and stop. */
export function startAutosave(
  store: AppStore,
  storage: StorageLike | null,
  delayMs: number = AUTOSAVE_DELAY_MS,
): { flush: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Scenario | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const problem = writeSaved(storage, pending);
    pending = null;
    if (store.getState().storageProblem !== problem) store.getState().setStorageProblem(problem);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.scenario === prev.scenario) return;
    pending = s.scenario;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return {
    flush,
    stop: () => {
      flush();
      unsubscribe();
    },
  };
}
