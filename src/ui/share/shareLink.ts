/** Share links: the current view as a URL fragment, built with the lazily loaded share codec. */
import type { SharedView } from '../../scenario/share';
import type { ParseResult } from '../../scenario/validate';
import type { PacketRequest } from '../../sim';
import type { AppState, AppStore } from '../../store';
import { packetKey } from '../../store/flowsFit';

/** The query flag that turns the page into the embed view. */
export const EMBED_PARAM = 'embed';

/** Loads the share codec (fflate) and the validator only when a link is read or written. */
export async function loadShareCodec() {
  const [codec, { parseScenario }] = await Promise.all([
    import('../../scenario/share'),
    import('../../scenario/validate'),
  ]);
  return { ...codec, parseScenario };
}

/** The indexes last found for a flows array, with the packets list they index into. */
const indexCache = new WeakMap<
  readonly PacketRequest[],
  { readonly packets: readonly PacketRequest[]; readonly indexes: readonly number[] }
>();

/** Indexes into scenario.packets of the shown flows (custom ones adopted first; the ones that cannot be are left out), cached per flows array. */
function flowIndexes(store: AppStore, parse: (input: unknown) => ParseResult): readonly number[] {
  const s = store.getState();
  if (s.flows.length === 0) return [];
  const hit = indexCache.get(s.flows);
  if (hit && hit.packets === s.scenario.packets) return hit.indexes;
  const adopted = s.adoptPackets(s.flows, parse);
  const after = store.getState().scenario.packets;
  let indexes: readonly number[];
  if (adopted) indexes = adopted;
  else {
    const where = new Map<string, number>();
    after.forEach((p, i) => {
      const k = packetKey(p);
      if (!where.has(k)) where.set(k, i);
    });
    indexes = s.flows.flatMap((f) => {
      const i = where.get(packetKey(f));
      return i === undefined ? [] : [i];
    });
  }
  indexCache.set(s.flows, { packets: after, indexes });
  return indexes;
}

/** The view to share: packets shown become indexes (custom packets are added to the scenario first). */
export function viewOf(store: AppStore, parse: (input: unknown) => ParseResult): SharedView {
  const flows = [...flowIndexes(store, parse)];
  const after = store.getState();
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
  const { encodeShare, parseScenario } = await loadShareCodec();
  return `${baseUrl()}#${encodeShare(viewOf(store, parseScenario))}`;
}

/** The loaded share codec and validator. */
type ShareCodec = Awaited<ReturnType<typeof loadShareCodec>>;

/** Whether a store change is a choice a link records (what is shown, in which language, or the choice that holds writing back); hop moves are not. */
function choiceChanged(s: AppState, p: AppState): boolean {
  return (
    s.scenario !== p.scenario ||
    s.flows !== p.flows ||
    s.lang !== p.lang ||
    s.shareChoice !== p.shareChoice
  );
}

/**
 * Keeps the address bar on the current view with replaceState; returns stop and the last fragment written.
 * A language change is written at once, even while a packet plays: a reload reads the link first, so a
 * link left saying the old language would override the newer choice. Other choices are written once they
 * settle (debounced); hop moves while a packet plays are written when it stops.
 */
export function startUrlSync(
  store: AppStore,
  delayMs = 300,
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
  return {
    stop: () => {
      live = false;
      clear();
      unsubscribe();
    },
    lastHash: () => last,
  };
}
