/** The address bar following the view (replaceState), started on the learner's first input or the store's first change. */
import type { AppState, AppStore } from '../../store';
import { baseUrl, loadShareCodec, viewOf } from './shareLink';
import { choiceChanged } from './startSync';

/** The loaded share codec and validator. */
type ShareCodec = Awaited<ReturnType<typeof loadShareCodec>>;

/**
 * Keeps the address bar on the current view with replaceState; returns stop and the last fragment written.
 * A language change is written at once, even while a packet plays: a reload reads the link first, so a
 * link left saying the old language would override the newer choice. Other choices are written once they
 * settle (debounced); hop moves while a packet plays are written when it stops. Started after the
 * page was drawn, it writes what changed since the state `since` as if it had been listening.
 */
export function startUrlSync(
  store: AppStore,
  {
    delayMs = 300,
    since,
  }: {
    /** How long choices must settle before they are written. */
    readonly delayMs?: number;
    /** For a sync started after the page was drawn: the store's state then. */
    readonly since?: AppState;
  } = {},
): { stop: () => void; lastHash: () => string } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let live = true;
  let dirty = false;
  let last = window.location.hash;
  let codec: ShareCodec | null = null;
  const load = async (): Promise<ShareCodec> => (codec ??= await loadShareCodec());
  // A page opened with a link has the codec loaded already: keep it at hand for immediate writes.
  if (last !== '') void load();
  const writeWith = (c: ShareCodec) => {
    if (!live || store.getState().shareChoice?.stage === 'ask') return;
    dirty = false;
    const url = `${baseUrl()}#${c.encodeShare(viewOf(store, c.parseScenario))}`;
    if (url === window.location.href) return;
    window.history.replaceState(window.history.state, '', url);
    last = window.location.hash;
  };
  const write = async () => {
    timer = null;
    writeWith(await load());
  };
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    clear();
    timer = setTimeout(() => void write(), delayMs);
  };
  const writeNow = () => {
    clear();
    // Synchronous once the codec is loaded (it is whenever the address holds a link), so no reload
    // can come between the choice and the link that records it; the write itself runs after the
    // store has finished notifying (it may adopt packets, which is a store change).
    const c = codec;
    if (c) queueMicrotask(() => writeWith(c));
    else void write();
  };
  // Only cheap comparisons here: every hop of a playing packet passes through this listener.
  const unsubscribe = store.subscribe((s, p) => {
    if (s.lang !== p.lang) {
      dirty = true;
      writeNow();
      return;
    }
    if (choiceChanged(s, p)) {
      dirty = true;
      schedule();
      return;
    }
    if (s.cursor !== p.cursor) dirty = true;
    // Hop moves while a packet plays wait until it stops (a write already scheduled still runs).
    if (!dirty || s.playing || (s.cursor === p.cursor && !p.playing)) return;
    schedule();
  });
  if (since) {
    const s = store.getState();
    if (s.lang !== since.lang) {
      dirty = true;
      writeNow();
    } else if (choiceChanged(s, since) || (s.cursor !== since.cursor && !s.playing)) {
      dirty = true;
      schedule();
    }
  }
  return {
    stop: () => {
      live = false;
      clear();
      unsubscribe();
    },
    lastHash: () => last,
  };
}
