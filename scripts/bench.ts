/** `npm run bench [tracer|build|fps] [--runs N] [--dist DIR]`: prints figures (never asserts); exits non-zero when a page never mounts, the hook is missing or a size is not drawn. */
import { measureFetched, initialCss } from './bench/bundle';
import { INTERACTIONS, runFps, type SizeResult } from './bench/fps';
import { measureLoads } from './bench/paint';
import { buildApp, launchChromium, median, serve } from './bench/serve';
import { benchTracer } from './bench/tracer';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const runs = Math.max(1, Number(flag('--runs') ?? 1));
const dist = flag('--dist');
const only = args[0];
const failures: string[] = [];

/** Time to diagram, FCP and the JS fetched before any input, from one served build. */
async function benchLoad(outDir: string, url: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const fetched = await measureFetched(browser, url, outDir);
    console.log('\n## JS fetched by a plain first load before any input (gzip -9, budget 100 KB)');
    for (const f of fetched.files) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
    console.log(`initial JS   ${kb(fetched.total)}   (budget 100 KB)`);
    console.log(`  of which referenced by index.html: ${kb(fetched.entry)}`);
    console.log(`initial CSS  ${kb(initialCss(outDir))}`);
    console.log(
      `other JS     ${kb(fetched.rest)}   (on demand; the service worker precaches it in the background)`,
    );
    if (fetched.total > 100 * 1024) failures.push(`initial JS ${kb(fetched.total)} is over budget`);
    const loads = await measureLoads(browser, url, 5);
    const list = (f: (l: { diagram: number; fcp: number }) => number) =>
      loads.map((l) => f(l).toFixed(0)).join(', ');
    console.log(
      '\n## Cold loads of the default scenario, headless Chromium 1440×900 (median of 5)',
    );
    console.log(
      `time to diagram  ${median(loads.map((l) => l.diagram)).toFixed(0)} ms   (runs: ${list((l) => l.diagram)})`,
    );
    console.log(
      `first paint      ${median(loads.map((l) => l.fcp)).toFixed(0)} ms   (the static shell; runs: ${list((l) => l.fcp)})`,
    );
  } finally {
    await browser.close();
  }
}

/** Prints the frame figures of one size. */
function printSize(r: SizeResult): void {
  const head = `${String(r.pods).padStart(5)} pods / ${String(r.nodes).padStart(3)} nodes`;
  if (typeof r.firstFrame === 'string') {
    console.log(`${head}  NOT DRAWN: ${r.firstFrame}`);
    failures.push(`${r.pods} pods: ${r.firstFrame}`);
    return;
  }
  console.log(
    `${head}  first frame ${r.firstFrame.toFixed(0)} ms after the file was chosen; ${r.playing} packets playing`,
  );
  for (const what of INTERACTIONS) {
    const f = r.frames[what];
    if (!f) continue;
    console.log(
      `    ${what.padEnd(11)} median ${f.medianFps.toFixed(1).padStart(5)} fps  p95 ${f.p95Ms.toFixed(1).padStart(6)} ms  ` +
        `>25ms ${(f.slowShare * 100).toFixed(1).padStart(5)}%  (${f.frames.toFixed(0)} frames, packets moved in ${f.movingFrames.toFixed(0)}, ${f.hops.toFixed(0)} hops)`,
    );
  }
}

/** Frame figures at every size, from one served build. */
async function benchFps(url: string): Promise<void> {
  const browser = await launchChromium();
  try {
    console.log(
      `\n## Diagram frames, headless Chromium 1440×900, files imported through File → Import, 5 s per interaction, all while "Play all traffic" plays (median of ${runs} run${runs > 1 ? 's' : ''})`,
    );
    const results = await runFps(browser, url, runs);
    results.forEach(printSize);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  console.log(`Pod Network Lab benchmarks — ${new Date().toISOString()} — node ${process.version}`);
  console.log(
    'Figures on a shared 2-core machine: compare ratios within one run, not absolute times.',
  );
  if (!only || only === 'tracer') await benchTracer();
  if (only && only !== 'build' && only !== 'fps') return;
  const outDir = dist ?? (await buildApp());
  if (dist) console.log(`\n(build under test: ${dist})`);
  const { server, url } = await serve(outDir);
  try {
    if (!only || only === 'build') await benchLoad(outDir, url);
    if (!only || only === 'fps') await benchFps(url);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  if (failures.length > 0) {
    console.error(`\nBENCH FAILED:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
