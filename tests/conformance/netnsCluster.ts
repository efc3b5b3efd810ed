/** Builds a planned cluster in real namespaces, starts its listeners, and always tears it down. */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Network } from '../../src/sim/model/networkTypes';
import type { ClusterSpec, NetnsId } from '../../src/sim/model/types';
import {
  BINDER_PY,
  bindGroupsOf,
  parseBindOutput,
  type BindGroup,
  type BindResult,
} from './binder';
import { CAPTURE_DIR_PREFIX } from './capture';
import { inNs, must, run, startBackground, stopBackground, waitFor, type Background } from './exec';
import { caseSysctls } from './kernelSettings';
import { planNetns, type NetnsPlan } from './netnsPlan';

/** The prefix of every namespace this process creates: "pnl-c<pid>-". */
export const NS_PREFIX = `pnl-c${process.pid}-`;

/** A cluster built in namespaces, with the processes that serve its sockets. */
export interface LiveCluster {
  /** The plan it was built from. */
  readonly plan: NetnsPlan;
  /** The listening processes started for its sockets. */
  readonly listeners: readonly Background[];
  /** Per simulated namespace: the binds attempted and what the kernel answered. */
  readonly binds: ReadonlyMap<NetnsId, { groups: BindGroup[]; results: BindResult[] }>;
}

const created = new Set<string>();

/** Deletes namespaces left by crashed runs: "pnl-c<pid>-…" whose pid is no longer alive. */
export function removeStaleNamespaces(): string[] {
  let names: string[] = [];
  try {
    names = readdirSync('/run/netns');
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const n of names) {
    const pid = /^pnl-c(\d+)-/.exec(n)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    // the crashed run's listeners and captures still live in the namespace: end them by pid
    for (const p of run(['ip', 'netns', 'pids', n]).stdout.split('\n').filter(Boolean))
      run(['kill', '-KILL', p]);
    if (run(['ip', 'netns', 'del', n]).status === 0) removed.push(n);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Builds the Network in namespaces named with `tag`; a python3 per namespace binds its containers' ports. */
export async function buildCluster(
  cluster: ClusterSpec,
  network: Network,
  tag: string,
  taken: ReadonlySet<string> = new Set(),
): Promise<LiveCluster> {
  const plan = planNetns(network, `${NS_PREFIX}${tag}`, caseSysctls(cluster));
  for (const argv of plan.commands) {
    if (argv[0] === 'ip' && argv[1] === 'netns' && argv[2] === 'add' && argv[3])
      created.add(argv[3]);
    must(argv);
  }
  const listeners: Background[] = [];
  const started: { id: NetnsId; groups: BindGroup[]; proc: Background }[] = [];
  for (const [id, ns] of plan.nsName) {
    // a port a real server takes over (the DNS responder, the ingress proxy) is not bound here
    const groups = bindGroupsOf(cluster, network, id)
      .map((g) => ({ ...g, ports: g.ports.filter((p) => !taken.has(takenKey(id, p))) }))
      .filter((g) => g.ports.length > 0);
    if (groups.length === 0) continue;
    const proc = startBackground(
      inNs(ns, ['python3', '-u', '-c', BINDER_PY, JSON.stringify(groups)]),
    );
    listeners.push(proc);
    started.push({ id, groups, proc });
  }
  const ready = await waitFor(() => started.every((s) => /^ready$/m.test(s.proc.stderr)), 8000);
  const binds = new Map<NetnsId, { groups: BindGroup[]; results: BindResult[] }>();
  for (const s of started)
    binds.set(s.id, { groups: s.groups, results: parseBindOutput(s.proc.stderr) });
  const live = { plan, listeners, binds };
  if (!ready) {
    await destroyCluster(live);
    const why = started.filter((s) => !/^ready$/m.test(s.proc.stderr)).map((s) => s.proc.stderr);
    throw new Error(`listeners did not start: ${why.join('; ')}`);
  }
  return live;
}

/** The key of a port a server takes over from the listeners: "<netns id> <protocol>/<port>". */
export function takenKey(netns: NetnsId, p: { protocol: string; port: number }): string {
  return `${netns} ${p.protocol}/${p.port}`;
}

/** Stops a cluster's listeners and deletes its namespaces. */
export async function destroyCluster(cluster: LiveCluster): Promise<void> {
  for (const l of cluster.listeners) await stopBackground(l);
  for (const ns of cluster.plan.namespaces) deleteNamespace(ns);
}

/** Creates a namespace and remembers it, so every exit path deletes it. */
export function addNamespace(ns: string): void {
  created.add(ns);
  must(['ip', 'netns', 'add', ns]);
}

/** Deletes a namespace this process created (and forgets it). */
export function deleteNamespace(ns: string): void {
  run(['ip', 'netns', 'del', ns]);
  // a resolv.conf the preset cases gave the namespace (`ip netns exec` mounts /etc/netns/<ns>/*)
  rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
  created.delete(ns);
}

/**
 * Starts a detached shell, in its own session, that waits for this process to end and then removes
 * whatever it left: the processes in its namespaces, the namespaces, its capture folders. The exit
 * and signal handlers clean up too, but cannot when this process is SIGKILLed — which tsx does to
 * its child when Ctrl-C finds it blocked in a synchronous call (a client run) for over ~60 ms.
 */
export function startWatchdog(): void {
  const pid = process.pid;
  const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;
  const script = [
    `while kill -0 ${pid} 2>/dev/null; do sleep 0.5; done`,
    `for n in $(ls /run/netns 2>/dev/null | grep '^${NS_PREFIX}'); do`,
    '  for p in $(ip netns pids "$n"); do kill -KILL "$p"; done',
    '  ip netns del "$n"',
    'done',
    `rm -rf ${quote(tmpdir())}/${CAPTURE_DIR_PREFIX}* /etc/netns/${NS_PREFIX}*`,
  ].join('\n');
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

/** Synchronously deletes every namespace this process created (for exit and signal handlers). */
export function deleteAllCreated(): void {
  for (const ns of [...created]) deleteNamespace(ns);
}
