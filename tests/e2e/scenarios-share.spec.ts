import { expect, test } from '@playwright/test';
import { ScenarioPage, watchErrors } from './pages/scenarios';

test('a scenario built in the editor travels by link to a new browser with the same packet and hop', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open();
  await app.openPreset('Two nodes, host routing');
  await app.openEditor();
  await app.renamePod('api', 'backend');
  await expect(app.pod('backend')).toBeVisible();
  await app.editor.getByRole('button', { name: 'Add node' }).click();
  await expect(app.editor.getByRole('group', { name: 'Node node3' })).toBeVisible();
  await app.editor.getByRole('button', { name: 'Close editor' }).click();
  await expect(app.diagram).toContainText('backend');
  await app.button('Step forward').click();
  await app.button('Step forward').click();
  await expect(app.hopText).toHaveText(/^Hop 3 of \d+$/);
  const hop = await app.hopText.textContent();
  const link = await app.shareLink();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  const freshErrors = watchErrors(fresh);
  const copy = new ScenarioPage(fresh);
  await copy.open(link);
  await expect(copy.diagram).toContainText('backend');
  await expect(copy.diagram).toContainText('node3');
  await expect(copy.hopText).toHaveText(hop ?? '');
  await expect(fresh.getByRole('alert')).toHaveCount(0);
  await other.close();
  expect(errors).toEqual([]);
  expect(freshErrors).toEqual([]);
});

test('the address bar follows the view, so a reload shows the same hop', async ({ page }) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.openPreset('Two pods on one node');
  await app.button('Step forward').click();
  await expect(app.hopText).toHaveText(/^Hop 2 of \d+$/);
  await app.waitForUrlSync();
  expect(page.url()).toMatch(/#v1\./);
  await page.reload();
  await expect(app.hopText).toHaveText(/^Hop 2 of \d+$/);
});

test('a damaged link shows a message and leaves the app usable', async ({ page }) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  await app.open('./#v1.%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(app.alert).toContainText('This link could not be opened');
  await app.alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await app.openPreset('Two pods on one node');
  await expect(app.hopText).toHaveText(/^Hop 1 of \d+$/);
  expect(errors).toEqual([]);
});

test('a link from a newer version says so', async ({ page }) => {
  const app = new ScenarioPage(page);
  await app.open('./#v9.AAAA');
  await expect(app.alert).toContainText('newer version');
  await expect(app.diagram).toBeVisible();
});

test('a shared link never silently replaces my own work: keep mine, or open it and go back', async ({
  page,
  browser,
}) => {
  const sender = await browser.newContext();
  const senderPage = await sender.newPage();
  const s = new ScenarioPage(senderPage);
  await s.open();
  await s.openPreset('Two pods on one node');
  const link = await s.shareLink();
  await sender.close();

  const app = new ScenarioPage(page);
  await app.open();
  await app.openEditor();
  await app.renamePod('web', 'my-web');
  await expect(app.diagram).toContainText('my-web');
  await app.waitForAutosave('my-web');

  await app.open(link);
  await expect(page.getByText('differs from your own saved work')).toBeVisible();
  await expect(app.diagram).toContainText('my-web');
  await app.button('Keep mine').click();
  await expect(app.diagram).toContainText('my-web');

  await page.goto('about:blank');
  await app.open(link);
  await app.button('Open the shared scenario').click();
  await expect(app.diagram).not.toContainText('my-web');
  await page.reload();
  await expect(app.button('Back to my scenario')).toBeVisible();
  await app.button('Back to my scenario').click();
  await expect(app.diagram).toContainText('my-web');
});

test('the embed view loads inside an iframe with the diagram and playback only', async ({
  page,
}) => {
  const app = new ScenarioPage(page);
  await app.open();
  await app.openPreset('Two nodes, VXLAN overlay');
  await app.button('Step forward').click();
  const code = await app.embedCode();
  expect(code).toMatch(/^<iframe src="http[^"]+\?embed#v1\./);
  await page.setContent(`<!doctype html><title>Course page</title><h1>Lesson</h1>${code}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: 'Cluster diagram' }).first()).toBeVisible();
  await expect(frame.getByText(/^Hop 2 of \d+$/).first()).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Presets' })).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open in Pod Network Lab' })).toBeVisible();
});

test('a custom packet is added to the scenario so the link can carry it', async ({
  page,
  browser,
}) => {
  const app = new ScenarioPage(page);
  await app.open();
  await page.getByLabel('Protocol', { exact: true }).selectOption('ICMP');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('heading', { name: 'Pod Network Lab' }).click();
  await page.keyboard.press('Home');
  const link = await app.shareLink();
  const other = await browser.newContext();
  const copy = new ScenarioPage(await other.newPage());
  await copy.open(link);
  await expect(copy.page.getByRole('complementary', { name: 'Packet panels' })).toContainText(
    'ICMP',
  );
  await expect(copy.hopText).toHaveText(/^Hop 1 of \d+$/);
  await other.close();
});

test('Copy link puts the link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new ScenarioPage(page);
  await app.open();
  await app.button('Share').click();
  const field = page.getByLabel('Share link');
  await expect(field).toHaveValue(/#v1\./);
  await app.button('Copy link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
});

test('without a clipboard the link stays selected in its field with a hint', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  const app = new ScenarioPage(page);
  await app.open();
  await app.button('Share').click();
  await expect(page.getByLabel('Share link')).toHaveValue(/#v1\./);
  await app.button('Copy link').click();
  await expect(
    page.getByRole('status').filter({ hasText: 'clipboard is not available' }),
  ).toBeVisible();
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : '';
  });
  expect(selected).toMatch(/#v1\./);
});
