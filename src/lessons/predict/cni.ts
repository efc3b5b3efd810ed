/** Predict, then reveal, for pod creation (C11): which address host-local hands out next, and whether the bridge plugin creates cni0 now. */
import { hostLocalRange } from '../../sim/cni/hostLocal';
import type { CniStep, NodeCniState } from '../../sim/cni/types';
import { formatIpv4, parseIpv4 } from '../../sim/model/ipv4';
import type { CNI_QUESTION_KINDS } from '../schema';
import type { Question } from './questions';
import { seededRandom, shuffled } from './rng';

/** What a CNI question asks. */
export type CniQuestionKind = (typeof CNI_QUESTION_KINDS)[number];

/** The step a question is about (the trace waits at the one before): host-local's allocation, or the bridge plugin's first step; -1 when the trace has none. */
export function cniQuestionStep(trace: readonly CniStep[], kind: CniQuestionKind): number {
  if (kind === 'nextIp') return trace.findIndex((s) => s.kind === 'ipam-allocate' && s.ip);
  return trace.findIndex((s) => s.actor === 'bridge');
}

/** The node range the delegated configuration hands to host-local. */
function subnetOf(trace: readonly CniStep[]): string | undefined {
  const text = trace.find((s) => s.kind === 'delegate')?.text;
  if (!text) return undefined;
  try {
    const conf = JSON.parse(text) as { ipam?: { ranges?: { subnet?: string }[][] } };
    return conf.ipam?.ranges?.[0]?.[0]?.subnet;
  } catch {
    return undefined;
  }
}

/**
 * Addresses the node's host-local state proves wrong: the lowest free one (host-local goes on after
 * last_reserved_ip, not back to a freed one), last_reserved_ip itself, the gateway (never handed
 * out), an address another pod holds, and the one after the answer.
 */
function wrongIps(before: NodeCniState, subnet: string, answer: string): string[] {
  const range = hostLocalRange(subnet);
  if (!range) return [];
  const taken = new Set(before.leases.map((l) => l.ip as string));
  let lowest: string | undefined;
  for (let n = range.start; n <= range.end && lowest === undefined; n++)
    if (n !== range.gateway && !taken.has(formatIpv4(n))) lowest = formatIpv4(n);
  const after = (parseIpv4(answer) ?? 0) + 1;
  const out = [
    lowest,
    before.lastReserved,
    formatIpv4(range.gateway),
    ...before.leases.map((l) => l.ip),
    after <= range.end ? formatIpv4(after) : undefined,
  ];
  return [...new Set(out.filter((ip): ip is string => ip !== undefined && ip !== answer))];
}

/** The question of a kind about a CNI ADD, from its trace and the node's state before it; null when it cannot be asked. */
export function cniQuestionAt(
  trace: readonly CniStep[],
  before: NodeCniState,
  kind: CniQuestionKind,
): Question | null {
  const hop = cniQuestionStep(trace, kind);
  if (hop < 1) return null;
  const prompt = { key: `predict.ask.${kind}` as const, params: {} };
  if (kind === 'bridge') {
    const answer = trace[hop]?.kind === 'create-bridge' ? 'yes' : 'no';
    const options = ['yes', 'no'].map((value) => ({
      value,
      label: { key: `predict.cni.bridge.${value}` as const, params: {} },
    }));
    return { kind, hop, prompt, options, answer };
  }
  const answer = trace[hop]?.ip;
  const subnet = subnetOf(trace);
  if (!answer || !subnet) return null;
  const [first, ...rest] = wrongIps(before, subnet, answer);
  if (first === undefined) return null;
  const rand = seededRandom(`${answer}|${before.leases.length}|${kind}`);
  const values = shuffled([answer, first, ...rest.slice(0, 2)], rand);
  return {
    kind,
    hop,
    prompt,
    options: values.map((ip) => ({ value: ip, label: { key: 'predict.cni.ip', params: { ip } } })),
    answer,
  };
}
