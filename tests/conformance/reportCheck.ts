/** Whether the committed report (docs/conformance.md) still says what the latest run found, case by case. */

/** The report table's columns after the case name, as markdownReport writes them. */
const COLUMNS = [
  'covers',
  'CNI',
  'request',
  'hops compared',
  'checks',
  'outcome: sim / kernel',
  'result',
];

/** Splits a Markdown table row into its cells, honouring escaped pipes ("\|"). */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The summary table of a report: per "case [CNI]", its other cells; header and rule rows left out. */
export function reportRows(markdown: string): Map<string, readonly string[]> {
  const rows = new Map<string, readonly string[]>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = cellsOf(line);
    if (cells.length !== COLUMNS.length + 1) continue;
    const [name = '', ...rest] = cells;
    if (name === 'case' || /^-+$/.test(name)) continue;
    rows.set(`${name} [${rest[1] ?? ''}]`, rest);
  }
  return rows;
}

/**
 * How the committed report differs from the latest run's, one line per difference (empty when they
 * agree). With `partial` (a run of some cases only) cases the run did not include are not missing.
 */
export function reportDrift(committed: string, latest: string, partial = false): string[] {
  const before = reportRows(committed);
  const now = reportRows(latest);
  const out: string[] = [];
  for (const [key, cells] of now) {
    const old = before.get(key);
    if (!old) {
      out.push(`${key}: not in the committed report`);
      continue;
    }
    COLUMNS.forEach((col, i) => {
      if (old[i] !== cells[i])
        out.push(`${key} ${col}: committed "${old[i] ?? ''}", this run "${cells[i] ?? ''}"`);
    });
  }
  if (!partial)
    for (const key of before.keys())
      if (!now.has(key)) out.push(`${key}: in the committed report, not run any more`);
  return out;
}
