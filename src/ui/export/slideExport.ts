/** Image export for slides (loaded on demand): the diagram at the current hop with its caption, as the page draws it, saved as SVG or PNG named after the scenario and hop. */
import type { Translator } from '../../i18n';
import type { AppStore } from '../../store';
import { hopIndexAt, selectActiveTrace, selectNetwork } from '../../store/selectors';
import { DIAGRAM_CANVAS_ID } from '../controls/focusTargets';
import { hopCaption } from '../panels/hopCaption';
import { ColorReader, copyWithLook } from './inlineStyles';
import { captionLines, fileBase, type CaptionLine } from './slideText';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The PNG's pixels per model unit, and its widest side. */
const PNG_SCALE = 2;
const PNG_MAX = 4096;

/** A slide image ready to save. */
export interface Slide {
  /** The SVG document's text. */
  readonly svg: string;
  /** Its size in model units (the SVG's width and height). */
  readonly width: number;
  readonly height: number;
  /** The file name without extension. */
  readonly name: string;
}

/** An SVG element with attributes. */
function el(tag: string, attrs: Readonly<Record<string, string | number>>): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** The page's two diagram layers (cluster, then packets) and the drawing's model bounds. */
function diagramLayers(): { layers: Element[]; box: [number, number, number, number] } {
  const canvas = document.getElementById(DIAGRAM_CANVAS_ID);
  const box = (canvas?.getAttribute('data-bounds') ?? '').split(' ').map(Number);
  if (!canvas?.parentElement || box.length !== 4 || box.some((n) => !Number.isFinite(n)))
    throw new Error('no diagram on this page');
  // Each layer's first group carries the pan/zoom transform: its content is in model units.
  const layers = Array.from(canvas.parentElement.children)
    .filter((e) => e.tagName === 'svg')
    .flatMap((svg) => (svg.firstElementChild ? [svg.firstElementChild] : []));
  return { layers, box: box as [number, number, number, number] };
}

/** Builds the slide of the current view: the drawing, then the caption of the active packet's hop. */
export function buildSlide(store: AppStore, t: Translator): Slide {
  const s = store.getState();
  const trace = selectActiveTrace(s);
  const index = trace ? hopIndexAt(trace, s.cursor) : 0;
  const caption = hopCaption(t, selectNetwork(s), trace, index);
  const { layers, box } = diagramLayers();
  const [x, y, w] = box;
  const region = document.getElementById(DIAGRAM_CANVAS_ID)?.closest('section') ?? document.body;
  const look = getComputedStyle(region);
  const colors = new ColorReader();
  const font = getComputedStyle(document.body).fontFamily;
  const size = Math.max(14, Math.round(w / 55));
  const lines: CaptionLine[] = caption
    ? captionLines([caption.title, caption.text, caption.outcome], w - 2 * size, size, font)
    : [];
  const captionH = lines.length > 0 ? lines.length * size * 1.4 + size * 1.2 : 0;
  const h = box[3] + captionH;

  const title = t.text(s.scenario.title);
  const root = el('svg', { xmlns: SVG_NS, width: w, height: h, viewBox: `${x} ${y} ${w} ${h}` });
  root.setAttribute('font-family', font);
  const label = caption ? `${title} — ${caption.title}` : title;
  root.append(el('title', {}));
  root.lastElementChild?.append(label);
  const bg = colors.read(look.backgroundColor);
  root.append(
    el('rect', { x, y, width: w, height: h, fill: bg && bg.hex !== 'none' ? bg.hex : '#ffffff' }),
  );
  for (const layer of layers) {
    const g = copyWithLook(layer, colors);
    g.removeAttribute('transform');
    root.append(g);
  }
  if (lines.length > 0) {
    const ink = colors.read(look.color)?.hex ?? '#000000';
    const top = y + box[3];
    root.append(
      el('line', { x1: x, x2: x + w, y1: top, y2: top, stroke: ink, 'stroke-opacity': 0.2 }),
    );
    lines.forEach((line, i) => {
      const text = el('text', {
        x: x + size,
        y: top + size * 0.6 + (i + 1) * size * 1.4 - size * 0.3,
        'font-size': size,
        'font-weight': line.bold ? 700 : 400,
        fill: ink,
      });
      text.append(line.text);
      root.append(text);
    });
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  const k = trace && trace.hops.length > 0 ? index + 1 : null;
  const name = fileBase(k === null ? title : t('editor.export.fileName', { title, k }));
  return { svg, width: w, height: h, name };
}

/** Paints an SVG text onto a canvas at `scale` and returns it as PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(PNG_SCALE, PNG_MAX / Math.max(width, height));
  const img = new Image();
  // A data: address: the page's policy allows images from data: (not blob:).
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((done, fail) =>
    canvas.toBlob((b) => (b ? done(b) : fail(new Error('no PNG'))), 'image/png'),
  );
}

/** Hands a file to the browser's downloads. */
function save(blob: Blob, file: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Exports the current view as an SVG or PNG file; returns the file's name. */
export async function exportSlide(
  store: AppStore,
  t: Translator,
  kind: 'svg' | 'png',
): Promise<string> {
  const slide = buildSlide(store, t);
  const file = `${slide.name}.${kind}`;
  const blob =
    kind === 'svg'
      ? new Blob([slide.svg], { type: 'image/svg+xml' })
      : await svgToPng(slide.svg, slide.width, slide.height);
  save(blob, file);
  return file;
}
