/** Distinct colours for packets shown at once (flow i uses FLOW_COLORS[i % length]); AA on white. */

/** Accent first, then hues that stay apart for common colour-vision deficiencies. */
export const FLOW_COLORS: readonly string[] = [
  '#4f46e5', // indigo-600
  '#c2410c', // orange-700
  '#047857', // emerald-700
  '#be185d', // pink-700
  '#0369a1', // sky-700
  '#a16207', // yellow-700
  '#7c3aed', // violet-600
  '#b91c1c', // red-700
];

/** The colour of flow i. */
export function flowColor(i: number): string {
  return (
    FLOW_COLORS[((i % FLOW_COLORS.length) + FLOW_COLORS.length) % FLOW_COLORS.length] ?? '#4f46e5'
  );
}
