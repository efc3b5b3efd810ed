/** Local storage for the learner's work: opening it, reading and writing texts and scenarios safely (the autosave writer is in ./autosaveWriter, reading back in ./savedReader, tab conflicts in ./tabConflict). */
import { AUTOSAVE_KEY, serializeAutosave } from '../scenario/autosave';
import type { Scenario } from '../scenario/types';
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
export function readText(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a text under a key; returns the problem if it could not be written. */
export function writeText(
  storage: StorageLike | null,
  key: string,
  text: string,
): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, text);
    return null;
  } catch (e) {
    return classifyStorageError(e);
  }
}

/** Forgets a key. */
export function removeText(storage: StorageLike | null, key: string): void {
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
