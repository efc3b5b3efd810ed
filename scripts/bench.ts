/** `npm run bench [tracer|build|fps] [--runs N] [--dist DIR] [--before DIR]`: prints figures (never asserts); with --before, an older build is measured in the same run, interleaved; exits non-zero when a page never mounts, the hook is missing, a size of the build under test is not drawn or its initial JS is over budget. */
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
const before = flag('--before');
const only = args[0];
const failures: string[] = [];

/** Time to diagram, FCP and the JS fetched before any input, from one served build. */
async function benchLoad(
  outDir: string,
  url: string,
  label: string,
  judged: boolean,
): Promise<void> {
  const browser = await launchChromium();
  try {
    const fetched = await measureFetched(browser, url, outDir);
    console.log(
      `\n## ${label}JS fetched by a plain first load before any input (gzip -9, budget 100 KB)`,
    );
    for (const f of fetched.files) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
    console.log(`initial JS   ${kb(fetched.total)}   (budget 100 KB)`);
    console.log(`  of which referenced by index.html: ${kb(fetched.entry)}`);
    console.log(`initial CSS  ${kb(initialCss(outDir))}`);
    console.log(
      `other JS     ${kb(fetched.rest)}   (on demand; the service worker precaches it in the background)`,
    );
    if (judged && fetched.total > 100 * 1024)
      failures.push(`initial JS ${kb(fetched.total)} is over budget`);
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
function printSize(r: SizeResult, judged: boolean): void {
  const head =
    r.pods === 0
      ? 'default scenario (the noise floor)'
      : `${String(r.pods).padStart(5)} pods / ${String(r.nodes).padStart(3)} nodes`;
  if (typeof r.firstFrame === 'string') {
    console.log(`${head}  NOT DRAWN: ${r.firstFrame}`);
    if (judged) failures.push(`${r.pods} pods: ${r.firstFrame}`);
    return;
  }
  const load =
    r.pods === 0
      ? 'as opened'
      : `first frame ${r.firstFrame.toFixed(0)} ms after the file was chosen`;
  console.log(`${head}  ${load}; ${r.playing} packets playing`);
  for (const what of INTERACTIONS) {
    const f = r.frames[what];
    if (!f) continue;
    console.log(
      `    ${what.padEnd(11)} median ${f.medianFps.toFixed(1).padStart(5)} fps  p95 ${f.p95Ms.toFixed(1).padStart(6)} ms  ` +
        `>25ms ${(f.slowShare * 100).toFixed(1).padStart(5)}%  (${f.frames.toFixed(0)} frames, packets moved in ${f.movingFrames.toFixed(0)}, ${f.hops.toFixed(0)} hops)`,
    );
  }
}

/** Frame figures at every size, for each served build (labels[i] for urls[i]; the last is the build under test). */
async function benchFps(urls: readonly string[], labels: readonly string[]): Promise<void> {
  const browser = await launchChromium();
  try {
    const results = await runFps(browser, urls, runs);
    results.forEach((perSize, i) => {
      console.log(
        `\n## ${labels[i] ?? ''}Diagram frames, headless Chromium 1440×900, files imported through File → Import, 5 s per interaction, all while "Play all traffic" plays (median of ${runs} run${runs > 1 ? 's' : ''})`,
      );
      perSize.forEach((r) => printSize(r, i === results.length - 1));
    });
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
  if (before) console.log(`(compared with: ${before}, measured in the same run, interleaved)`);
  const builds = before ? [before, outDir] : [outDir];
  const labels = before ? ['BEFORE — ', 'AFTER — '] : [''];
  const served = await Promise.all(builds.map((d) => serve(d)));
  try {
    if (!only || only === 'build')
      for (const [i, d] of builds.entries())
        await benchLoad(d, served[i]?.url ?? '', labels[i] ?? '', i === builds.length - 1);
    if (!only || only === 'fps')
      await benchFps(
        served.map((s) => s.url),
        labels,
      );
  } finally {
    for (const { server } of served)
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
