/** Process helpers for the conformance harness: run a command, start and stop background processes. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** The result of a finished command. */
export interface RunResult {
  /** Exit status (null when killed by a signal). */
  readonly status: number | null;
  /** Standard output as text. */
  readonly stdout: string;
  /** Standard error as text. */
  readonly stderr: string;
}

/** Runs a command to completion (with a timeout in ms, optional stdin text) and returns its status and output. */
export function run(argv: readonly string[], timeoutMs = 10_000, input?: string): RunResult {
  const [cmd, ...args] = argv;
  if (cmd === undefined) throw new Error('run: empty command');
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: 'pipe',
    ...(input === undefined ? {} : { input }),
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs a command that must succeed; throws with the command and its stderr otherwise. */
export function must(argv: readonly string[]): string {
  const r = run(argv);
  if (r.status !== 0)
    throw new Error(`command failed (${r.status}): ${argv.join(' ')}\n${r.stderr}`);
  return r.stdout;
}

/** The argv running a command inside a named network namespace. */
export function inNs(ns: string, argv: readonly string[]): string[] {
  return ['ip', 'netns', 'exec', ns, ...argv];
}

/** A background process we started, with its collected stderr. */
export interface Background {
  /** The child process. */
  readonly child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr: string;
  /** Set when it exited. */
  exited: boolean;
}

const started = new Set<Background>();

/** Starts a background process (stdout discarded) and remembers it for cleanup. */
export function startBackground(argv: readonly string[]): Background {
  const [cmd, ...args] = argv;
  if (cmd === undefined) throw new Error('startBackground: empty command');
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const bg: Background = { child, stderr: '', exited: false };
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (d: string) => {
    bg.stderr += d;
  });
  child.on('exit', () => {
    bg.exited = true;
    started.delete(bg);
  });
  started.add(bg);
  return bg;
}

/** Sends a signal to one background process we started and waits (up to timeoutMs) for it to exit. */
export async function stopBackground(
  bg: Background,
  signal: NodeJS.Signals = 'SIGTERM',
  timeoutMs = 3000,
): Promise<void> {
  if (bg.exited) return;
  const done = new Promise<void>((resolve) => bg.child.once('exit', () => resolve()));
  bg.child.kill(signal);
  const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  await Promise.race([done, timer]);
  if (!bg.exited) bg.child.kill('SIGKILL');
}

/** Kills, by pid, every background process this run started and that is still alive. */
export function killAllStarted(): void {
  for (const bg of started) if (!bg.exited) bg.child.kill('SIGKILL');
}

/** Resolves after ms milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls test() every 50 ms until it is true or timeoutMs passes; returns whether it became true. */
export async function waitFor(test: () => boolean, timeoutMs = 3000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (test()) return true;
    await sleep(50);
  }
  return test();
}
