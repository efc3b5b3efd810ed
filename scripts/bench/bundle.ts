/** Bench: the JS a plain first load fetches before any input (what counts against the 100 KB budget), gzip -9, and the rest of the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './fps';

/** Bytes of one file after gzip -9. */
export const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** What a plain first load fetched, by file, gzip -9 bytes. */
export interface FetchedJs {
  /** Every JS file the page requested before any input, in request order. */
  readonly files: readonly { readonly path: string; readonly gzip: number }[];
  /** Their sum. */
  readonly total: number;
  /** The JS index.html itself references (entry and modulepreloads), for comparison. */
  readonly entry: number;
  /** Every other JS file of the build (loaded on demand, or precached for offline use). */
  readonly rest: number;
}

/** Loads the page cold, waits for the diagram and then for 3 s without a new request, and sums the JS it fetched (service worker blocked: its offline precache is a background download, reported apart). */
export async function measureFetched(
  browser: Browser,
  url: string,
  outDir: string,
): Promise<FetchedJs> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const paths: string[] = [];
  let last = Date.now();
  try {
    const page = await context.newPage();
    page.on('request', (r) => {
      last = Date.now();
      const path = new URL(r.url()).pathname.replace(/^\//, '');
      if (path.endsWith('.js') && !paths.includes(path)) paths.push(path);
    });
    await page.goto(url);
    await page
      .waitForSelector('#diagram-canvas [data-node]', { timeout: 20_000 })
      .catch(() => Promise.reject(new Error('the page never mounted the diagram')));
    const deadline = Date.now() + 20_000;
    while (Date.now() - last < 3000 && Date.now() < deadline) await page.waitForTimeout(250);
  } finally {
    await context.close();
  }
  const files = paths.map((path) => ({ path, gzip: gz(join(outDir, path)) }));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entryJs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const all = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    files,
    total: files.reduce((n, f) => n + f.gzip, 0),
    entry: entryJs.reduce((n, f) => n + gz(join(outDir, f)), 0),
    rest: all.filter((f) => !paths.includes(f)).reduce((n, f) => n + gz(join(outDir, f)), 0),
  };
}

/** gzip -9 bytes of the CSS index.html references. */
export function initialCss(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const css = [...html.matchAll(/href="\.?\/?(assets\/[^"]+\.css)"/g)].map((m) => m[1] ?? '');
  return css.reduce((n, f) => n + gz(join(outDir, f)), 0);
}
