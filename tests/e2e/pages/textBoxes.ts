/** The diagram's text boxes on screen and the pairs that intersect (as diagram-overlap.spec measures them). */
import type { Page } from '@playwright/test';

/** A text box on screen, with what it says (for the failure message). */
export interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The screen boxes of every visible text of the diagram (cluster, extras, packets, marks) and of its legend. */
export async function textBoxes(page: Page): Promise<TextBox[]> {
  return page.getByTestId('diagram').evaluate((root) => {
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e !== root; e = e.parentElement)
        if (e.getAttribute('visibility') === 'hidden' || getComputedStyle(e).display === 'none')
          return false;
      return true;
    };
    const area = root.getBoundingClientRect();
    const boxes: TextBox[] = [];
    const push = (text: string, r: DOMRect) => {
      if (r.width === 0 || r.right < area.left || r.left > area.right) return;
      if (r.bottom < area.top || r.top > area.bottom) return;
      boxes.push({ text, x: r.left, y: r.top, w: r.width, h: r.height });
    };
    for (const el of root.querySelectorAll('svg text'))
      if (visible(el) && el.textContent) push(el.textContent, el.getBoundingClientRect());
    for (const el of root.querySelectorAll('section li'))
      push(el.textContent ?? '', el.getBoundingClientRect());
    return boxes;
  });
}

/** Pairs of boxes that share more than a sliver (0.5 px) of area. */
export function collisions(boxes: readonly TextBox[]): string[] {
  const out: string[] = [];
  const e = 0.5;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (x > e && y > e) out.push(`"${a.text}" × "${b.text}"`);
    }
  });
  return out;
}
