/**
 * The Linux views (src/sim/linux) against the real commands: in every namespace of a freshly built
 * cluster, each command the inspector shows is run for real and its output compared line by line.
 */
import type { Network } from '../../src/sim/model/networkTypes';
import type { NetnsId } from '../../src/sim/model/types';
import { linuxViews } from '../../src/sim/linux/linuxViews';
import type { Row } from './compare';
import { inNs, run } from './exec';

/** The listen backlog the harness's binder asks for (tests/conformance/binder.ts: listen(64)). */
export const BINDER_BACKLOG = 64;

/**
 * Normalises what is the kernel's or the harness's choice, on both sides alike: interface indexes
 * ("@if4", "4: flannel.1:") become N; the harness stands a veth to a switch namespace in for each
 * NIC (a node's eth0, the outside hosts'), where a real machine has hardware: its "@ifN" is dropped.
 */
export function normaliseLine(line: string, nics: ReadonlySet<string>): string {
  const name = /^(\S+)@if\d+ +/.exec(line);
  const bare =
    name?.[1] !== undefined && nics.has(name[1])
      ? name[1].padEnd(name[0].length) + line.slice(name[0].length)
      : line;
  return bare.replace(/@if\d+/g, '@ifN').replace(/^\d+: /, 'N: ');
}

/**
 * The lines of an output, normalised. Where the kernel's order is a hash table's (neighbours,
 * listening sockets) or follows the harness's creation order rather than a real node's (device
 * indexes: the harness adds cni0 before flannel.1, flanneld the other way round), lines are sorted;
 * the header of `ss` stays first.
 */
export function comparableLines(
  command: string,
  output: string,
  nics: ReadonlySet<string>,
): string[] {
  const lines = output.split('\n').filter((l) => l !== '');
  const norm = lines.map((l) => normaliseLine(l, nics));
  if (command === 'ip neigh' || command === 'ip -br addr') return norm.sort();
  if (command === 'ss -ltn') return [...norm.slice(0, 1), ...norm.slice(1).sort()];
  return norm;
}

/** Compares every view of every namespace with the real command run there: one row per line. */
export function linuxViewRows(network: Network, nsName: ReadonlyMap<NetnsId, string>): Row[] {
  const rows: Row[] = [];
  for (const [id, ns] of nsName) {
    const nics = new Set(
      [...network.devices.values()]
        .filter((d) => d.netns === id && d.kind === 'nic')
        .map((d) => d.name),
    );
    for (const view of linuxViews(network, id, { backlog: BINDER_BACKLOG })) {
      const real = run(inNs(ns, view.command.split(' ')));
      const kernelText =
        real.status === 0 ? real.stdout : `(exit ${real.status}) ${real.stderr.trim()}`;
      const sim = comparableLines(view.command, view.output, nics);
      const kernel = comparableLines(view.command, kernelText, nics);
      const n = Math.max(sim.length, kernel.length, 1);
      for (let i = 0; i < n; i++) {
        const s = sim[i] ?? '(no line)';
        const k = kernel[i] ?? '(no line)';
        rows.push({
          what: `${id} $ ${view.command} [${i + 1}]`,
          sim: JSON.stringify(s),
          kernel: JSON.stringify(k),
          ok: s === k,
        });
      }
    }
  }
  return rows;
}
