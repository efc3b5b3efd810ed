/** Autosave and the address bar's link load on the learner's first input, the store's first change they record, or another tab's save, whichever comes first: a plain first load does not fetch them. */
import { AUTOSAVE_KEY } from '../../scenario/autosave';
import type { AppState, AppStore } from '../../store';
import { findAside, readText, type StorageLike } from '../../store/persistence';
import { onFirstInput } from '../firstInput';
import { openIncomingLink } from './boot';

/** Whether a store change is a choice a link records (what is shown, in which language, or the choice that holds writing back); hop moves are not. */
export function choiceChanged(s: AppState, p: AppState): boolean {
  return (
    s.scenario !== p.scenario ||
    s.flows !== p.flows ||
    s.lang !== p.lang ||
    s.shareChoice !== p.shareChoice
  );
}

/** Arranges both to start once there is something to save or write; a link pasted into the address bar is opened meanwhile too. */
export function startSyncWhenActive(store: AppStore, storage: StorageLike | null): void {
  // What the page showed and stored when it was drawn: both catch up with what changed since.
  const state = store.getState();
  const since = { scenario: state.scenario, stored: readText(storage, AUTOSAVE_KEY) };
  const bootHash = window.location.hash;
  let running: { readonly flush: () => void; readonly lastHash: () => string } | null = null;
  let loading: Promise<void> | null = null;
  const start = () => {
    loading ??= Promise.all([import('../../store/autosaveWriter'), import('./urlSync')]).then(
      ([autosave, link]) => {
        unsubscribe();
        cancel();
        const saver = autosave.startAutosave(store, storage, { since });
        const sync = link.startUrlSync(store, { since: state });
        running = { flush: saver.flush, lastHash: sync.lastHash };
      },
    );
  };
  // Changes either records (the view's pan and zoom, set as the diagram fits itself, are neither).
  const unsubscribe = store.subscribe((s, p) => {
    if (choiceChanged(s, p) || s.cursor !== p.cursor || s.tabConflict !== p.tabConflict) start();
  });
  const cancel = onFirstInput(start);
  // Work another tab holds aside, or another tab's save, is offered at once, as before any input.
  if (findAside(storage) !== null) start();
  window.addEventListener('storage', (e) => {
    if (e.key === AUTOSAVE_KEY) start();
  });
  window.addEventListener('pagehide', () => running?.flush());
  window.addEventListener('hashchange', () => {
    const hash = window.location.hash;
    if (hash !== (running?.lastHash() ?? bootHash)) void openIncomingLink(store, hash);
  });
}
