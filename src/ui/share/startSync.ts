/** Autosave and the address bar's link load on the learner's first input, the store's first change they record, or another tab's save, whichever comes first: a plain first load does not fetch them. */
import { AUTOSAVE_KEY } from '../../scenario/autosave';
import type { AppState, AppStore } from '../../store';
import { findAside, readText, type StorageLike } from '../../store/persistence';
import { onFirstInput } from '../firstInput';
import { openIncomingLink } from './boot';

/** Whether a store change is one autosave or the link records: the scenario, the packets shown and their hop, the language, a pending choice. */
const recorded = (s: AppState, p: AppState) =>
  s.scenario !== p.scenario ||
  s.flows !== p.flows ||
  s.cursor !== p.cursor ||
  s.lang !== p.lang ||
  s.shareChoice !== p.shareChoice ||
  s.tabConflict !== p.tabConflict;

/** Arranges both to start once there is something to save or write; a link pasted into the address bar is opened meanwhile too. */
export function startSyncWhenActive(store: AppStore, storage: StorageLike | null): void {
  const drawn = { state: store.getState(), stored: readText(storage, AUTOSAVE_KEY) };
  const bootHash = window.location.hash;
  let running: { readonly flush: () => void; readonly lastHash: () => string } | null = null;
  let started = false;
  let stopWatching = () => undefined as void;
  const start = () => {
    if (started) return;
    started = true;
    stopWatching();
    void import('./keepInSync').then((m) => {
      running = m.keepInSync(store, storage, drawn);
    });
  };
  // The view's pan and zoom (set as the diagram fits itself) are neither saved nor linked.
  const unsubscribe = store.subscribe((now, before) => {
    if (recorded(now, before)) start();
  });
  const cancel = onFirstInput(start);
  stopWatching = () => {
    unsubscribe();
    cancel();
  };
  if (started) stopWatching();
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
