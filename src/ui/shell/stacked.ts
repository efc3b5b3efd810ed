/** Whether the app is stacked (diagram over the playback bar over tabbed panels): the media query and a hook following it. */
import { useSyncExternalStore } from 'react';

/** Narrow portrait screens and very narrow windows; the same query as the `stacked:` variant in styles.css. */
export const STACKED_QUERY =
  '(orientation: portrait) and (max-width: 63.99rem), (max-width: 39.99rem)';

/** Calls back when the query's answer changes; returns the unsubscribe function. */
function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const list = window.matchMedia(STACKED_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether the query matches now (never where matchMedia is missing, as in jsdom). */
function matches(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(STACKED_QUERY).matches;
}

/** Whether the app is laid out stacked, following rotation and window resizes. */
export function useStacked(): boolean {
  return useSyncExternalStore(subscribe, matches, () => false);
}
