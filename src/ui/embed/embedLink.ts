/** The embed view's address: the share link under "?embed", with what the view shows besides the diagram ("?embed=caption,headers"). */
import type { AppStore } from '../../store';
import { EMBED_PARAM } from '../share/boot';
import { baseUrl, loadShareCodec, viewOf } from '../share/shareLink';

/** What the embed view shows besides the diagram and the playback bar. */
export interface EmbedOptions {
  /** The current hop's explanation under the diagram. */
  readonly caption: boolean;
  /** The current hop's headers beside the diagram. */
  readonly headers: boolean;
}

/** The options an address asks for: the names listed in the embed parameter's value. */
export function embedOptionsOf(search: string): EmbedOptions {
  const names = (new URLSearchParams(search).get(EMBED_PARAM) ?? '').split(',');
  return { caption: names.includes('caption'), headers: names.includes('headers') };
}

/** The query of an embed address: "embed", or "embed=caption,headers" with the options chosen. */
export function embedQuery(o: EmbedOptions): string {
  const names = [o.caption && 'caption', o.headers && 'headers'].filter(Boolean);
  return names.length > 0 ? `${EMBED_PARAM}=${names.join(',')}` : EMBED_PARAM;
}

/** The embed address of the current view. */
export async function embedUrl(store: AppStore, o: EmbedOptions): Promise<string> {
  const { encodeShare, parseScenario } = await loadShareCodec();
  // The page may carry a query of its own (?predict, ?lesson=…): the embed flag joins it.
  const base = baseUrl();
  const join = base.includes('?') ? '&' : '?';
  return `${base}${join}${embedQuery(o)}#${encodeShare(viewOf(store, parseScenario))}`;
}

/** An iframe snippet for course pages and slides; the title attribute names the frame for screen readers. */
export function embedCode(src: string, title: string): string {
  const esc = (x: string) =>
    x.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="960" height="600" style="border:0" loading="lazy" allow="clipboard-write; fullscreen"></iframe>`;
}
