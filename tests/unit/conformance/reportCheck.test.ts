/** The committed conformance report must say what the latest run found: cases, outcomes and results. */
import { describe, expect, it } from 'vitest';
import { markdownReport, type CaseResult } from '../../conformance/report';
import { reportDrift, reportRows } from '../../conformance/reportCheck';

const ok = (name: string, cni = 'vxlan'): CaseResult => ({
  name,
  covers: 'fact 7',
  cni,
  request: 'default/web/nginx → pod default/api:8080 TCP',
  hopsCompared: 20,
  rows: [{ what: 'outcome', sim: 'delivered', kernel: 'open (nc: a | b)', ok: true }],
  differences: [],
});
const meta = { kernel: '6.18.0', date: '2026-11-25 04:14', seconds: 28.9 };
const report = (results: CaseResult[], m = meta) => markdownReport(results, m);

describe('checking the committed report against the latest run', () => {
  const base = [ok('cross-node over VXLAN (TCP)'), ok('a refused port', 'bridge-hostgw')];

  it('reads every case of the summary table, an escaped pipe kept inside its cell', () => {
    const rows = reportRows(report(base));
    expect([...rows.keys()]).toEqual([
      'cross-node over VXLAN (TCP) [vxlan]',
      'a refused port [bridge-hostgw]',
    ]);
    expect(rows.get('a refused port [bridge-hostgw]')?.[5]).toBe('delivered / open (nc: a \\| b)');
  });

  it('finds no drift when only the kernel, the date and the duration changed', () => {
    const later = { kernel: '6.19.1', date: '2026-12-01 10:00', seconds: 31.2 };
    expect(reportDrift(report(base), report(base, later))).toEqual([]);
  });

  it('names a case whose result, hop count or outcome changed', () => {
    const failing: CaseResult = {
      ...ok('a refused port', 'bridge-hostgw'),
      hopsCompared: 18,
      differences: [{ what: 'reply @ x ip.ttl', sim: '63', kernel: '62', ok: false }],
    };
    expect(reportDrift(report(base), report([base[0] as CaseResult, failing]))).toEqual([
      'a refused port [bridge-hostgw] hops compared: committed "20", this run "18"',
      'a refused port [bridge-hostgw] result: committed "pass", this run "**FAIL** (1 differences)"',
    ]);
  });

  it('names a new case and a case no longer run, unless the run was of some cases only', () => {
    const now = [ok('cross-node over VXLAN (TCP)'), ok('pod to the other kubelet')];
    expect(reportDrift(report(base), report(now))).toEqual([
      'pod to the other kubelet [vxlan]: not in the committed report',
      'a refused port [bridge-hostgw]: in the committed report, not run any more',
    ]);
    expect(reportDrift(report(base), report([ok('cross-node over VXLAN (TCP)')]), true)).toEqual(
      [],
    );
  });

  it('treats a missing committed report as missing every case', () => {
    expect(reportDrift('', report(base))).toHaveLength(2);
  });
});
