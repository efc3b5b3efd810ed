import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PanelsPage } from './pages/panels';

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

test.use({ locale: 'en-US' });

test('the main view has no WCAG 2.1 AA violations', async ({ page }) => {
  const app = new PanelsPage(page);
  await app.open();
  expect(await violations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('the main view has no WCAG 2.1 AA violations after sending a packet', async ({ page }) => {
  const app = new PanelsPage(page);
  await app.open();
  await app.send();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(app.hopText).toHaveText(/^Hop 3 of/);
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('End');
  await expect(app.outcome).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('the main view has no WCAG 2.1 AA violations in Korean', async ({ page }) => {
  const app = new PanelsPage(page);
  await app.open();
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '패킷 보내기' })).toBeVisible();
  await app.send();
  await page.keyboard.press('ArrowRight');
  expect(await violations(page)).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('presenter mode has no WCAG 2.1 AA violations', async ({ page }) => {
  const app = new PanelsPage(page);
  await app.open();
  // the stage hides the panels: the packet is sent first, then presented
  await app.sendButton.click();
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await page.keyboard.press('End');
  expect(await violations(page)).toEqual([]);
});
