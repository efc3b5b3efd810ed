/** Predict, then reveal: questions generated from a trace at a hop, with plausible wrong answers, and their grading. */
import type { Network, Trace } from '../../sim';
import type { CNI_QUESTION_KINDS } from '../schema';
import type { QuestionKind } from '../types';
import { distractors } from './distractors';
import { valueLabel, type Label } from './labels';
import { seededRandom, shuffled } from './rng';
import { canAsk, decisionHop, valueAt } from './truth';

/** One answer to choose. */
export interface PredictOption {
  /** The raw value compared with the trace: a device id, an address, a TTL, "yes"/"no", an outcome kind. */
  readonly value: string;
  /** How it is shown. */
  readonly label: Label;
}

/** A question about a hop, asked while the packet rests at the hop before it. */
export interface Question {
  /** What it asks. */
  readonly kind: QuestionKind | (typeof CNI_QUESTION_KINDS)[number];
  /** The hop it asks about (the packet waits at hop − 1). */
  readonly hop: number;
  /** The question text. */
  readonly prompt: Label;
  /** The choices in a fixed order drawn from the trace: the answer and up to three wrong ones. */
  readonly options: readonly PredictOption[];
  /** The value of the right option. */
  readonly answer: string;
}

/** Where to ask about a trace: a hop and a kind of question. */
export interface QuestionPoint {
  /** The hop asked about. */
  readonly hop: number;
  /** The kind of question. */
  readonly kind: QuestionKind;
}

/** How many choices a question shows at most. */
export const MAX_OPTIONS = 4;

/** The seed text of a question: the request and the hop, so the same trace always asks alike. */
function seedOf(trace: Trace, hop: number, kind: string): string {
  return `${JSON.stringify(trace.request)}|${trace.hops.length}|${hop}|${kind}`;
}

/** The question of a kind before a hop, or null when the hop cannot answer it or no wrong answer exists. */
export function questionAt(
  net: Network,
  trace: Trace,
  hop: number,
  kind: QuestionKind,
): Question | null {
  if (!canAsk(trace, hop, kind)) return null;
  const answer = valueAt(trace, hop, kind);
  if (answer === undefined) return null;
  const rand = seededRandom(seedOf(trace, hop, kind));
  // The most telling wrong answer always stays (TTL unchanged, the far node, the final pod's MAC …);
  // the others are drawn from the rest.
  const [first, ...rest] = distractors(net, trace, hop, kind, answer);
  if (first === undefined) return null;
  const wrong = [first, ...shuffled(rest, rand).slice(0, MAX_OPTIONS - 2)];
  const values = shuffled([answer, ...wrong], rand);
  return {
    kind,
    hop,
    prompt: { key: `predict.ask.${kind}`, params: {} },
    options: values.map((value) => ({ value, label: valueLabel(net, kind, value) })),
    answer,
  };
}

/** Whether a chosen value is the right answer. */
export function grade(q: Question, value: string): boolean {
  return value === q.answer;
}

/** The hops of the request leg worth a question, with the kind that fits each (before filtering by the cluster). */
function candidates(trace: Trace): QuestionPoint[] {
  const out: QuestionPoint[] = [];
  const seen = new Set<string>();
  const once = (hop: number, kind: QuestionKind, tag: string) => {
    if (seen.has(tag) || !canAsk(trace, hop, kind)) return;
    seen.add(tag);
    out.push({ hop, kind });
  };
  for (const h of trace.hops) {
    // the reply's reverse NAT is the one reply hop worth asking about: who does the client hear from?
    if (h.action === 'unnat') once(h.index, 'srcIp', 'unnat');
    if (h.leg !== 'request' || h.index === 0) continue;
    const prev = trace.hops[h.index - 1];
    // the sender's neighbour lookup: ARP on a cold cache, none once the cache holds the gateway
    if (h.action === 'route') once(h.index, 'arp', 'route');
    if (h.action === 'loopback') once(h.index, 'device', 'loopback');
    else if (h.action === 'arp') once(h.index, 'dstMac', 'arp');
    else if (h.action === 'bridge') once(h.index, 'ttl', 'bridge');
    else if (h.action === 'forward' && prev?.action !== 'forward') once(h.index, 'ttl', 'forward');
    else if (h.action === 'encapsulate') once(h.index, 'encapsulated', 'encapsulate');
    else if (h.action === 'wire' && !h.headers.outer) once(h.index, 'dstIp', 'wire');
    else if (h.action === 'veth' && prev?.action === 'arp') once(h.index, 'device', 'veth');
    else if (h.action === 'dnat') once(h.index, 'dstIp', 'dnat');
    else if (h.action === 'snat') once(h.index, 'srcIp', 'snat');
  }
  return out;
}

/**
 * Where prediction mode stops a trace: the hop that decides how it ends, and up to two more of the
 * telling hops (loopback, ARP, bridge, forward, encapsulation, the wire, NAT), chosen by a seed drawn from
 * the trace; in hop order.
 */
export function questionPoints(net: Network, trace: Trace, max = 3): QuestionPoint[] {
  const rand = seededRandom(seedOf(trace, -1, 'points'));
  const decide = decisionHop(trace);
  const fixed: QuestionPoint[] = decide > 0 ? [{ hop: decide, kind: 'outcome' }] : [];
  const rest = shuffled(candidates(trace), rand).slice(0, Math.max(0, max - fixed.length));
  return [...rest, ...fixed]
    .filter((p) => questionAt(net, trace, p.hop, p.kind) !== null)
    .sort((a, b) => a.hop - b.hop);
}
