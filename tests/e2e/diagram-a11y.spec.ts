/** axe on the diagram's colours and labels at the desk and projector sizes: an ARP hop, an encapsulated hop and an outcome mark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { stepToArp } from './pages/arp';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

// axe takes several seconds per scan on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

/** The axe violations of the page, summarised for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Opens a preset from the gallery by its title. */
async function openPreset(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preset scenarios' });
  await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(dialog).toBeHidden();
}

for (const [w, h] of [
  [1920, 1080],
  [1440, 900],
  [1280, 720],
] as const) {
  test(`the diagram's colours and marks pass axe at ${w}×${h}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./');
    // the preset's own packet, shown paused as it loads: its neighbour caches are cold, so it
    // ARPs (sent again, every cache would be warm and no ARP hop left)
    await openPreset(page, 'Two nodes, VXLAN overlay');
    await page.getByRole('button', { name: 'To start' }).click();
    await stepToArp(page);
    await expect(page.getByTestId('arp')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
    // a refused connection: its mark and label on the diagram
    await openPreset(page, 'localhost is not another pod');
    await page.getByRole('button', { name: 'To end' }).click();
    await expect(page.locator('[data-mark="refused"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
