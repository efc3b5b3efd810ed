/** `npm run bench`: prints figures (never asserts): tracer timings, bundle size, first paint, frame rate. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureBundle } from './bench/bundle';
import { measurePaint } from './bench/paint';
import { buildApp, launchChromium, median, serve } from './bench/serve';
import { benchFps } from './bench/fps';
import { benchTracer } from './bench/tracer';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const only = process.argv[2];

async function benchBuild(): Promise<void> {
  const outDir = await buildApp();
  const js = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const sizes = measureBundle(outDir, js);
  console.log('\n## Production build (gzip -9)');
  console.log(`initial JS   ${kb(sizes.jsGzip)}   (budget 100 KB)`);
  console.log(`initial CSS  ${kb(sizes.cssGzip)}`);
  console.log(`lazy JS      ${kb(sizes.lazyJsGzip)}   (loaded on demand)`);

  const { server, url } = await serve(outDir);
  const browser = await launchChromium();
  try {
    const runs = await measurePaint(browser, url, 5);
    const fcp = runs.map((r) => r.fcp);
    console.log('\n## First contentful paint, headless Chromium, 5 cold loads');
    console.log(
      `FCP median   ${median(fcp).toFixed(0)} ms   (runs: ${fcp.map((x) => x.toFixed(0)).join(', ')})`,
    );
    console.log(
      `app mounted  ${median(runs.map((r) => r.ready)).toFixed(0)} ms (median, after load)`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  console.log(`Pod Network Lab benchmarks — ${new Date().toISOString()} — node ${process.version}`);
  console.log(
    'Figures on a shared 2-core machine: compare ratios within one run, not absolute times.',
  );
  if (!only || only === 'tracer') await benchTracer();
  if (!only || only === 'build') await benchBuild();
  if (!only || only === 'fps') await benchFps();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
