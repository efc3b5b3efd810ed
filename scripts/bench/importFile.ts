/** Bench: opens a scenario file the way a user does (File → Import file… → the file chooser) and times its first frame. */
import type { Page } from '@playwright/test';
import { benchNodeName } from './scenarioFile';

/** What became of an imported file. */
export type ImportResult =
  | { readonly ok: true; readonly firstFrameMs: number }
  | { readonly ok: false; readonly reason: string };

/** Waits for the app to have drawn a diagram and for the ?bench hook; throws when either never comes. */
export async function waitForApp(page: Page, timeout = 20_000): Promise<void> {
  await page
    .waitForSelector('#diagram-canvas [data-node]', { timeout })
    .catch(() => Promise.reject(new Error('the page never mounted the diagram')));
  await page
    .waitForFunction(() => '__pnl' in window, null, { timeout: 5000 })
    .catch(() => Promise.reject(new Error('the ?bench hook (window.__pnl) is missing')));
}

/** Imports JSON text through the File menu's picker; firstFrameMs runs from the file being chosen to the frame after the new cluster's nodes are in the DOM. */
export async function importScenario(
  page: Page,
  json: string,
  timeout = 60_000,
): Promise<ImportResult> {
  // One cheap check per frame (no observer, no role queries: they would slow the page measured).
  await page.evaluate((node) => {
    const w = window as unknown as {
      __benchT0?: number;
      __benchT1?: number;
      __benchRefused?: boolean;
    };
    delete w.__benchT0;
    delete w.__benchT1;
    delete w.__benchRefused;
    document.addEventListener('change', () => (w.__benchT0 ??= performance.now()), {
      capture: true,
      once: true,
    });
    const check = () => {
      if (w.__benchT0 !== undefined && document.querySelector(`[data-node="${node}"]`)) {
        setTimeout(() => (w.__benchT1 = performance.now()));
        return;
      }
      if (w.__benchT0 !== undefined && document.querySelector('[role="alert"]')) {
        w.__benchRefused = true;
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, benchNodeName(0));
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import file…', exact: true }).click(),
  ]);
  await chooser.setFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  const outcome = await page
    .waitForFunction(() => '__benchT1' in window || '__benchRefused' in window, null, {
      timeout,
      polling: 250,
    })
    .then(() => page.evaluate(() => ('__benchT1' in window ? 'drawn' : 'refused')))
    .catch(() => 'timeout' as const);
  await page.keyboard.press('Escape');
  if (outcome === 'refused') {
    const text = await page.getByRole('alert').first().innerText();
    return { ok: false, reason: `refused by the importer: ${text.replace(/\s+/g, ' ').trim()}` };
  }
  if (outcome === 'timeout') return { ok: false, reason: `not drawn within ${timeout} ms` };
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __benchT0?: number; __benchT1?: number };
    return (w.__benchT1 ?? NaN) - (w.__benchT0 ?? NaN);
  });
  return { ok: true, firstFrameMs: ms };
}
