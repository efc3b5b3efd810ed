/**
 * The filter rules that enforce a scenario's NetworkPolicies in the kernel, derived here from the
 * simulation's own verdicts (its reachability matrix) in the way kube-router enforces them on a
 * bridge CNI: a chain per isolated destination pod, jumped to from FORWARD by destination address
 * (routed and, with bridge netfilter, bridged frames alike), accepting replies of allowed
 * connections (conntrack), the allowed sources and ports, and dropping the rest.
 */
import type { ReachabilityMatrix } from '../../src/sim/netfilter/reachability';

/** A rule line with its chain, as simServices' tables keep them. */
export interface PolicyRule {
  readonly chain: string;
  readonly text: string;
}

/** The chain name for the i-th isolated pod ("PNL-POD-FW-0"). */
export const podChain = (i: number): string => `PNL-POD-FW-${i}`;

/**
 * Per node, the filter rules for the pods isolated for ingress on it: `ipOf` gives a pod's IP and
 * node. Pods selected by no ingress policy get no chain (default allow).
 */
export function policyRules(
  m: ReachabilityMatrix,
  ipOf: (pod: string) => { ip: string; node: string } | undefined,
): Map<string, PolicyRule[]> {
  const out = new Map<string, PolicyRule[]>();
  const pods = [...new Set(m.columns.map((c) => c.pod))];
  let n = 0;
  for (const pod of pods) {
    const cols = m.columns.flatMap((c, j) => (c.pod === pod ? [{ c, j }] : []));
    const isolated = cols.some(({ j }) =>
      m.cells.some((row) => (row[j]?.ingress.policies.length ?? 0) > 0),
    );
    const dst = ipOf(pod);
    if (!isolated || !dst) continue;
    const chain = podChain(n++);
    const rules: PolicyRule[] = [
      {
        chain: 'FORWARD',
        text: `-A FORWARD -d ${dst.ip}/32 -m comment --comment "pnl: ingress policy of ${pod}" -j ${chain}`,
      },
      { chain, text: `-A ${chain} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT` },
    ];
    for (const { c, j } of cols)
      m.rows.forEach((src, i) => {
        const cell = m.cells[i]?.[j];
        const from = ipOf(src);
        if (!cell?.ingress.allowed || !from || src === pod) return;
        const p = c.protocol.toLowerCase();
        rules.push({
          chain,
          text: `-A ${chain} -s ${from.ip}/32 -p ${p} -m ${p} --dport ${c.port} -j ACCEPT`,
        });
      });
    rules.push({ chain, text: `-A ${chain} -j DROP` });
    out.set(dst.node, [...(out.get(dst.node) ?? []), ...rules]);
  }
  return out;
}
