/** Compares a simulated trace with what the kernel did: interfaces crossed, headers on each, outcome. */
import type { Network } from '../../src/sim/model/networkTypes';
import type { Headers, OutcomeKind, Trace } from '../../src/sim/trace/traceTypes';
import type { DeviceId } from '../../src/sim/model/types';
import { accountingRows } from './accounting';
import { arpCountRows, arpRows, unexpectedInterfaces, unexpectedLegs } from './compareAbsent';
import { crossingsOf, roleOf, servicePorts, type Crossing } from './crossings';
import { describeHeaders, fieldsOf, type FieldKind } from './fields';
import { sourcePortRows } from './vxlanPorts';
import type { CapturedPacket } from './tcpdumpParse';

/** What the client program reported. */
export type KernelOutcome =
  | 'open'
  | 'refused'
  | 'timeout'
  | 'received'
  | 'unreachable'
  /** The sender's own kernel refused to send (EMSGSIZE: larger than the MTU with DF). */
  | 'local-error'
  /** A router answered ICMP time exceeded: the TTL ran out on the way (ping -t). */
  | 'time-exceeded'
  /** The resolver found no address for the name (NXDOMAIN on every name it tried). */
  | 'no-such-name';

/** What the kernel did for one case. */
export interface KernelRun {
  /** The client's verdict (nc or ping). */
  readonly outcome: KernelOutcome;
  /** The client's own words, for the report. */
  readonly clientOutput: string;
  /** Test packets captured on each interface of the cluster. */
  readonly captures: ReadonlyMap<DeviceId, readonly CapturedPacket[]>;
}

/** One row of the side-by-side comparison. */
export interface Row {
  /** What is compared, e.g. "request @ node:node1#eth0 ip.ttl". */
  readonly what: string;
  /** The simulation's value. */
  readonly sim: string;
  /** The kernel's value. */
  readonly kernel: string;
  /** Whether they agree. */
  readonly ok: boolean;
}

/** The result of comparing one case. */
export interface Comparison {
  /** Interfaces compared (sim crossings matched against a capture). */
  readonly hopsCompared: number;
  /** Every row, agreeing or not. */
  readonly rows: readonly Row[];
  /** The rows that disagree; empty when the kernel and the simulation agree. */
  readonly differences: readonly Row[];
}

/** The kernel client verdicts each simulated outcome may show up as. */
export const OUTCOME_MATCHES: Readonly<Record<OutcomeKind, readonly KernelOutcome[]>> = {
  delivered: ['open', 'received'],
  refused: ['refused'],
  unreachable: ['unreachable', 'timeout', 'no-such-name'],
  dropped: ['timeout', 'unreachable', 'local-error', 'time-exceeded'],
  'failed-to-start': [],
  impossible: [],
};

/**
 * The captured packet a crossing stands for: one of its leg on that device, not already taken by
 * another conversation of the trace, preferably of the same protocol and with the same fixed port
 * (the destination port of a request, the source port of a reply), so that a DNS query and the
 * connection after it each meet their own packet; else the first of its leg, whose fields then
 * show what differs.
 */
export function packetFor(
  c: Crossing,
  seen: readonly CapturedPacket[],
  services: ReadonlySet<number>,
  taken: ReadonlyMap<CapturedPacket, number>,
): CapturedPacket | undefined {
  const free = seen.filter((p) => {
    const owner = taken.get(p);
    return (
      p.headers.ip &&
      roleOf(p.headers.l4, services) === c.leg &&
      (owner === undefined || owner === c.exchange)
    );
  });
  const fresh = free.filter((p) => !taken.has(p));
  return (
    fresh.find((p) => samePort(c.headers, p.headers, c.leg)) ??
    free.find((p) => samePort(c.headers, p.headers, c.leg)) ??
    fresh[0] ??
    free[0]
  );
}

function samePort(sim: Headers, kernel: Headers, leg: 'request' | 'reply'): boolean {
  const a = sim.l4;
  const b = kernel.l4;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'icmp' || b.kind === 'icmp')
    return a.kind === b.kind && (a as { type: string }).type === (b as { type: string }).type;
  return leg === 'request' ? a.dport === b.dport : a.sport === b.sport;
}

