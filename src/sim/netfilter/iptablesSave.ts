/** A node's rules as `iptables-save -t nat` prints them (and as `iptables-restore` input), and its conntrack table as `conntrack -L` prints it. */
import { indexNetwork } from '../model/topology';
import { conntrackEntry } from './conntrack';
import { BUILTIN, nodeTables } from './nodeTables';
import type { ClusterSpec } from '../model/types';
import type { ConntrackRecord, Trace } from '../trace/traceTypes';

/** One table of a node in iptables-save's format: *table, chain lines (built-ins, then the others sorted), rules, COMMIT. */
export function iptablesSave(
  cluster: ClusterSpec,
  node: string,
  table: 'nat' | 'filter' = 'nat',
): string {
  const tables = nodeTables(indexNetwork(cluster), node);
  if (!tables) return '';
  const map = tables[table];
  const builtin: readonly string[] = BUILTIN[table];
  const own = [...map.keys()].filter((c) => !builtin.includes(c)).sort();
  const lines = [`*${table}`];
  for (const c of builtin) lines.push(`:${c} ACCEPT [0:0]`);
  for (const c of own) lines.push(`:${c} - [0:0]`);
  for (const c of [...builtin, ...own]) for (const r of map.get(c) ?? []) lines.push(r.text);
  lines.push('COMMIT');
  return `${lines.join('\n')}\n`;
}

/** The nat and filter tables of a node as `iptables-restore` input (what the conformance suite installs). */
export function iptablesRestore(cluster: ClusterSpec, node: string): string {
  return iptablesSave(cluster, node, 'nat') + iptablesSave(cluster, node, 'filter');
}

/** A record's line at hop `until`: [UNREPLIED] (SYN_SENT for TCP) until its reply reaches the record's namespace. */
function textAt(trace: Trace, r: ConntrackRecord, until: number | undefined): string {
  if (until === undefined) return r.entry.text;
  const exchange = trace.hops[r.hop]?.exchange;
  const replyAt = trace.hops.findIndex(
    (h, j) => j > r.hop && h.leg === 'reply' && h.netns === r.netns && h.exchange === exchange,
  );
  if (replyAt < 0 || until >= replyAt) return r.entry.text;
  const { protocol, original, reply } = r.entry;
  const then = { netns: r.netns, protocol, original, reply, hop: r.hop, replied: false };
  return conntrackEntry({ ...then, confirmed: true }).text;
}

/**
 * `conntrack -L` on a node once the trace has run up to hop `until` (every hop when absent): the
 * confirmed entries created by then, in their state then. A node handles a packet in one pass, so
 * an entry that pass confirms (at POSTROUTING or INPUT) is listed from the hop that created it; one
 * whose packet died in the pass never is (`Trace.conntrack` holds only confirmed entries).
 */
export function conntrackList(trace: Trace, node: string, until?: number): string {
  const rows = (trace.conntrack ?? []).filter(
    (r) => r.node === node && (until === undefined || r.hop <= until),
  );
  return rows.map((r) => `${textAt(trace, r, until)}\n`).join('');
}
