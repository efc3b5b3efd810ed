import { expect, test } from '@playwright/test';

test('the built app opens with the product name and a diagram area, without console errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Pod Network Lab' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cluster diagram' })).toBeVisible();
  expect(errors).toEqual([]);
});
