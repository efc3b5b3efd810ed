/** Bench: first contentful paint of the production build in headless Chromium, cold loads. */
import type { Browser } from '@playwright/test';

/** One cold load: a new browser context (empty cache), returns FCP and when the app mounted (ms). */
async function coldLoad(browser: Browser, url: string): Promise<{ fcp: number; ready: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
  );
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  await page.waitForSelector('#root main:not(.shell-main)', { timeout: 10_000 }).catch(() => null);
  const ready = await page.evaluate(() => performance.now());
  await context.close();
  return { fcp, ready };
}

/** Median-of-n first contentful paint and app-ready time. */
export async function measurePaint(browser: Browser, url: string, runs = 5) {
  const results: { fcp: number; ready: number }[] = [];
  await coldLoad(browser, url); // warm the server and the browser process, not the page cache
  for (let i = 0; i < runs; i++) results.push(await coldLoad(browser, url));
  return results;
}
