/** Text of a slide image: the caption broken into lines that fit its width, and a file name made from a title. */

/** One line of the caption. */
export interface CaptionLine {
  /** The words on the line. */
  readonly text: string;
  /** Whether it belongs to the caption's title line. */
  readonly bold: boolean;
}

/** A text width measurer for a font; canvas measures it in the page, an estimate stands in elsewhere. */
type Measure = (text: string, bold: boolean) => number;

/** Measures with a canvas in the given font family and size. */
function canvasMeasure(size: number, family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, bold) => {
    if (!ctx) return text.length * size * 0.55;
    ctx.font = `${bold ? 700 : 400} ${size}px ${family}`;
    return ctx.measureText(text).width;
  };
}

/** Breaks text into lines no wider than `width`, between words (a word too long for a line is cut). */
export function wrap(text: string, width: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, bold) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    while (measure(line, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), bold) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The caption's paragraphs (the first one bold) as lines fitting `width` at `size` px. */
export function captionLines(
  paragraphs: readonly string[],
  width: number,
  size: number,
  family: string,
  measure: Measure = canvasMeasure(size, family),
): CaptionLine[] {
  return paragraphs.flatMap((p, i) =>
    wrap(p, width, i === 0, measure).map((text) => ({ text, bold: i === 0 })),
  );
}

/** A file name from a title: letters (any script) and digits kept, the rest one dash, lower case. */
export function fileBase(title: string): string {
  const base = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'pod-network-lab';
}
