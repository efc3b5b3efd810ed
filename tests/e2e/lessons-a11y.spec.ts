/** The lessons list, the lesson panel (wide and stacked) and the prediction dialog have no axe violations, in English and Korean. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LessonsPage } from './pages/lessons';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

// Several axe scans in one test take longer than the default 30 s on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

for (const lang of ['en', 'ko'] as const)
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    test(`lessons at ${size.width}×${size.height} in ${lang}`, async ({ page }) => {
      await page.setViewportSize(size);
      const l = new LessonsPage(page, lang);
      await l.open('?lesson=c9&step=3');
      expect(await violations(page)).toEqual([]);
      await l.play.click();
      await expect(l.question).toBeVisible({ timeout: 20_000 });
      expect(await violations(page)).toEqual([]);
      await l.question.getByRole('listitem').first().getByRole('button').click();
      await expect(l.continueButton).toBeFocused();
      expect(await violations(page)).toEqual([]);
      await l.continueButton.click();
      await l.panel.getByRole('button', { name: l.m['lessons.leave'] }).click();
      await page.goto('./?lesson=nope');
      await expect(page.getByRole('dialog', { name: l.m['lessons.title'] })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('nope');
      expect(await violations(page)).toEqual([]);
    });
