/** Bench: frame timing in the page (requestAnimationFrame intervals) while the bench drives real input through CDP. */
import type { Page } from '@playwright/test';
import { median, percentile } from './serve';

/** Frame figures of one measured window. */
export interface FrameStats {
  /** Median frames per second. */
  readonly medianFps: number;
  /** 95th percentile frame interval, ms. */
  readonly p95Ms: number;
  /** Share of frames longer than 25 ms. */
  readonly slowShare: number;
  /** Frames recorded. */
  readonly frames: number;
  /** Frames in which some packet moved (its drawn position changed). */
  readonly movingFrames: number;
  /** Hops the playback cursor advanced during the window (proves packets played). */
  readonly hops: number;
}

/** Summarises frame intervals. */
export function frameStats(gaps: readonly number[], moving: number, hops: number): FrameStats {
  return {
    medianFps: 1000 / median(gaps),
    p95Ms: percentile(gaps, 95),
    slowShare: gaps.filter((g) => g > 25).length / Math.max(1, gaps.length),
    frames: gaps.length,
    movingFrames: moving,
    hops,
  };
}

/** Records rAF intervals in the page for ms milliseconds; also counts frames in which the packet layer changed and the hops the store's cursor advanced (read through the ?bench hook, which must exist). */
export async function recordFrames(page: Page, ms: number): Promise<FrameStats> {
  const r = await page.evaluate(async (duration) => {
    type Store = { getState: () => { cursor: number } };
    const store = (window as unknown as { __pnl?: Store }).__pnl;
    if (!store) throw new Error('the ?bench hook (window.__pnl) is missing');
    const cursor0 = store.getState().cursor;
    const layer = document.querySelector('[data-testid="packets"]');
    const snapshot = () => {
      if (!layer) return '';
      let s = '';
      for (const el of layer.querySelectorAll('g[data-flow], path'))
        s += `${el.getAttribute('transform') ?? ''}${el.getAttribute('d') ?? ''};`;
      return s;
    };
    const stamps: number[] = [];
    let moving = 0;
    let last = snapshot();
    let hops = 0;
    let prevCursor = cursor0;
    await new Promise<void>((resolve) => {
      const start = performance.now();
      const frame = (ts: number) => {
        stamps.push(ts);
        const now = snapshot();
        if (now !== last) moving++;
        last = now;
        const c = store.getState().cursor;
        if (c > prevCursor) hops += c - prevCursor;
        prevCursor = c;
        if (ts - start < duration) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    const gaps = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
    return { gaps, moving, hops };
  }, ms);
  return frameStats(r.gaps, r.moving, r.hops);
}
