/** The learner's answer when a shared link meets their own work: open it (keeping theirs aside) or keep theirs. */
import type { AppStore } from '../../store';
import { PREVIOUS_KEY, type StorageLike } from '../../store/persistence';
import { dropPrevious, writeSaved } from '../../store/storageWrite';
import { readSaved } from '../../store/savedReader';

/** Opens the pending shared scenario, after keeping the learner's own under a second key. */
export function openShared(store: AppStore, storage: StorageLike | null): void {
  const s = store.getState();
  const choice = s.shareChoice;
  if (choice?.stage !== 'ask') return;
  const problem = writeSaved(storage, s.scenario, PREVIOUS_KEY);
  if (problem) s.setStorageProblem(problem);
  const { pending } = choice;
  s.loadScenario(pending.scenario, pending.flows);
  store.getState().setCursor(pending.cursor);
  store.getState().setLang(pending.lang);
  store.getState().setShareChoice(problem ? null : { stage: 'opened' });
}

/** Keeps the learner's own scenario; the address then follows it again. */
export function keepMine(store: AppStore): void {
  store.getState().setShareChoice(null);
}

/** Brings back the scenario kept aside when a shared one was opened. */
export function backToMine(store: AppStore, storage: StorageLike | null): void {
  const saved = readSaved(storage, PREVIOUS_KEY);
  const s = store.getState();
  if (saved.kind === 'ok') {
    s.loadScenario(saved.scenario, []);
  } else if (saved.kind === 'invalid') {
    s.showNotice({
      tone: 'error',
      key: 'editor.notice.autosaveLost',
      params: {},
      detail: { key: saved.key, params: saved.params },
    });
  }
  dropPrevious(storage);
  store.getState().setShareChoice(null);
}

/** Keeps the shared scenario and forgets the one kept aside. */
export function keepShared(store: AppStore, storage: StorageLike | null): void {
  dropPrevious(storage);
  store.getState().setShareChoice(null);
}
