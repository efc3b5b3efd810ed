/** A lesson's closing check: conditions over the learner's cluster and the packets they sent, read from the simulator. */
import type { Network, Trace } from '../sim';
import type { Scenario } from '../scenario/types';
import type { Condition } from './types';

type TraceCondition = Extract<Condition, { kind: 'trace' }>;
type PodsCondition = Extract<Condition, { kind: 'pods' }>;

/** How far a trace travels from where it starts: within the sender's namespace, its node, or across nodes. */
function scopeOf(net: Network, trace: Trace): 'pod' | 'node' | 'nodes' | null {
  const first = trace.hops[0];
  if (!first) return null;
  if (trace.hops.some((h) => h.node !== first.node)) return 'nodes';
  const stays = trace.hops.every(
    (h) =>
      h.netns === first.netns &&
      (h.device === undefined || net.devices.get(h.device)?.kind === 'loopback'),
  );
  return stays ? 'pod' : 'node';
}

/** Whether the request reached a listening socket of the given pod, container or node. */
function deliveredTo(
  net: Network,
  trace: Trace,
  want: NonNullable<TraceCondition['deliveredTo']>,
): boolean {
  const podNetns = want.pod ? net.pods.find((p) => p.id === want.pod)?.netns : undefined;
  if (want.pod && !podNetns) return false;
  return trace.hops.some(
    (h) =>
      h.leg === 'request' &&
      h.action === 'deliver' &&
      (podNetns === undefined || h.netns === podNetns) &&
      (want.container === undefined || h.container === want.container) &&
      (want.node === undefined || h.node === want.node),
  );
}

/** Whether one trace shows everything a trace condition asks for. */
export function traceMatches(net: Network, trace: Trace, c: TraceCondition): boolean {
  const req = trace.request;
  if (c.outcome && trace.outcome.kind !== c.outcome) return false;
  if (c.protocols && !c.protocols.includes(req.protocol)) return false;
  if (c.from) {
    const from =
      req.from.kind === 'container' || req.from.kind === 'external'
        ? req.from.kind
        : req.from.agent;
    if (from !== c.from) return false;
  }
  if (c.to && !c.to.includes(req.to.kind)) return false;
  if (c.scope && scopeOf(net, trace) !== c.scope) return false;
  if (c.scope === 'pod' && req.from.kind !== 'container') return false;
  if (c.fromPod && (req.from.kind !== 'container' || req.from.pod !== c.fromPod)) return false;
  if (c.encapsulated !== undefined && trace.hops.some((h) => h.headers.outer) !== c.encapsulated)
    return false;
  return !c.deliveredTo || deliveredTo(net, trace, c.deliveredTo);
}

/** Whether enough pods fit a pods condition. */
function podsMatch(s: Scenario, c: PodsCondition): boolean {
  const n = s.cluster.pods.filter(
    (p) =>
      (c.pod === undefined || `${p.namespace}/${p.name}` === c.pod) &&
      (c.node === undefined || p.node === c.node) &&
      (c.minContainers === undefined || p.containers.length >= c.minContainers) &&
      (c.maxContainers === undefined || p.containers.length <= c.maxContainers),
  ).length;
  return n >= c.count;
}

/** Whether a condition holds for a scenario, its network and the traces of the packets shown. */
export function conditionMet(
  c: Condition,
  s: Scenario,
  net: Network,
  traces: readonly Trace[],
): boolean {
  switch (c.kind) {
    case 'container-failed':
      return net.pods.some((p) => p.failures.length > 0 && (c.pod === undefined || p.id === c.pod));
    case 'pods':
      return podsMatch(s, c);
    case 'trace':
      return traces.some((t) => traceMatches(net, t, c));
  }
}

/** The conditions met now, added to those met before (a condition once met stays met). */
export function latch(
  conditions: readonly Condition[],
  before: readonly boolean[],
  s: Scenario,
  net: Network,
  traces: readonly Trace[],
): boolean[] {
  return conditions.map((c, i) => before[i] === true || conditionMet(c, s, net, traces));
}
