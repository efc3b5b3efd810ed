/** Copies an SVG drawing with its computed look written as presentation attributes in sRGB, so the copy looks the same outside the page (no stylesheet, any SVG reader). */

/** Properties that decide how an SVG shape or text looks, with the value that needs no attribute. */
const LOOK: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'letter-spacing': 'normal',
  'dominant-baseline': 'auto',
};
/** Properties only text needs. */
const TEXT_ONLY = new Set([
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
]);
/** Attributes of the page's markup that mean nothing in a file (behaviour, accessibility in the app, Tailwind classes). */
const DROP = /^(class|style|tabindex|role|id|aria-.*|data-.*|on.*)$/;

/** Turns CSS colours into sRGB hex (with alpha) by painting them: Tailwind's oklch() is not read by every SVG tool. */
export class ColorReader {
  private readonly cache = new Map<string, { hex: string; alpha: number } | null>();
  private readonly ctx: CanvasRenderingContext2D | null;
  constructor() {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    this.ctx = canvas.getContext('2d', { willReadFrequently: true });
  }
  /** The colour as #rrggbb and its alpha; null when it is not a colour (none, url(…)). */
  read(css: string): { hex: string; alpha: number } | null {
    const hit = this.cache.get(css);
    if (hit !== undefined) return hit;
    let out: { hex: string; alpha: number } | null = null;
    if (this.ctx && css !== 'none' && !css.startsWith('url(')) {
      this.ctx.clearRect(0, 0, 1, 1);
      this.ctx.fillStyle = '#000';
      this.ctx.fillStyle = css;
      this.ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = this.ctx.getImageData(0, 0, 1, 1).data;
      const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      out = { hex: a === 0 ? 'none' : hex, alpha: Math.round((a / 255) * 1000) / 1000 };
    }
    this.cache.set(css, out);
    return out;
  }
}

/** What a copy inherits: property → value, as written on its ancestors (or the initial values). */
type Look = Readonly<Record<string, string>>;

/** Writes one element's computed look onto its copy where it differs from what the copy inherits; returns what its children inherit. */
function writeLook(from: Element, to: Element, inherited: Look, colors: ColorReader): Look {
  const cs = getComputedStyle(from);
  const text = from.tagName === 'text' || from.tagName === 'tspan';
  const next: Record<string, string> = { ...inherited };
  for (const [prop, initial] of Object.entries(LOOK)) {
    if (TEXT_ONLY.has(prop) && !text) continue;
    let value = cs.getPropertyValue(prop).trim();
    if (value === '') continue;
    if (prop === 'fill' || prop === 'stroke') {
      const c = colors.read(value);
      if (c) {
        value = c.hex;
        if (c.alpha < 1 && c.hex !== 'none') to.setAttribute(`${prop}-opacity`, String(c.alpha));
      }
    } else value = value.replace(/(\d)px\b/g, '$1');
    // Opacity is not inherited: it is written wherever it is not the initial value.
    const base = prop === 'opacity' ? initial : inherited[prop];
    if (value !== base) to.setAttribute(prop, value);
    if (prop !== 'opacity') next[prop] = value;
  }
  return next;
}

/** The initial look, converted as written values are. */
function initialLook(colors: ColorReader): Look {
  const out: Record<string, string> = {};
  for (const [prop, initial] of Object.entries(LOOK))
    out[prop] =
      prop === 'fill' || prop === 'stroke'
        ? (colors.read(initial)?.hex ?? initial)
        : initial.replace(/(\d)px\b/g, '$1');
  return out;
}

/**
 * A copy of `source` (an element of the page's SVG drawing) with every descendant's look written as
 * attributes and the page's own attributes dropped; elements not displayed are left out.
 */
export function copyWithLook(
  source: Element,
  colors: ColorReader,
  inherited: Look = initialLook(colors),
): Element {
  const copy = document.createElementNS('http://www.w3.org/2000/svg', source.tagName);
  for (const a of Array.from(source.attributes))
    if (!DROP.test(a.name)) copy.setAttribute(a.name, a.value);
  const look = writeLook(source, copy, inherited, colors);
  // SVG has no text-transform: the copy carries the letters as the page shows them.
  const upper = getComputedStyle(source).textTransform === 'uppercase';
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent ?? '';
      copy.append(upper ? text.toUpperCase() : text);
    } else if (child instanceof SVGElement && getComputedStyle(child).display !== 'none')
      copy.append(copyWithLook(child, colors, look));
  }
  return copy;
}
