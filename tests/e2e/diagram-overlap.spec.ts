/** Every text box of the diagram, in every preset, at desk, projector and phone sizes: no two may intersect. */
import { expect, test, type Page } from '@playwright/test';
import { collisions, textBoxes } from './pages/textBoxes';

const SIZES = [
  [1440, 900],
  [1920, 1080],
  [1280, 720],
  [390, 844],
] as const;

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
