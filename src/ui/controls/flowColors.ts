/** Distinct colours for packets shown at once (flow i uses FLOW_COLORS[i % length]): the Okabe–Ito set, made for colour-blind viewers. */

/**
 * Okabe & Ito's eight colours (2008), which stay apart for protan, deutan and tritan viewers. Shapes
 * carry a dark outline, so the light ones (yellow, sky blue) stay visible on the light canvas.
 */
export const FLOW_COLORS: readonly string[] = [
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#000000', // black
  '#f0e442', // yellow
];

/** The colour of flow i. */
export function flowColor(i: number): string {
  return (
    FLOW_COLORS[((i % FLOW_COLORS.length) + FLOW_COLORS.length) % FLOW_COLORS.length] ?? '#0072b2'
  );
}
