import { expect, test, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { ScenarioPage, watchErrors } from './pages/scenarios';

test.use({ locale: 'en-US' });

/** Waits until the service worker registered by the page is active (it has precached the build by then). */
async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state),
    )
    .toBe('activated');
}

/** The first visit: a preset, one hop on, and its share link read from the Share menu. */
async function firstVisit(app: ScenarioPage, url: string): Promise<string> {
  await app.open(url);
  await waitForOffline(app.page);
  await app.openPreset('Two nodes, VXLAN overlay');
  await app.button('Step forward').click();
  await expect(app.hopText).toHaveText(/^Hop 2 of \d+$/);
  return app.shareLink();
}

test('after one visit the app opens with the network cut: reload, lazy parts, a shared link and the embed view', async ({
  page,
  context,
}) => {
  const app = new ScenarioPage(page);
  const link = await firstVisit(app, './');
  await context.setOffline(true);
  const errors = watchErrors(page);
  await page.reload();
  await expect(app.diagram).toBeVisible();
  // Parts loaded on demand come from the cache too: the tracer, the Korean catalog.
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(app.hopText).toBeVisible();
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '패킷 보내기' })).toBeVisible();
  await page.getByLabel('언어').selectOption('en');
  expect(errors).toEqual([]);

  for (const url of [link, link.replace('#', '?embed#')]) {
    const visitor = await context.newPage();
    const seen = watchErrors(visitor);
    const view = new ScenarioPage(visitor);
    await view.open(url);
    await expect(view.hopText).toHaveText(/^Hop 2 of \d+$/);
    expect(seen, url).toEqual([]);
    await visitor.close();
  }
});

test.describe('under a sub-path', () => {
  const SUB = '/courses/k8s/lab/';
  let server: PreviewServer;

  test.beforeAll(async () => {
    // The same build, served for real under a nested path (as a course site would host it).
    server = await preview({
      configFile: false,
      logLevel: 'silent',
      base: SUB,
      build: { outDir: process.env.PW_DIST ?? 'dist' },
      preview: { host: '127.0.0.1', port: 0 },
    });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('the service worker caches itself there, and a shared link opens offline', async ({
    page,
    context,
  }) => {
    const root = server.resolvedUrls?.local[0];
    if (!root) throw new Error('the preview server did not start');
    expect(new URL(root).pathname).toBe(SUB);
    const link = await firstVisit(new ScenarioPage(page), root);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(SUB);
    await context.setOffline(true);
    const visitor = await context.newPage();
    const errors = watchErrors(visitor);
    const view = new ScenarioPage(visitor);
    await view.open(link);
    await expect(view.hopText).toHaveText(/^Hop 2 of \d+$/);
    expect(errors).toEqual([]);
  });
});
