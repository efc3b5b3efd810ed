/** Level of detail: full pods when zoomed in, compact pod chips when zoomed out. */

/** How much of each pod the diagram draws. */
export type Detail = 'full' | 'summary';

/** Below this zoom factor pods are drawn as chips with name and IP only. */
export const SUMMARY_BELOW = 0.55;

/** The detail to draw at zoom k, unless the learner forced one. */
export function detailAt(k: number, forced: 'auto' | Detail = 'auto'): Detail {
  if (forced !== 'auto') return forced;
  return k < SUMMARY_BELOW ? 'summary' : 'full';
}
