/** Autosave to localStorage: debounced, versioned through the scenario codec, loud about full or missing storage, and never over another tab's newer save (reading back is in ./savedReader, tab conflicts in ./tabConflict). */
import { AUTOSAVE_KEY, serializeAutosave } from '../scenario/autosave';
import type { Scenario } from '../scenario/types';
import type { AppStore } from './createAppStore';
import type { StorageProblem } from './scenarioSlice';

/** Where the learner's own scenario is kept aside while a shared one is open. */
export const PREVIOUS_KEY = `${AUTOSAVE_KEY}.previous`;
/** Where a tab keeps its work (under this prefix and its id) while another tab's differing save is unresolved. */
export const ASIDE_PREFIX = `${AUTOSAVE_KEY}.tab.`;
/** How long the scenario must stay unchanged before it is written. */
export const AUTOSAVE_DELAY_MS = 400;

/** The part of the Web Storage API autosave uses (listing keys only to find a closed tab's work kept aside). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

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

/** The text stored under a key, or null (nothing, or storage that throws). */
function readText(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a text under a key; returns the problem if it could not be written. */
function writeText(storage: StorageLike | null, key: string, text: string): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, text);
    return null;
  } catch (e) {
    return classifyStorageError(e);
  }
}

/** Forgets a key. */
function removeText(storage: StorageLike | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

/** Writes a scenario under a key; returns the problem if it could not be written. */
export function writeSaved(
  storage: StorageLike | null,
  scenario: Scenario,
  key: string = AUTOSAVE_KEY,
): StorageProblem | null {
  return writeText(storage, key, serializeAutosave(scenario));
}

/** Copies the learner's current autosave aside (before a shared scenario replaces it). */
export function keepPrevious(storage: StorageLike | null, raw: string): StorageProblem | null {
  return writeText(storage, PREVIOUS_KEY, raw);
}

/** Forgets the scenario kept aside. */
export function dropPrevious(storage: StorageLike | null): void {
  removeText(storage, PREVIOUS_KEY);
}

/** The first key holding a tab's work kept aside, if storage can list its keys. */
function findAside(storage: StorageLike | null): string | null {
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key?.(i);
      if (key?.startsWith(ASIDE_PREFIX)) return key;
    }
  } catch {
    // Storage that cannot be listed holds nothing we can offer.
  }
  return null;
}

/**
 * Autosaves the store's scenario after each change settles; returns flush and stop.
 * A save never replaces another tab's: when the stored text is not the one this tab last read or
 * wrote, this tab's work is kept aside under its own key and both are offered (store.tabConflict)
 * until the learner picks one. Another tab's save is noticed at once through the `storage` event.
 */
export function startAutosave(
  store: AppStore,
  storage: StorageLike | null,
  delayMs: number = AUTOSAVE_DELAY_MS,
  events: Pick<
    EventTarget,
    'addEventListener' | 'removeEventListener'
  > | null = globalThis.window ?? null,
): { flush: () => void; stop: () => void } {
  const writer = Math.random().toString(36).slice(2, 10);
  const aside = ASIDE_PREFIX + writer;
  let base = readText(storage, AUTOSAVE_KEY);
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
  return {
    flush,
    stop: () => {
      flush();
      events?.removeEventListener('storage', onStorage);
      unsubscribe();
    },
  };
}
