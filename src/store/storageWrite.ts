/** Writing to local storage safely: a full quota told from disabled storage, scenarios written through the autosave format (loaded with the first write, not the first view). */
import { AUTOSAVE_KEY, serializeAutosave } from '../scenario/autosave';
import type { Scenario } from '../scenario/types';
import { PREVIOUS_KEY, type StorageLike } from './persistence';
import type { StorageProblem } from './scenarioSlice';

/** Tells a full quota from storage that is disabled or forbidden. */
export function classifyStorageError(e: unknown): StorageProblem {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const code = e instanceof DOMException ? e.code : 0;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) {
    return 'full';
  }
  return 'unavailable';
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

/** Forgets the scenario kept aside. */
export function dropPrevious(storage: StorageLike | null): void {
  removeText(storage, PREVIOUS_KEY);
}
