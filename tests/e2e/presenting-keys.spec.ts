import { expect, test } from '@playwright/test';
import { PresentingPage } from './pages/presenting';

test.use({ locale: 'en-US' });

let app: PresentingPage;
test.beforeEach(async ({ page }) => {
  app = new PresentingPage(page);
  await app.open();
});
test.afterEach(() => expect(app.errors).toEqual([]));

test('a clicker drives a whole cross-node VXLAN packet with PageDown, PageUp and B only', async ({
  page,
}) => {
  await app.openPreset('Two nodes, VXLAN overlay');
  await expect(app.hopText).toHaveText(/^Hop 1 of \d+$/);
  await app.focusNothing();
  const [, n] = await app.hop();
  expect(n).toBeGreaterThan(10);
  for (let k = 2; k <= n; k++) {
    await page.keyboard.press('PageDown');
    await expect(app.hopText).toHaveText(`Hop ${k} of ${n}`);
  }
  await expect(app.playback.locator('[data-outcome="delivered"]')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(`Hop ${n} of ${n}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(app.hopText).toHaveText(`Hop ${n - 2} of ${n}`);

  // B: black over the whole screen, said aloud; B again brings it back at the same hop.
  await page.keyboard.press('b');
  await expect(app.blankScreen).toBeVisible();
  await expect(app.blankStatus).toHaveText(
    'Screen blanked. Press any key or click to bring it back.',
  );
  const cover = await page.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return el ? [el.getAttribute('data-testid'), getComputedStyle(el).backgroundColor] : null;
  });
  expect(cover).toEqual(['blank-screen', 'rgb(0, 0, 0)']);
  const box = await app.blankScreen.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, ...page.viewportSize() });
  await page.keyboard.press('b');
  await expect(app.blankScreen).toBeHidden();
  await expect(app.blankStatus).toHaveText('Screen back.');
  await expect(app.hopText).toHaveText(`Hop ${n - 2} of ${n}`);
  // Any key brings it back without acting: the next PageDown steps again.
  await page.keyboard.press('.');
  await expect(app.blankScreen).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(app.blankScreen).toBeHidden();
  await expect(app.hopText).toHaveText(`Hop ${n - 2} of ${n}`);
  await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(`Hop ${n - 1} of ${n}`);
  // A click brings it back too.
  await page.keyboard.press('b');
  await app.blankScreen.click();
  await expect(app.blankScreen).toBeHidden();
});

test('after a click on Send, Space pauses and resumes the packet just sent (it does not send it again)', async ({
  page,
}) => {
  await app.sendButton.click();
  await expect(app.pauseButton).toBeFocused();
  await expect(app.hopText).toHaveText(/^Hop [3-9] of/);
  await page.keyboard.press(' ');
  await expect(app.playButton).toBeVisible();
  const [k] = await app.hop();
  await page.waitForTimeout(800);
  expect((await app.hop())[0]).toBe(k);
  await page.keyboard.press(' ');
  await expect(app.pauseButton).toBeVisible();
  await expect(app.hopText).toHaveText(new RegExp(`^Hop (${k}|${k + 1}|${k + 2}) of`));
  await page.keyboard.press(' ');
  await expect(app.playButton).toBeVisible();
  expect((await app.hop())[0]).toBeGreaterThanOrEqual(k);
});

test('the send form is at most 8 Tab presses from the top through its skip link; Enter sends and Space then pauses', async ({
  page,
}) => {
  let tabs = 0;
  await page.keyboard.press('Tab');
  tabs++;
  await expect(app.skipLink('Skip to the send form')).toBeFocused();
  await expect(app.skipLink('Skip to the send form')).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(page.url()).not.toContain('#send');
  while (!(await app.sendButton.evaluate((b) => b === document.activeElement))) {
    await page.keyboard.press('Tab');
    tabs++;
    expect(tabs, await app.focused()).toBeLessThanOrEqual(8);
  }
  expect(tabs).toBeLessThanOrEqual(8);
  await page.keyboard.press('Enter');
  await expect(app.pauseButton).toBeFocused();
  await page.keyboard.press(' ');
  await expect(app.playButton).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a second skip link reaches the diagram, where arrows pan and PageDown still steps', async ({
  page,
}) => {
  // A packet shown from the page's first load (the address bar keeps the view across a reload).
  await app.openPreset('Two pods on one node');
  await expect.poll(() => page.url()).toMatch(/#v1\./);
  await page.reload();
  await expect(app.hopText).toHaveText(/^Hop 1 of/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(app.skipLink('Skip to the diagram')).toBeFocused();
  await page.keyboard.press('Enter');
  const canvas = page.getByRole('group', { name: /^Cluster diagram: nodes/ });
  await expect(canvas).toBeFocused();
  const before = await canvas.locator(':scope > g').getAttribute('transform');
  await page.keyboard.press('ArrowRight');
  await expect(canvas.locator(':scope > g')).not.toHaveAttribute('transform', before ?? '');
  await expect(app.hopText).toHaveText(/^Hop 1 of/);
  await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(/^Hop 2 of/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the same keys work in presenter mode, and none of them while a text field or select has focus', async ({
  page,
}) => {
  await app.sendButton.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(/^Hop 2 of/);
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenter/);

  const port = page.getByLabel('Port', { exact: true });
  await port.fill('');
  await port.press('b');
  await port.press('.');
  await port.press('PageDown');
  await port.press('f');
  await port.press('p');
  await expect(port).toHaveValue('b.fp');
  await expect(app.blankScreen).toHaveCount(0);
  await expect(app.hopText).toHaveText(/^Hop 2 of/);
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  const from = page.getByLabel('From', { exact: true });
  await from.focus();
  await page.keyboard.press('b');
  await page.keyboard.press('PageDown');
  await expect(app.blankScreen).toHaveCount(0);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('F puts the whole page in full screen and takes it out again', async ({ page }) => {
  await app.focusNothing();
  await page.keyboard.press('f');
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null))
    .toBe('HTML');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test.describe('on a phone, where the panels are tabs', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the skip link opens the Send tab and reaches its form', async ({ page }) => {
    await app.openPreset('Two pods on one node');
    await expect.poll(() => page.url()).toMatch(/#v1\./);
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Inspector' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Tab');
    await expect(app.skipLink('Skip to the send form')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Send' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('form', { name: 'Send a packet' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('From', { exact: true })).toBeFocused();
  });
});
