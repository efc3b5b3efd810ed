/** Reads the autosave back through the scenario validator (loaded only when storage holds something). */
import { AUTOSAVE_KEY, restoreAutosave } from '../scenario/storage';
import type { ReadResult, StorageLike } from './persistence';

/** Reads and validates the scenario saved under a key. */
export function readSaved(storage: StorageLike | null, key: string = AUTOSAVE_KEY): ReadResult {
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'unavailable' };
  }
  const r = restoreAutosave(raw);
  if (r.ok === 'empty' || raw === null) return { kind: 'empty' };
  if (r.ok) return { kind: 'ok', scenario: r.scenario, raw };
  return { kind: 'invalid', key: r.error.key, params: r.error.params };
}
