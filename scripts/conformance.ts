/** Conformance with the real Linux kernel (built in network namespaces); see docs/conformance.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { format, resolveConfig } from 'prettier';
import { removeCaptureDirs } from '../tests/conformance/capture';
import { CASES } from '../tests/conformance/cases';
import { CNI_CASES, runCniCases } from '../tests/conformance/cniRun';
import { conformanceRequired, skipReason } from '../tests/conformance/environment';
import { killAllStarted } from '../tests/conformance/exec';
import {
  deleteAllCreated,
  removeStaleNamespaces,
  startWatchdog,
} from '../tests/conformance/netnsCluster';
import { consoleLines, markdownReport, passed, type CaseResult } from '../tests/conformance/report';
import { knownFinding, knownKey } from '../tests/conformance/known';
import { reportDrift } from '../tests/conformance/reportCheck';
import { loadSim } from '../tests/conformance/simApi';
import { runSuite } from '../tests/conformance/suite';

/** The committed report: rewritten only on request (`npm run conformance:report`). */
const COMMITTED = 'docs/conformance.md';
/** Every run's own report, in an ignored folder, so a run leaves the tree clean. */
const LATEST_DIR = '.reports';
const LATEST = `${LATEST_DIR}/conformance.md`;
/** Hand-written analysis of the differences, appended to the generated report. */
const FINDINGS = 'tests/conformance/findings.md';
/** The whole suite (pod-level, CNI and the issue-12 preset cases) must finish within six minutes. */
const DEADLINE_MS = 360_000;

function cleanup(): void {
  killAllStarted();
  deleteAllCreated();
  removeCaptureDirs();
}

/**
 * Writes this run's report to .reports/ (or, with --write-report, over the committed one) and
 * returns how the committed report differs from it: a stale committed report fails the run.
 */
async function publish(
  results: readonly CaseResult[],
  seconds: number,
  only: string | undefined,
): Promise<string[]> {
  const findings = existsSync(FINDINGS) ? readFileSync(FINDINGS, 'utf8') : undefined;
  const meta = {
    kernel: release(),
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    seconds,
    ...(findings === undefined ? {} : { findings }),
  };
  const options = { ...(await resolveConfig(COMMITTED)), parser: 'markdown' };
  const report = await format(markdownReport(results, meta), options);
  if (process.argv.includes('--write-report')) {
    writeFileSync(COMMITTED, report);
    console.log(`conformance: report written to ${COMMITTED}`);
    return [];
  }
  if (process.env.CONFORMANCE_NO_REPORT === undefined) {
    mkdirSync(LATEST_DIR, { recursive: true });
    writeFileSync(LATEST, report);
    console.log(`conformance: report written to ${LATEST}`);
  }
  const committed = existsSync(COMMITTED) ? readFileSync(COMMITTED, 'utf8') : '';
  const drift = reportDrift(committed, report, only !== undefined);
  if (drift.length > 0)
    console.log(
      [
        `conformance: FAILED — ${COMMITTED} does not say what this run found:`,
        ...drift.map((d) => `  ${d}`),
        '  (run `npm run conformance:report` and commit docs/conformance.md)',
      ].join('\n'),
    );
  return drift;
}

async function main(): Promise<number> {
  const only = process.env.CONFORMANCE_ONLY;
  if (only && process.argv.includes('--write-report')) {
    console.log(
      'conformance: FAILED — the committed report needs the whole suite (unset CONFORMANCE_ONLY)',
    );
    return 1;
  }
  const reason = skipReason();
  if (reason !== null) {
    if (conformanceRequired()) {
      console.log(
        `conformance: FAILED — required here (CI or CONFORMANCE_REQUIRED=1) but ${reason}`,
      );
      return 1;
    }
    console.log(`conformance: skipped — ${reason}`);
    return 0;
  }
  const sim = await loadSim();
  if (typeof sim === 'string') {
    console.log(`conformance: FAILED — ${sim}`);
    return 1;
  }
  startWatchdog();
  const stale = removeStaleNamespaces();
  if (stale.length > 0) console.log(`conformance: removed stale namespaces ${stale.join(', ')}`);
  const cases = only ? CASES.filter((c) => c.name.includes(only)) : CASES;
  const t0 = Date.now();
  const results = await runSuite(sim, cases, (r) => console.log(consoleLines(r)));
  if (!only || CNI_CASES.some((c) => c.name.includes(only)))
    for (const r of runCniCases(only)) {
      console.log(consoleLines(r));
      results.push(r);
    }
  const seconds = (Date.now() - t0) / 1000;
  const failed = results.filter((r) => !passed(r) && knownFinding(r) === undefined);
  const known = results.filter((r) => !passed(r) && knownFinding(r) !== undefined);
  // a known disagreement that now agrees must leave the list, or the report would say it fails
  const nowAgree = results.filter((r) => passed(r) && knownFinding(r) !== undefined);
  for (const r of nowAgree)
    console.log(
      `conformance: "${knownKey(r)}" now agrees — remove it from tests/conformance/known.ts`,
    );
  const drift = await publish(results, seconds, only);
  console.log(
    `conformance: ${results.length - failed.length - known.length}/${results.length} cases pass, ${known.length} known disagreements, in ${seconds.toFixed(1)} s`,
  );
  return failed.length === 0 && nowAgree.length === 0 && drift.length === 0 ? 0 : 1;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
process.on('exit', cleanup);
const watchdog = setTimeout(() => {
  console.log(`conformance: FAILED — still running after ${DEADLINE_MS / 1000} s`);
  cleanup();
  process.exit(1);
}, DEADLINE_MS);
watchdog.unref();

main()
  .then((code) => {
    cleanup();
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.log(`conformance: FAILED — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    cleanup();
    process.exitCode = 1;
  });
