/**
 * The one random choice in kube-proxy's rules, made the simulation's (pure): `-m statistic --mode
 * random` picks a Service endpoint at random in the kernel, while the simulation picks one from the
 * flow (or as pinned). For a case, the KUBE-SVC/KUBE-SVL chain the trace went through gets the
 * jump to the trace's KUBE-SEP chain first and unconditional, so the kernel takes the same endpoint;
 * every other rule stays as the simulation printed it.
 */
import type { Trace } from '../../src/sim/trace/traceTypes';

/** The (chain, KUBE-SEP target) pairs where the trace's packets picked an endpoint, per node. */
export function endpointPicks(trace: Trace): Map<string, { chain: string; sep: string }[]> {
  const out = new Map<string, { chain: string; sep: string }[]>();
  for (const hop of trace.hops) {
    for (const step of hop.netfilter?.rules ?? []) {
      const sep = / -j (KUBE-SEP-\w+)/.exec(step.rule)?.[1];
      if (!sep || !/^KUBE-SV[CL]-/.test(step.chain)) continue;
      const list = out.get(hop.node) ?? [];
      if (!list.some((p) => p.chain === step.chain)) list.push({ chain: step.chain, sep });
      out.set(hop.node, list);
    }
  }
  return out;
}

/** The rules text with each pick made first and unconditional in its chain. */
export function pinEndpoints(
  rules: string,
  picks: readonly { chain: string; sep: string }[],
): string {
  let lines = rules.split('\n');
  for (const { chain, sep } of picks) {
    const first = lines.findIndex((l) => l.startsWith(`-A ${chain} `));
    const at = lines.findIndex((l) => l.startsWith(`-A ${chain} `) && l.endsWith(`-j ${sep}`));
    if (first < 0 || at < 0) continue;
    const pinned = (lines[at] ?? '').replace(/ -m statistic --mode random --probability \S+/, '');
    lines = lines.filter((_, i) => i !== at);
    lines.splice(first, 0, pinned);
  }
  return lines.join('\n');
}
