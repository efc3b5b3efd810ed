/** Fitting labels into the diagram's fixed boxes: estimated text widths and ellipsis, pure. */

/** Average advance of a character as a fraction of the font size (sans-serif Latin, a little generous). */
const SANS = 0.6;
/** Advance of a monospace character as a fraction of the font size. */
const MONO = 0.61;
/** Wide (CJK) characters take about a full em. */
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** The estimated width of text at a font size, in the same units as the size. */
export function textWidth(text: string, size: number, mono = false): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1 : mono ? MONO : SANS;
  return w * size;
}

/** The text, cut with an ellipsis when it would be wider than max. */
export function fitText(text: string, max: number, size: number, mono = false): string {
  if (textWidth(text, size, mono) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, mono) > max) chars.pop();
  return `${chars.join('')}…`;
}