/**
 * Compares a trace with a kernel run; the differences list is what fails the case. `bindings`
 * (ephemeral and hashed values the kernel chose, by simulated value) is filled in for later
 * comparisons of the same run, such as the conntrack tables.
 */
export function compare(
  trace: Trace,
  network: Network,
  kernel: KernelRun,
  bindings = new Map<string, string>(),
): Comparison {
  const rows: Row[] = [];
  const crossings = crossingsOf(trace, network);
  const times: Record<string, number> = {};
  let hopsCompared = 0;
  const service = servicePorts(trace, crossings);
  const matched = new Map<DeviceId, CapturedPacket[]>();
  const taken = new Map<CapturedPacket, number>();
  for (const c of crossings) {
    const where = `${c.leg} @ ${c.device}${c.exchange === 0 ? '' : ` (exchange ${c.exchange})`}`;
    const seen = kernel.captures.get(c.device) ?? [];
    const pkt = packetFor(c, seen, service, taken);
    if (!pkt) {
      const saw =
        seen.length === 0
          ? 'no test packets'
          : seen.map((p) => describeHeaders(p.headers)).join(' / ');
      rows.push({
        what: `${where} crossed`,
        sim: describeHeaders(c.headers),
        kernel: saw,
        ok: false,
      });
      continue;
    }
    hopsCompared++;
    taken.set(pkt, c.exchange);
    matched.set(c.device, [...(matched.get(c.device) ?? []), pkt]);
    const key = `${c.exchange}:${c.leg}`;
    const inOrder = pkt.time >= (times[key] ?? -Infinity);
    times[key] = Math.max(times[key] ?? -Infinity, pkt.time);
    rows.push({
      what: `${where} in order`,
      sim: `hop ${c.hop}`,
      kernel: `t=${pkt.time}µs`,
      ok: inOrder,
    });
    rows.push(...compareHeaders(where, c, pkt.headers, bindings));
  }
  rows.push(...arpRows(trace, kernel), ...arpCountRows(trace, kernel));
  rows.push(...sourcePortRows(crossings, kernel, service));
  rows.push(
    ...unexpectedInterfaces(crossings, kernel),
    ...unexpectedLegs(crossings, kernel, service),
    ...accountingRows(trace, network, kernel, matched),
  );
  const allowed = OUTCOME_MATCHES[trace.outcome.kind];
  rows.push({
    what: 'outcome',
    sim: trace.outcome.kind,
    kernel: `${kernel.outcome} (${kernel.clientOutput.trim() || 'no output'})`,
    ok: allowed.includes(kernel.outcome),
  });
  return { hopsCompared, rows, differences: rows.filter((r) => !r.ok) };
}

function compareHeaders(
  where: string,
  c: Crossing,
  kernel: Headers,
  bindings: Map<string, string>,
): Row[] {
  const sim = fieldsOf(c.headers, c.leg);
  const ker = fieldsOf(kernel, c.leg);
  const names = [...new Set([...sim.keys(), ...ker.keys()])];
  return names.map((name) => {
    const s = sim.get(name);
    const k = ker.get(name);
    const kind: FieldKind = s?.kind ?? k?.kind ?? 'exact';
    const sv = s?.value ?? '(absent)';
    const kv = k?.value ?? '(absent)';
    let ok = sv === kv;
    if (kind !== 'exact' && s && k) {
      // chosen by the kernel (ephemeral port, VXLAN flow hash): the same sim value must always map
      // to the same kernel value, whatever it is
      const key = kind === 'ephemeral' ? `eph:${sv}` : `${c.leg}:${name}:${sv}`;
      const bound = bindings.get(key);
      if (bound === undefined) bindings.set(key, kv);
      ok = bound === undefined || bound === kv;
    } else if (!ok && s && k && name.endsWith('port')) {
      // a port the client chose, met again where the leg's fixed port would be (the client's own
      // RST to a stray SYN-ACK is on the reply leg but leaves from the client's port)
      const client = bindings.get(`eph:${sv}`);
      ok = client !== undefined && client === kv;
    }
    return { what: `${where} ${name}`, sim: sv, kernel: kv, ok };
  });
}
