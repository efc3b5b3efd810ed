/** Another tab's saved work meeting this tab's: read through the validator, then offered, or dropped when it is the same work (loaded only when it happens). */
import { restoreAutosave } from '../scenario/storage';
import type { AppStore } from './createAppStore';
import { sameData } from './scenarioSlice';

/**
 * Offers the work saved as `text` — the autosave another tab wrote (aside null), or a closed tab's
 * work kept under the key `aside` — when it differs from what this tab shows; returns whether it did.
 * Unreadable text is not offered (this tab's next save replaces it).
 */
export function offerOtherWork(store: AppStore, text: string, aside: string | null): boolean {
  const r = restoreAutosave(text);
  if (r.ok !== true) return false;
  const s = store.getState();
  if (sameData(r.scenario, s.scenario)) {
    // The other tab now holds this tab's work: nothing left to choose (unless a closed tab's work waits).
    if (s.tabConflict && s.tabConflict.aside === null && aside === null) s.setTabConflict(null);
    return false;
  }
  // A closed tab's work already offered stays offered until chosen; a newer save replaces an older one.
  if (aside === null && s.tabConflict?.aside) return true;
  s.setTabConflict({ theirs: r.scenario, aside });
  return true;
}

/** Keeps this tab's scenario over the other tab's: autosave writes it once the conflict is closed. */
export function keepTabWork(store: AppStore): void {
  store.getState().setTabConflict(null);
}

/** Loads the other tab's scenario (undoably, keeping the packets shown that still fit); autosave then writes it. */
export function loadOtherTabWork(store: AppStore): void {
  const s = store.getState();
  const c = s.tabConflict;
  if (!c) return;
  s.setScenario(c.theirs);
  store.getState().setTabConflict(null);
}
