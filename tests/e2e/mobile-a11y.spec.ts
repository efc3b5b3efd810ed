import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PanelsPage } from './pages/panels';
import { ScenarioPage } from './pages/scenarios';
import { ShellPage } from './pages/shell';

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

for (const [name, width, height] of [
  ['phone', 390, 844],
  ['tablet', 768, 1024],
] as const) {
  test.describe(`${name} ${width}×${height}`, () => {
    test.use({ locale: 'en-US', viewport: { width, height }, isMobile: true, hasTouch: true });

    test('the stacked view has no WCAG 2.1 AA violations: tabs, menu, a packet at its end', async ({
      page,
    }) => {
      const panels = new PanelsPage(page);
      const shell = new ShellPage(page);
      await panels.open();
      expect(await violations(page)).toEqual([]);
      await shell.menu.click();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await new ScenarioPage(page).openPreset('localhost is not another pod');
      await shell.playback.getByRole('button', { name: 'To end' }).click();
      await expect(shell.outcome).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await shell.tab('Events').click();
      await expect(panels.eventRows.first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      expect(panels.errors).toEqual([]);
    });
  });
}
