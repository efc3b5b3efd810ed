/**
 * Netfilter in the namespaces: `iptables-restore` input installed in node namespaces and read back
 * with `iptables-save`, and the conntrack table flushed and listed.
 */
import type { Row } from './compare';
import { parseConntrack, type KernelConntrackEntry } from './conntrack';
import { inNs, must, run } from './exec';

/** Replaces a namespace's iptables tables with `rules` (iptables-restore input: the tables it names). */
export function installRules(ns: string, rules: string): void {
  const r = run(inNs(ns, ['iptables-restore']), 10_000, rules);
  if (r.status !== 0)
    throw new Error(`iptables-restore failed in ${ns} (${r.status}): ${r.stderr.trim()}`);
}

/** Empties a namespace's nat and filter tables (no chains but the built-in ones, policy ACCEPT). */
export function clearRules(ns: string): void {
  installRules(
    ns,
    [
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':INPUT ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      'COMMIT',
      '*filter',
      ':INPUT ACCEPT [0:0]',
      ':FORWARD ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      'COMMIT',
      '',
    ].join('\n'),
  );
}

/**
 * The meaningful lines of iptables-save (or -restore) text, per table: chain declarations without
 * their counters and every `-A` rule, in order; comments, COMMIT and blank lines left out.
 */
export function ruleLines(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let table = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('*')) {
      table = line.slice(1);
      out.set(table, out.get(table) ?? []);
    } else if (line.startsWith(':')) out.get(table)?.push(line.replace(/ \[\d+:\d+\]$/, ''));
    else if (line.startsWith('-A ')) out.get(table)?.push(line);
  }
  return out;
}

/**
 * Compares the rules as the simulation prints them with what `iptables-save` prints after
 * installing them: the same user-defined chains, and for each chain the same rules in the same
 * order, written the same way (iptables-save's own option order and quoting).
 */
export function ruleRows(where: string, simText: string, savedText: string): Row[] {
  const sim = ruleLines(simText);
  const saved = ruleLines(savedText);
  const rows: Row[] = [];
  for (const [table, lines] of sim) {
    const kernel = saved.get(table) ?? [];
    // user-defined chains (policy "-"); iptables-save adds every built-in chain of a table
    const chains = (l: readonly string[]): string =>
      l
        .filter((x) => x.startsWith(':') && x.endsWith(' -'))
        .map((x) => x.split(' ')[0])
        .sort()
        .join(' ');
    rows.push({
      what: `iptables @ ${where} ${table} user chains`,
      sim: chains(lines),
      kernel: chains(kernel),
      ok: chains(lines) === chains(kernel),
    });
    const byChain = (l: readonly string[]): Map<string, string[]> => {
      const m = new Map<string, string[]>();
      for (const x of l.filter((y) => y.startsWith('-A '))) {
        const chain = x.split(' ')[1] ?? '';
        m.set(chain, [...(m.get(chain) ?? []), x]);
      }
      return m;
    };
    const s = byChain(lines);
    const k = byChain(kernel);
    for (const chain of new Set([...s.keys(), ...k.keys()])) {
      const a = s.get(chain) ?? [];
      const b = k.get(chain) ?? [];
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
          rows.push({
            what: `iptables @ ${where} ${table} ${chain} rule ${i + 1}`,
            sim: a[i] ?? '(none)',
            kernel: b[i] ?? '(none)',
            ok: false,
          });
    }
    const total = lines.filter((x) => x.startsWith('-A ')).length;
    if (!rows.some((r) => !r.ok && r.what.startsWith(`iptables @ ${where} ${table} `)))
      rows.push({
        what: `iptables @ ${where} ${table} rules as iptables-save prints them`,
        sim: `${total} rules`,
        kernel: `${total} rules, identical`,
        ok: true,
      });
  }
  return rows;
}

/** What `iptables-save` prints in a namespace. */
export function saveRules(ns: string): string {
  return must(inNs(ns, ['iptables-save']));
}

/** Forgets every connection a namespace tracks (`conntrack -F`; nothing to do where none are). */
export function flushConntrack(ns: string): void {
  run(inNs(ns, ['conntrack', '-F']));
}

/** The namespace's connection tracking table, as `conntrack -L` prints it. */
export function listConntrack(ns: string): KernelConntrackEntry[] {
  return parseConntrack(run(inNs(ns, ['conntrack', '-L'])).stdout);
}
