/** Bench: time to diagram (the default scenario drawn and ready for input) and first contentful paint, cold loads of the production build. */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './fps';

/** One cold load's figures, ms from navigation start. */
export interface LoadFigures {
  /** The frame after the diagram's nodes are in the DOM, once the main thread is free for input. */
  readonly diagram: number;
  /** First contentful paint (the static shell: cannot get worse as the app grows). */
  readonly fcp: number;
}

/** Records, from the document's start, when the diagram's first node appears and the next frame is done. */
const STAMP_DIAGRAM = `(() => {
  const done = () => requestAnimationFrame(() => setTimeout(() => (window.__benchDiagram = performance.now())));
  const obs = new MutationObserver(() => {
    if (!document.querySelector('#diagram-canvas [data-node]')) return;
    obs.disconnect();
    done();
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

/** One cold load in a new context (empty cache); throws when the diagram never mounts. */
async function coldLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(STAMP_DIAGRAM);
    await page.goto(url);
    await page
      .waitForFunction(() => '__benchDiagram' in window, null, { timeout: 20_000 })
      .catch(() => Promise.reject(new Error('the page never mounted the diagram')));
    return await page.evaluate(() => ({
      diagram: (window as unknown as { __benchDiagram: number }).__benchDiagram,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
  } finally {
    await context.close();
  }
}

/** Figures of n cold loads (after one warm-up load of the server and browser process). */
export async function measureLoads(browser: Browser, url: string, runs = 5) {
  await coldLoad(browser, url);
  const results: LoadFigures[] = [];
  for (let i = 0; i < runs; i++) results.push(await coldLoad(browser, url));
  return results;
}
