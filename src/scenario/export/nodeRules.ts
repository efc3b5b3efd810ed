/**
 * Each node's iptables rules for a recipe (pure): the simulation's nat and filter tables
 * (kube-proxy, flannel's masquerade) as `iptables-restore` input, with the chains that enforce the
 * scenario's NetworkPolicies added to the filter table — the conformance suite's derivation.
 */
import { iptablesRestore } from '../../sim/netfilter/iptablesSave';
import { reachability, type ReachabilityMatrix } from '../../sim/netfilter/reachability';
import { podNetOf } from '../../sim/model/lookup';
import type { Network } from '../../sim/model/networkTypes';
import type { ClusterSpec, PodId } from '../../sim/model/types';

/** A rule line with its chain. */
export interface ChainRule {
  readonly chain: string;
  readonly text: string;
}

/** The chain name for the i-th isolated pod ("PNL-POD-FW-0"). */
export const podChain = (i: number): string => `PNL-POD-FW-${i}`;

/**
 * Per node, the filter rules for the pods isolated for ingress on it, derived from the simulation's
 * verdicts (its reachability matrix) the way kube-router enforces them on a bridge CNI: a chain per
 * isolated pod, jumped to from FORWARD by destination address (routed and, with bridge netfilter,
 * bridged frames alike), accepting replies (conntrack), the allowed sources and ports, dropping the
 * rest. Pods no ingress policy selects get no chain (default allow).
 */
export function policyRules(
  m: ReachabilityMatrix,
  ipOf: (pod: string) => { ip: string; node: string } | undefined,
): Map<string, ChainRule[]> {
  const out = new Map<string, ChainRule[]>();
  let n = 0;
  for (const pod of new Set(m.columns.map((c) => c.pod))) {
    const cols = m.columns.flatMap((c, j) => (c.pod === pod ? [{ c, j }] : []));
    const isolated = cols.some(({ j }) =>
      m.cells.some((row) => (row[j]?.ingress.policies.length ?? 0) > 0),
    );
    const dst = ipOf(pod);
    if (!isolated || !dst) continue;
    const chain = podChain(n++);
    const rules: ChainRule[] = [
      {
        chain: 'FORWARD',
        text: `-A FORWARD -d ${dst.ip}/32 -m comment --comment "pnl: ingress policy of ${pod}" -j ${chain}`,
      },
      { chain, text: `-A ${chain} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT` },
    ];
    for (const { c, j } of cols)
      m.rows.forEach((src, i) => {
        const from = ipOf(src);
        if (!m.cells[i]?.[j]?.ingress.allowed || !from || src === pod) return;
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

/**
 * iptables-restore input with more filter rules: their new chains declared after the filter
 * table's chain lines, their rules appended before its COMMIT.
 */
export function withFilterRules(text: string, extra: readonly ChainRule[]): string {
  if (extra.length === 0) return text;
  const lines = text.split('\n');
  const start = lines.indexOf('*filter');
  if (start < 0) {
    const filter = [
      '*filter',
      ':INPUT ACCEPT [0:0]',
      ':FORWARD ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
    ];
    return withFilterRules(`${text}${[...filter, 'COMMIT'].join('\n')}\n`, extra);
  }
  const commit = lines.indexOf('COMMIT', start);
  const declared = new Set(
    lines
      .slice(start, commit)
      .flatMap((l) => (l.startsWith(':') ? [l.slice(1).split(' ')[0]] : [])),
  );
  const chains = [...new Set(extra.map((r) => r.chain))].filter((c) => !declared.has(c));
  const at =
    Math.max(
      lines.slice(0, commit).findLastIndex((l) => l.startsWith(':')),
      start,
    ) + 1;
  const out = [...lines.slice(0, commit), ...extra.map((r) => r.text), ...lines.slice(commit)];
  out.splice(at, 0, ...chains.map((c) => `:${c} - [0:0]`));
  return out.join('\n');
}

/** Per node name, the rules to install (`iptables-restore` input): the simulation's tables and the policy chains. */
export function nodeRules(cluster: ClusterSpec, network: Network): Map<string, string> {
  const ipOf = (pod: string): { ip: string; node: string } | undefined => {
    const p = podNetOf(network, pod as PodId);
    return p ? { ip: p.ip, node: p.node } : undefined;
  };
  const policy =
    (cluster.networkPolicies ?? []).length > 0
      ? policyRules(reachability(cluster), ipOf)
      : new Map<string, ChainRule[]>();
  return new Map(
    cluster.nodes.map((n) => [
      n.name,
      withFilterRules(iptablesRestore(cluster, n.name), policy.get(n.name) ?? []),
    ]),
  );
}
