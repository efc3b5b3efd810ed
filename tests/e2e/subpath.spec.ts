import { expect, test } from '@playwright/test';

const SUB = '/courses/k8s/lab/';

test('the static build works from a sub-path of any host', async ({ page, baseURL }) => {
  const root = new URL(baseURL ?? 'http://127.0.0.1:4173/');
  // Serve the build under a nested path, as a course site or a static host would.
  await page.route(`${root.origin}${SUB}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(SUB.length);
    const response = await page.request.fetch(`${root.origin}/${path}`);
    await route.fulfill({ response });
  });
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${root.origin}${SUB}`);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(page.locator('[data-device-id]').first()).toBeVisible();
  // The published JSON Schema sits beside the app, wherever the app is.
  const schema = await page.evaluate(() =>
    fetch('./scenario.schema.json').then((r) => r.json() as Promise<Record<string, unknown>>),
  );
  expect(schema).toHaveProperty('$schema');
  expect(failed).toEqual([]);
});
