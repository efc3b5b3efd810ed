/** Whether this machine can run the conformance suite (root and the tools), why not, and whether it must. */
import { missingRequirements } from '../requirements';
import { run } from './exec';

/** Returns null when the suite can run here, else the reason it cannot (for the skip or fail message). */
export function skipReason(): string | null {
  if (process.platform !== 'linux')
    return `needs Linux network namespaces (this is ${process.platform})`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    return 'needs root to create network namespaces (run as root, e.g. from .ci/run)';
  const missing = missingRequirements('conformance');
  if (missing.length > 0)
    return `missing tools: ${missing.map((r) => `${r.probe} (apt package ${r.pkg})`).join(', ')}`;
  const probe = run(['ip', 'netns', 'add', `pnl-c${process.pid}-probe`]);
  if (probe.status !== 0) return `cannot create a network namespace: ${probe.stderr.trim()}`;
  run(['ip', 'netns', 'del', `pnl-c${process.pid}-probe`]);
  return null;
}

/**
 * Whether a missing prerequisite must fail the run instead of skipping it: in CI (CI set to anything
 * but "" / "0" / "false"), or anywhere with CONFORMANCE_REQUIRED=1, so a green run always compared.
 */
export function conformanceRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return (ci !== '' && ci !== '0' && ci !== 'false') || env.CONFORMANCE_REQUIRED === '1';
}
