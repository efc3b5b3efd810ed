/** Whether this machine can run the conformance suite (root and the tools), and why not. */
import { run } from './exec';

/** The tools the harness runs, each with the Debian package that provides it. */
export const REQUIRED_TOOLS: readonly (readonly [tool: string, pkg: string])[] = [
  ['ip', 'iproute2'],
  ['bridge', 'iproute2'],
  ['tcpdump', 'tcpdump'],
  ['ping', 'iputils-ping'],
  ['nc', 'netcat-openbsd'],
  ['python3', 'python3'],
  ['timeout', 'coreutils'],
];

/** Returns null when the suite can run here, else the reason it cannot (for the skip message). */
export function skipReason(): string | null {
  if (process.platform !== 'linux')
    return `needs Linux network namespaces (this is ${process.platform})`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    return 'needs root to create network namespaces (run as root, e.g. from .ci/run)';
  const missing = REQUIRED_TOOLS.filter(
    ([tool]) => run(['sh', '-c', `command -v ${tool}`]).status !== 0,
  );
  if (missing.length > 0)
    return `missing tools: ${missing.map(([t, p]) => `${t} (apt package ${p})`).join(', ')}`;
  const probe = run(['ip', 'netns', 'add', `pnl-c${process.pid}-probe`]);
  if (probe.status !== 0) return `cannot create a network namespace: ${probe.stderr.trim()}`;
  run(['ip', 'netns', 'del', `pnl-c${process.pid}-probe`]);
  return null;
}
