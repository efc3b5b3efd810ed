import { expect, test } from '@playwright/test';
import { DiagramPage } from './pages/diagram';

let d: DiagramPage;

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  d = new DiagramPage(page);
  await d.open();
});

test.afterEach(() => {
  expect(d.errors).toEqual([]);
});

/** The drawn cluster's box relative to the diagram area. */
async function drawnIn(): Promise<{ area: DOMRect; drawn: DOMRect }> {
  return d.canvas.evaluate((svg) => {
    const g = svg.querySelector(':scope > g');
    return {
      area: svg.getBoundingClientRect().toJSON() as DOMRect,
      drawn: (g as SVGGElement).getBoundingClientRect().toJSON() as DOMRect,
    };
  });
}

test('on open the cluster fills the diagram area along one side', async () => {
  await expect(async () => {
    const { area, drawn } = await drawnIn();
    const fills = Math.max(drawn.width / area.width, drawn.height / area.height);
    expect(fills).toBeGreaterThan(0.85);
  }).toPass();
});

test('on a 1440×900 screen pod names and IPs are drawn at a readable size', async () => {
  const px = async (text: string) =>
    d.canvas
      .locator('text', { hasText: new RegExp(`^${text.replace(/\./g, '\\.')}$`) })
      .first()
      .evaluate((t) => t.getBoundingClientRect().height);
  expect(await px('web')).toBeGreaterThanOrEqual(13);
  expect(await px('10.244.1.2')).toBeGreaterThanOrEqual(11);
});

test('the diagram fits again when the window resizes, until the learner zooms by hand', async ({
  page,
}) => {
  const before = await d.zoomFactor();
  await page.setViewportSize({ width: 1100, height: 900 });
  await expect.poll(() => d.zoomFactor()).toBeLessThan(before);
  await d.zoomIn.click();
  const zoomed = await d.zoomFactor();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(300);
  expect(await d.zoomFactor()).toBeCloseTo(zoomed, 5);
  await d.fit.click();
  await expect.poll(() => d.zoomFactor()).toBeCloseTo(before, 2);
});

test('arrow keys pan the focused diagram and leave playback alone; elsewhere they step', async ({
  page,
}) => {
  await d.sendAndPause();
  const hop = page.getByText(/^Hop \d+ of \d+$/);
  await expect(hop).toHaveText(/^Hop 1 of/);
  const translate = async () =>
    /translate\(([-\d.e]+),([-\d.e]+)\)/
      .exec((await d.canvas.locator(':scope > g').getAttribute('transform')) ?? '')
      ?.slice(1)
      .map(Number) ?? [0, 0];
  const [x0, y0] = await translate();
  await d.canvas.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const [x1, y1] = await translate();
  expect(x1).toBeLessThan(x0 ?? 0);
  expect(y1).toBeLessThan(y0 ?? 0);
  await expect(hop).toHaveText(/^Hop 1 of/);
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(hop).toHaveText(/^Hop 2 of/);
});

test('the mouse wheel zooms and dragging pans, starting from the fitted view', async ({ page }) => {
  const { area, drawn } = await drawnIn();
  const before = await d.zoomFactor();
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => d.zoomFactor()).toBeGreaterThan(before);
  const zoomed = await drawnIn();
  // Zooming about the pointer keeps the drawing around it (no jump back to an unfitted view).
  expect(
    Math.abs(zoomed.drawn.x + zoomed.drawn.width / 2 - (drawn.x + drawn.width / 2)),
  ).toBeLessThan(40);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 + 100, area.y + area.height / 2 + 50, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await drawnIn()).drawn.x - zoomed.drawn.x).toBeCloseTo(100, 0);
});
