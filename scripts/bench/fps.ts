/** Bench: the diagram at 200, 1,000 and 5,000 pods, imported as files, measured while 64 packets play, while the learner drags and while they wheel-zoom. */
import type { Browser, Page } from '@playwright/test';
import { recordFrames, type FrameStats } from './frames';
import { importScenario, waitForApp } from './importFile';
import { BENCH_SIZES, benchScenarioJson, type BenchSize } from './scenarioFile';
import { median } from './serve';

/** The three interactions measured at each size. */
export const INTERACTIONS = ['packets', 'drag-pan', 'wheel-zoom'] as const;
/** One interaction. */
export type Interaction = (typeof INTERACTIONS)[number];

/** The figures of one size. */
export interface SizeResult extends BenchSize {
  /** From the file being chosen to the first frame of the new cluster, ms; or why it was not drawn. */
  readonly firstFrame: number | string;
  /** Packets "Play all traffic" started. */
  readonly playing: number;
  /** Frame figures per interaction (absent when the file was not drawn). */
  readonly frames: Partial<Record<Interaction, FrameStats>>;
}

/** The viewport of the measurements. */
export const VIEWPORT = { width: 1440, height: 900 } as const;
/** How long each interaction is measured. */
const WINDOW_MS = 5000;
/** Pointer events are sent about this often (a 60 Hz mouse). */
const INPUT_MS = 16;

/** Starts every prepared packet from its first hop, as the Send panel's button does; returns how many play. */
async function playAll(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Play all traffic', exact: true }).first().click();
  await page.waitForFunction(() => {
    type S = { getState: () => { flows: unknown[]; playing: boolean } };
    const s = (window as unknown as { __pnl: S }).__pnl.getState();
    return s.playing && s.flows.length > 0;
  });
  return page.evaluate(() => {
    type S = { getState: () => { flows: unknown[] } };
    return (window as unknown as { __pnl: S }).__pnl.getState().flows.length;
  });
}

/** The diagram canvas's centre, in page pixels. */
async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('#diagram-canvas').boundingBox();
  if (!box) throw new Error('the diagram canvas has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags the diagram in circles (radius 150 px) with real mouse events until `until`. */
async function drag(page: Page, until: number): Promise<void> {
  const c = await canvasCentre(page);
  await page.mouse.move(c.x + 150, c.y);
  await page.mouse.down();
  for (let i = 0; Date.now() < until; i++) {
    const a = (i / 40) * 2 * Math.PI;
    await page.mouse.move(c.x + 150 * Math.cos(a), c.y + 150 * Math.sin(a));
    await page.waitForTimeout(INPUT_MS);
  }
  await page.mouse.up();
}

/** Wheels as a hand does: flicks of 6 notches 33 ms apart with a 250 ms pause between them, 4 flicks in then 4 out, about the canvas centre, until `until`. */
async function wheel(page: Page, until: number): Promise<void> {
  const c = await canvasCentre(page);
  await page.mouse.move(c.x, c.y);
  for (let i = 0; Date.now() < until; i++) {
    await page.mouse.wheel(0, Math.floor(i / 24) % 2 === 0 ? -100 : 100);
    await page.waitForTimeout(i % 6 === 5 ? 250 : 33);
  }
}

/** Measures one interaction while packets play (restarted first, so they move all the way through). */
async function measure(page: Page, what: Interaction): Promise<FrameStats> {
  await playAll(page);
  await page.waitForTimeout(300);
  const until = Date.now() + WINDOW_MS;
  const input =
    what === 'drag-pan' ? drag(page, until) : what === 'wheel-zoom' ? wheel(page, until) : null;
  const [stats] = await Promise.all([recordFrames(page, WINDOW_MS), input]);
  if (stats.hops === 0) throw new Error(`${what}: no packet advanced a hop in ${WINDOW_MS} ms`);
  return stats;
}

/** Opens a fresh page, imports the size's file and measures each interaction. */
export async function benchSize(
  browser: Browser,
  url: string,
  s: BenchSize,
  query = '',
  only: readonly Interaction[] = INTERACTIONS,
): Promise<SizeResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps functions sent to page.evaluate in __name(): define it there.
  await page.addInitScript('window.__name = (f) => f');
  try {
    await page.goto(`${url}?bench${query}`);
    await waitForApp(page);
    const imported =
      s.pods === 0
        ? ({ ok: true, firstFrameMs: 0 } as const)
        : await importScenario(page, benchScenarioJson(s));
    if (!imported.ok) return { ...s, firstFrame: imported.reason, playing: 0, frames: {} };
    await page.waitForTimeout(500);
    const frames: Partial<Record<Interaction, FrameStats>> = {};
    let playing = 0;
    for (const what of only) {
      frames[what] = await measure(page, what);
      playing = Math.max(playing, await playAll(page));
    }
    return { ...s, firstFrame: imported.firstFrameMs, playing, frames };
  } finally {
    await context.close();
  }
}

/** The median of each figure over several runs of one size. */
export function medianResult(runs: readonly SizeResult[]): SizeResult {
  const first = runs[0];
  if (!first) throw new Error('no runs');
  const drawn = runs.filter((r) => typeof r.firstFrame === 'number');
  if (drawn.length === 0) return first;
  const m = (f: (r: SizeResult) => number) => median(drawn.map(f));
  const frames: Partial<Record<Interaction, FrameStats>> = {};
  for (const what of INTERACTIONS) {
    const of = (f: (s: FrameStats) => number) =>
      m((r) => (r.frames[what] ? f(r.frames[what]) : NaN));
    frames[what] = {
      medianFps: of((s) => s.medianFps),
      p95Ms: of((s) => s.p95Ms),
      slowShare: of((s) => s.slowShare),
      frames: of((s) => s.frames),
      movingFrames: of((s) => s.movingFrames),
      hops: of((s) => s.hops),
    };
  }
  return {
    ...first,
    firstFrame: m((r) => r.firstFrame as number),
    playing: m((r) => r.playing),
    frames,
  };
}

/** Runs every size `runs` times (fresh page each) for each served build, interleaved (A, B, A, B…) so both meet the same machine load; returns the medians per build. */
export async function runFps(
  browser: Browser,
  urls: readonly string[],
  runs: number,
  sizes = BENCH_SIZES,
): Promise<SizeResult[][]> {
  const all = urls.map(() => sizes.map((): SizeResult[] => []));
  for (let i = 0; i < runs; i++)
    for (const [si, s] of sizes.entries())
      for (const [ui, url] of urls.entries()) all[ui]?.[si]?.push(await benchSize(browser, url, s));
  return all.map((perSize) => perSize.map(medianResult));
}
