/** Share links: the current view as a URL fragment, built with the lazily loaded share codec. */
import type { SharedView } from '../../scenario/share';
import type { AppStore } from '../../store';

/** The query flag that turns the page into the embed view. */
export const EMBED_PARAM = 'embed';

/** Loads the share codec (fflate) only when a link is read or written. */
export function loadShareCodec() {
  return import('../../scenario/share');
}

/** The view to share: packets shown become indexes (custom packets are added to the scenario first). */
export function viewOf(store: AppStore): SharedView {
  const s = store.getState();
  const indexes = s.flows.length > 0 ? s.adoptPackets(s.flows) : [];
  const after = store.getState();
  const flows =
    indexes ??
    s.flows.flatMap((f) => {
      const i = after.scenario.packets.findIndex((p) => JSON.stringify(p) === JSON.stringify(f));
      return i < 0 ? [] : [i];
    });
  return {
    scenario: after.scenario,
    flows,
    hop: flows.length > 0 ? after.cursor : 0,
    lang: after.lang,
  };
}

/** The page address without its fragment and without the embed flag. */
export function baseUrl(loc: Location = window.location): string {
  const params = new URLSearchParams(loc.search);
  params.delete(EMBED_PARAM);
  const q = params.toString();
  return `${loc.origin}${loc.pathname}${q ? `?${q}` : ''}`;
}

/** The full share link of the current view. */
export async function shareUrl(store: AppStore): Promise<string> {
  const { encodeShare } = await loadShareCodec();
  return `${baseUrl()}#${encodeShare(viewOf(store))}`;
}

/** The embed address of the current view. */
export async function embedUrl(store: AppStore): Promise<string> {
  const { encodeShare } = await loadShareCodec();
  return `${baseUrl()}?${EMBED_PARAM}#${encodeShare(viewOf(store))}`;
}

/** An iframe snippet for course pages and slides; the title attribute names the frame for screen readers. */
export function embedCode(src: string, title: string): string {
  const esc = (x: string) =>
    x.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="960" height="600" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}

/** Keeps the address bar on the current view (replaceState, debounced); returns stop and the last fragment written. */
export function startUrlSync(
  store: AppStore,
  delayMs = 300,
): { stop: () => void; lastHash: () => string } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let live = true;
  let last = window.location.hash;
  const write = async () => {
    timer = null;
    if (store.getState().shareChoice?.stage === 'ask') return;
    const url = await shareUrl(store);
    if (!live || url === window.location.href) return;
    window.history.replaceState(window.history.state, '', url);
    last = window.location.hash;
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (
      s.scenario === p.scenario &&
      s.flows === p.flows &&
      s.cursor === p.cursor &&
      s.lang === p.lang &&
      s.shareChoice === p.shareChoice
    ) {
      return;
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void write(), delayMs);
  });
  return {
    stop: () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
    },
    lastHash: () => last,
  };
}
