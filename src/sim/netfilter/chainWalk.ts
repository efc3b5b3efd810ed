/** Walking a hook's chains as the kernel does: rule by rule, jumps and returns, until a target decides or the built-in chain's policy (ACCEPT) does. */
import type { MatchContext, Rule, RuleTarget } from './rules';
import type { ChainMap } from './kubeProxy';
import type { NetfilterRuleStep } from '../trace/traceTypes';

/** What a hook's traversal decided. */
export interface ChainVerdict {
  /** Every rule that matched, in order (jumps, marks and returns included). */
  readonly steps: readonly NetfilterRuleStep[];
  /** The target that ended the traversal; undefined when the built-in chain's policy accepted. */
  readonly target?: RuleTarget;
  /** Whether the masquerade mark is set afterwards. */
  readonly marked: boolean;
}

/** Traverses `chain` of `table` for a packet: what matched and what decided. */
export function walkChain(table: ChainMap, chain: string, ctx: MatchContext): ChainVerdict {
  const steps: NetfilterRuleStep[] = [];
  let marked = ctx.marked;
  const view = (): MatchContext => ({ ...ctx, marked });
  const visit = (name: string, depth: number): RuleTarget | 'return' | undefined => {
    for (const r of table.get(name) ?? ([] as Rule[])) {
      const c = view();
      if (!r.matches.every((m) => m.test(c))) continue;
      steps.push({ chain: r.chain, rule: r.text });
      const t = r.target;
      if (t.kind === 'jump') {
        if (depth > 16 || !table.has(t.chain)) continue;
        const inner = visit(t.chain, depth + 1);
        if (inner !== undefined && inner !== 'return') return inner;
        continue;
      }
      if (t.kind === 'return') return 'return';
      if (t.kind === 'mark') marked = true;
      else if (t.kind === 'unmark') marked = false;
      else return t;
    }
    return undefined;
  };
  const end = visit(chain, 0);
  return {
    steps,
    ...(end !== undefined && end !== 'return' ? { target: end } : {}),
    marked,
  };
}
