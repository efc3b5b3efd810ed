/** Packet colours: each flow its own hue (shared with the panels), replies a darker shade of it. */
import { flowColor } from '../controls/flowColors';

/** The shade replies mix in (slate-900). */
const SHADE = 0x0f172a;
/** How much of the shade a reply's colour takes. */
const SHADE_PART = 0.45;

/** Mixes a #rrggbb colour with SHADE, channel by channel in sRGB (as d3's interpolateRgb does). */
function darken(hex: string): string {
  const c = Number.parseInt(hex.slice(1, 7), 16);
  let out = '#';
  for (const shift of [16, 8, 0]) {
    const a = (c >> shift) & 0xff;
    const b = (SHADE >> shift) & 0xff;
    out += Math.round(a + (b - a) * SHADE_PART)
      .toString(16)
      .padStart(2, '0');
  }
  return out;
}

/** The request and reply colours of flow i. */
export function packetColors(i: number): readonly [string, string] {
  const base = flowColor(i);
  return [base, darken(base)];
}
