import { expect, test } from '@playwright/test';
import { ScenarioPage, watchErrors } from './pages/scenarios';

test('switching presets while packets play never leaves a packet naming a pod that is gone', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Play all traffic' }).click();
  for (const title of ['A hostNetwork pod', 'Shared memory inside a pod', 'Two pods on one node']) {
    await app.openPreset(title);
    await expect(app.hopText).toHaveText(/^Hop 1 of \d+$/);
    await expect(page.getByText(/There is no (pod|node) .* in this cluster/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
