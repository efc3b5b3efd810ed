/** Every text box of the diagram, in every preset, at desk, projector and phone sizes: no two may intersect. */
import { expect, test, type Page } from '@playwright/test';

const SIZES = [
  [1440, 900],
  [1920, 1080],
  [1280, 720],
  [390, 844],
] as const;

/** A text box on screen, with what it says (for the failure message). */
interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The screen boxes of every visible text of the diagram (cluster, packets, marks) and of its legend. */
async function textBoxes(page: Page): Promise<TextBox[]> {
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
      // only what is on screen in the diagram area counts
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
function collisions(boxes: readonly TextBox[]): string[] {
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

/** The titles of the preset cards, read from the gallery. */
async function presetCount(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preset scenarios' });
  await expect(dialog.locator('ul > li').first()).toBeVisible();
  const n = await dialog.locator('ul > li').count();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return n;
}

/** Opens the i-th preset card of the gallery. */
async function openPreset(page: Page, i: number): Promise<string> {
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preset scenarios' });
  const card = dialog.locator('ul > li').nth(i).getByRole('button').first();
  const title = (await card.textContent()) ?? `preset ${i}`;
  await card.click();
  await expect(dialog).toBeHidden();
  return title;
}

for (const [w, h] of SIZES) {
  test(`no two diagram labels overlap in any preset at ${w}×${h}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./');
    await expect(page.getByTestId('diagram')).toBeVisible();
    const n = await presetCount(page);
    expect(n).toBeGreaterThan(5);
    const found: string[] = [];
    const seen: number[] = [];
    for (let i = 0; i < n; i++) {
      const title = await openPreset(page, i);
      await page.waitForTimeout(150);
      const boxes = await textBoxes(page);
      seen.push(boxes.length);
      for (const c of collisions(boxes)) found.push(`${title} (start): ${c}`);
      // the last hop shows the outcome's mark and label
      const end = page.getByRole('button', { name: 'To end' });
      if (await end.isEnabled()) {
        await end.click();
        await page.waitForTimeout(150);
        for (const c of collisions(await textBoxes(page))) found.push(`${title} (end): ${c}`);
      }
    }
    expect(found).toEqual([]);
    // the check measured a drawing, not an empty or hidden one
    expect(Math.min(...seen)).toBeGreaterThan(10);
  });
}
