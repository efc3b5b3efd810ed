/** Autosave and the address bar's link together, started by ./startSync once the learner acts. */
import type { AppState, AppStore } from '../../store';
import { startAutosave } from '../../store/autosaveWriter';
import type { StorageLike } from '../../store/persistence';
import { startUrlSync } from './urlSync';

/** The page as it was drawn: the store's state and the autosave text stored then. */
export interface DrawnPage {
  /** The store's state when the page was drawn. */
  readonly state: AppState;
  /** What the autosave key held then (null: nothing). */
  readonly stored: string | null;
}

/** Starts both, catching up with whatever changed since the page was drawn; returns flush (for pagehide) and the last fragment written. */
export function keepInSync(
  store: AppStore,
  storage: StorageLike | null,
  drawn: DrawnPage,
): { readonly flush: () => void; readonly lastHash: () => string } {
  const autosave = startAutosave(store, storage, undefined, undefined, {
    scenario: drawn.state.scenario,
    stored: drawn.stored,
  });
  const sync = startUrlSync(store, undefined, drawn.state);
  return { flush: autosave.flush, lastHash: sync.lastHash };
}
