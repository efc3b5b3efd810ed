/** Local storage for the learner's work: its keys, opening it and reading it safely (writing is in ./storageWrite, the autosave writer in ./autosaveWriter, reading a scenario back in ./savedReader, tab conflicts in ./tabConflict). */
import { AUTOSAVE_KEY } from '../scenario/autosave';
import type { Scenario } from '../scenario/types';

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

/** The first key holding a tab's work kept aside, if storage can list its keys. */
export function findAside(storage: StorageLike | null): string | null {
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
