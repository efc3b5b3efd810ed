/** Share links: the current view as a URL fragment, built with the lazily loaded share codec. */
import type { SharedView } from '../../scenario/share';
import type { ParseResult } from '../../scenario/validate';
import type { PacketRequest } from '../../sim';
import type { AppStore } from '../../store';
import { packetKey } from '../../store/flowsFit';
import { EMBED_PARAM } from './boot';

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
