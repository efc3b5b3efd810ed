/** Bench: frame rate of the diagram with many pods and many packets moving at once, in headless Chromium. */
import type { Browser, Page } from '@playwright/test';
import { buildApp, launchChromium, median, percentile, serve } from './serve';

/** One measured case. */
export interface FpsCase {
  /** Nodes in the generated cluster. */
  readonly nodes: number;
  /** Pods, spread round-robin over the nodes. */
  readonly pods: number;
  /** Packets animated at once (pod i → pod i+1, which is on another node). */
  readonly flows: number;
}

/** The figures of one case. */
export interface FpsResult extends FpsCase {
  /** Median frames per second from requestAnimationFrame intervals. */
  readonly medianFps: number;
  /** Share of frames longer than 25 ms. */
  readonly slowShare: number;
  /** 95th percentile frame interval, ms. */
  readonly p95Ms: number;
  /** Script time per frame (CDP ScriptDuration), ms. */
  readonly scriptMsPerFrame: number;
  /** Long tasks (> 50 ms) during the window. */
  readonly longTasks: number;
  /** Hops the playback cursor advanced during the window (proves packets moved). */
  readonly hopsAdvanced: number;
  /** Time from loading the scenario to the first measured frame, ms (tracing and drawing). */
  readonly loadMs: number;
}

/** The default cases: the 200 pods / 100 packets and 1,000 pods / 1,000 packets. */
export const FPS_CASES: readonly FpsCase[] = [
  { nodes: 4, pods: 200, flows: 100 },
  { nodes: 20, pods: 1000, flows: 1000 },
];

/** Loads a generated scenario through the ?bench store hook and starts every flow. */
async function load(page: Page, c: FpsCase): Promise<number> {
  return page.evaluate(async ({ nodes, pods, flows }) => {
    type Store = { getState: () => Record<string, (...a: unknown[]) => void> };
    const store = (window as unknown as { __pnl: Store }).__pnl;
    const podSpecs = Array.from({ length: pods }, (_, i) => ({
      name: `p${i}`,
      namespace: 'default',
      node: `n${i % nodes}`,
      labels: { app: `a${i}` },
      hostNetwork: false,
      containers: [{ name: 'app', image: 'app:1', ports: [{ port: 8080, protocol: 'TCP' }] }],
    }));
    const scenario = {
      version: 1,
      title: 'bench',
      description: '',
      cluster: {
        name: 'bench',
        clusterCidr: '10.244.0.0/16',
        nodeNetwork: '192.168.10.0/24',
        cni: 'vxlan',
        nodes: Array.from({ length: nodes }, (_, i) => ({ name: `n${i}` })),
        pods: podSpecs,
      },
      packets: [],
    };
    const reqs = Array.from({ length: flows }, (_, i) => ({
      from: { kind: 'container', pod: `default/p${i % pods}`, container: 'app' },
      to: { kind: 'pod', pod: `default/p${(i + 1) % pods}` },
      protocol: 'TCP',
      port: 8080,
    }));
    const t0 = performance.now();
    store.getState().setScenario?.(scenario);
    store.getState().setFlows?.(reqs);
    store.getState().setSpeed?.(1);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, c);
}

/** Records requestAnimationFrame intervals and long tasks for ms milliseconds. */
function sample(page: Page, ms: number) {
  return page.evaluate(async (duration) => {
    type Store = { getState: () => { cursor: number } };
    const store = (window as unknown as { __pnl: Store }).__pnl;
    const cursor0 = store.getState().cursor;
    let longTasks = 0;
    const obs = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
    try {
      obs.observe({ type: 'longtask', buffered: false });
    } catch {
      /* long tasks not supported */
    }
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      const start = performance.now();
      const frame = (ts: number) => {
        stamps.push(ts);
        if (ts - start < duration) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    obs.disconnect();
    const gaps = stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
    return { gaps, longTasks, hops: store.getState().cursor - cursor0 };
  }, ms);
}

/** Measures one case on an open page. */
export async function measureFps(page: Page, c: FpsCase, ms = 5000): Promise<FpsResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const loadMs = await load(page, c);
  await page.waitForTimeout(1000);
  const script = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  const s0 = await script();
  const { gaps, longTasks, hops } = await sample(page, ms);
  const s1 = await script();
  await cdp.detach();
  return {
    ...c,
    medianFps: 1000 / median(gaps),
    slowShare: gaps.filter((g) => g > 25).length / Math.max(1, gaps.length),
    p95Ms: percentile(gaps, 95),
    scriptMsPerFrame: ((s1 - s0) * 1000) / Math.max(1, gaps.length),
    longTasks,
    hopsAdvanced: hops,
    loadMs,
  };
}

/** Opens the app with the ?bench hook and measures every case in a fresh page. */
export async function runFps(browser: Browser, url: string, cases = FPS_CASES) {
  const results: FpsResult[] = [];
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx (esbuild keepNames) wraps functions sent to page.evaluate in __name(): define it there.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${url}?bench`);
    await page.waitForFunction(() => '__pnl' in window);
    results.push(await measureFps(page, c));
    await page.close();
  }
  return results;
}

/** Prints one result line. */
function print(r: FpsResult): void {
  console.log(
    `${String(r.pods).padStart(5)} pods ${String(r.flows).padStart(5)} packets  ` +
      `median ${r.medianFps.toFixed(1)} fps  slow(>25ms) ${(r.slowShare * 100).toFixed(1)}%  ` +
      `p95 ${r.p95Ms.toFixed(1)} ms  script ${r.scriptMsPerFrame.toFixed(2)} ms/frame  ` +
      `long tasks ${r.longTasks}  hops ${r.hopsAdvanced}  load ${r.loadMs.toFixed(0)} ms`,
  );
}

/** `npm run bench fps`: builds, serves, and prints the diagram's frame rate figures. */
export async function benchFps(): Promise<FpsResult[]> {
  const outDir = await buildApp();
  const { server, url } = await serve(outDir);
  const browser = await launchChromium();
  try {
    console.log(
      '\n## Diagram frame rate, headless Chromium 1400×900, 5 s per case (aim ≥58 / ≥50 fps)',
    );
    const results = await runFps(browser, url);
    results.forEach(print);
    return results;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
