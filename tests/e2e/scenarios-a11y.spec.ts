import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ScenarioPage } from './pages/scenarios';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

// Four axe scans in one test take longer than the default 30 s on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test('the editor, the gallery and the share menu have no axe violations', async ({ page }) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('cache', 'Bad Name!');
  await expect(app.editor.getByRole('alert')).toBeVisible();
  let r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await app.editor.getByRole('button', { name: 'Close editor' }).click();

  await app.button('Share').click();
  await expect(page.getByLabel('Share link')).toHaveValue(/#v1\./);
  r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.keyboard.press('Escape');

  await app.button('Presets').click();
  await expect(page.getByRole('dialog', { name: 'Preset scenarios' })).toBeVisible();
  r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a broken link message and the shared-link choice have no axe violations', async ({
  page,
}) => {
  const app = new ScenarioPage(page);
  await app.open('./#v1.broken');
  await expect(app.alert).toBeVisible();
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
