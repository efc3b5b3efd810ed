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
  await page.evaluate((node) => {
    const w = window as unknown as { __benchT0?: number; __benchT1?: number };
    delete w.__benchT0;
    delete w.__benchT1;
    document.addEventListener('change', () => (w.__benchT0 ??= performance.now()), {
      capture: true,
      once: true,
    });
    const done = () =>
      requestAnimationFrame(() => setTimeout(() => (w.__benchT1 = performance.now())));
    const obs = new MutationObserver(() => {
      if (!document.querySelector(`#diagram-canvas [data-node="${node}"]`)) return;
      obs.disconnect();
      done();
    });
    obs.observe(document.body, { childList: true, subtree: true });
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
  const outcome = await Promise.race([
    page
      .waitForFunction(() => '__benchT1' in window, null, { timeout })
      .then(() => 'drawn' as const),
    page
      .getByRole('alert')
      .filter({ hasText: 'could not be opened' })
      .waitFor({ timeout })
      .then(() => 'refused' as const),
  ]).catch(() => 'timeout' as const);
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
