/** Reads `conntrack -L` into the simulation's ConntrackEntry shape, and compares the two tables. */
import type { Ipv4, NetnsId } from '../../src/sim/model/types';
import type { ConntrackEntry, Trace } from '../../src/sim/trace/traceTypes';
import type { Row } from './compare';

/** A kernel entry: the simulation's shape plus what only the kernel knows. */
export interface KernelConntrackEntry extends ConntrackEntry {
  /** Seconds left before the entry expires (random for the comparison's purpose). */
  readonly timeout: number;
  /** TCP state (SYN_SENT, ESTABLISHED, TIME_WAIT, …); absent for UDP and ICMP. */
  readonly state?: string;
  /** Status flags as printed: ASSURED, UNREPLIED. */
  readonly flags: readonly string[];
}

type Tuple = ConntrackEntry['original'];

const PROTOCOLS: Readonly<Record<string, ConntrackEntry['protocol']>> = {
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
};

/**
 * Parses one `conntrack -L` line. The two tuples are the first and second runs of `src= dst=`
 * followed by `sport= dport=` (TCP, UDP) or `type= code= id=` (ICMP, read as sport = id and
 * dport = 0, the way the kernel's tuple keeps the echo id as its only port-like field). Null for a
 * line that is no entry (the "flow entries have been shown" summary, blank lines).
 */
export function parseConntrackLine(line: string): KernelConntrackEntry | null {
  const text = line.trim().replace(/\s+/g, ' ');
  const head = /^(\w+) \d+ (\d+) (?:([A-Z_]+) )?src=/.exec(text);
  const protocol = head ? PROTOCOLS[head[1] ?? ''] : undefined;
  if (!head || protocol === undefined) return null;
  const pairs = [...text.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  const tuples: Record<string, string>[] = [];
  for (const [k, v] of pairs) {
    if (k === 'src') tuples.push({});
    const t = tuples[tuples.length - 1];
    if (t && tuples.length <= 2 && !(k in t)) t[k] = v;
  }
  const [o, r] = tuples;
  if (!o || !r) return null;
  const tuple = (t: Record<string, string>): Tuple => ({
    src: (t.src ?? '') as Ipv4,
    dst: (t.dst ?? '') as Ipv4,
    sport: Number(protocol === 'icmp' ? t.id : t.sport),
    dport: protocol === 'icmp' ? 0 : Number(t.dport),
  });
  const flags = [...text.matchAll(/\[([A-Z]+)\]/g)].map((m) => m[1] ?? '');
  return {
    protocol,
    original: tuple(o),
    reply: tuple(r),
    text,
    timeout: Number(head[2]),
    ...(head[3] === undefined ? {} : { state: head[3] }),
    flags,
  };
}

/** Parses the whole of `conntrack -L` output (stdout). */
export function parseConntrack(output: string): KernelConntrackEntry[] {
  return output.split('\n').flatMap((l) => {
    const e = parseConntrackLine(l);
    return e ? [e] : [];
  });
}

/** Whether an entry rewrote anything: its reply tuple is not the original one mirrored. */
export function isNatted(e: ConntrackEntry): boolean {
  const o = e.original;
  const r = e.reply;
  if (e.protocol === 'icmp') return r.src !== o.dst || r.dst !== o.src || r.sport !== o.sport;
  return r.src !== o.dst || r.dst !== o.src || r.sport !== o.dport || r.dport !== o.sport;
}

/**
 * The conntrack entries a trace records, per namespace: its table at the end of the trace
 * (`Trace.conntrack`), else each hop's entry once (a dnat hop and its unnat hop share one).
 */
export function simConntrack(trace: Trace): Map<NetnsId, ConntrackEntry[]> {
  const out = new Map<NetnsId, ConntrackEntry[]>();
  if (trace.conntrack) {
    for (const r of trace.conntrack) out.set(r.netns, [...(out.get(r.netns) ?? []), r.entry]);
    return out;
  }
  for (const hop of trace.hops) {
    const e = hop.netfilter?.conntrack;
    if (!e) continue;
    const list = out.get(hop.netns) ?? [];
    if (!list.some((x) => sameOriginal(x, e))) list.push(e);
    out.set(hop.netns, list);
  }
  return out;
}

const sameOriginal = (a: ConntrackEntry, b: ConntrackEntry): boolean =>
  a.protocol === b.protocol &&
  a.original.src === b.original.src &&
  a.original.dst === b.original.dst &&
  a.original.dport === b.original.dport &&
  (a.protocol === 'icmp' || a.original.sport === b.original.sport);

/**
 * An entry with the random parts named: the client's port (original sport, and reply dport when no
 * source NAT moved it) and a masquerade port (reply dport after SNAT) become placeholders resolved
 * through `bind` — the same simulated port must always meet the same kernel port — and the ICMP id
 * is dropped. Timeout, state and flags are left out: they say when the table was read, not what
 * it holds.
 */
export function tupleText(
  e: ConntrackEntry,
  port: (value: number, role: 'client' | 'masquerade') => string,
): string {
  const o = e.original;
  const r = e.reply;
  const icmp = e.protocol === 'icmp';
  const ports = (sport: string, dport: string): string =>
    icmp ? '' : ` sport=${sport} dport=${dport}`;
  const client = port(o.sport, 'client');
  const back = r.dport === o.sport && r.dst === o.src ? client : port(r.dport, 'masquerade');
  return [
    `${e.protocol} src=${o.src} dst=${o.dst}${ports(client, String(o.dport))}`,
    `src=${r.src} dst=${r.dst}${ports(String(r.sport), back)}`,
  ].join(' ');
}

/**
 * Compares one namespace's table: every simulated entry must be in the kernel's (tuple for tuple,
 * random ports bound consistently through `bindings`, shared with the header comparison), and every
 * kernel entry that rewrote an address or port must be in the simulation's. Kernel entries that
 * only tracked a connection (no NAT) are counted, not required of the simulation.
 */
export function conntrackRows(
  where: string,
  sim: readonly ConntrackEntry[],
  kernel: readonly KernelConntrackEntry[],
  bindings: Map<string, string>,
): Row[] {
  const rows: Row[] = [];
  const simText = (e: ConntrackEntry): string =>
    tupleText(e, (v, role) => `<${role === 'client' ? 'eph' : 'masq'}:${v}>`);
  const used = new Set<KernelConntrackEntry>();
  for (const e of sim) {
    const want = simText(e);
    // a kernel entry matches when its text equals the simulated one once each placeholder takes
    // the kernel value it is bound to (or any value, for a placeholder not bound yet)
    const match = kernel.find((k) => !used.has(k) && unify(want, kernelText(k), bindings));
    if (match) used.add(match);
    rows.push({
      what: `conntrack @ ${where} ${e.protocol} ${e.original.dst}:${e.original.dport}`,
      sim: want,
      kernel: match ? kernelText(match) : kernelSummary(kernel),
      ok: match !== undefined,
    });
    if (match && e.text !== '')
      rows.push({
        what: `conntrack @ ${where} ${e.protocol} ${e.original.dst}:${e.original.dport} printed as conntrack -L`,
        sim: layoutOf(e.text),
        kernel: layoutOf(match.text),
        ok: layoutOf(e.text) === layoutOf(match.text),
      });
  }
  const extra = kernel.filter((k) => !used.has(k));
  for (const k of extra.filter(isNatted))
    rows.push({
      what: `conntrack @ ${where} not simulated`,
      sim: 'no such entry',
      kernel: k.text,
      ok: false,
    });
  const plain = extra.filter((k) => !isNatted(k)).length;
  if (sim.length > 0 || plain > 0)
    rows.push({
      what: `conntrack @ ${where} entries`,
      sim: `${sim.length} with NAT`,
      kernel: `${used.size} matched, ${plain} tracked without NAT`,
      ok: true,
    });
  return rows;
}

const kernelText = (k: ConntrackEntry): string => tupleText(k, (v) => String(v));

/**
 * A `conntrack -L` line's layout: its fields in order with every number written N, the TCP state
 * and the status flags left out (they say when the table was read: SYN_SENT and [UNREPLIED]
 * before the answer, TIME_WAIT after nc closed), spaces collapsed.
 */
export function layoutOf(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ [A-Z_]{4,} (?=src=)/, ' ')
    .replace(/ \[(?:ASSURED|UNREPLIED)\]/g, '')
    .replace(/\d+/g, 'N')
    .trim();
}

const kernelSummary = (kernel: readonly KernelConntrackEntry[]): string =>
  kernel.length === 0 ? 'no entries' : `not among: ${kernel.map(kernelText).join(' / ')}`;

/**
 * Whether `pattern` (with `<eph:N>` / `<masq:N>` placeholders) reads as `text`, binding each
 * placeholder to the kernel's number; records new bindings only when the whole text agrees.
 */
export function unify(pattern: string, text: string, bindings: Map<string, string>): boolean {
  const names: string[] = [];
  const source = pattern
    .split(/(<(?:eph|masq):\d+>)/)
    .map((part) => {
      const m = /^<(eph|masq):(\d+)>$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(`eph:${m[2] ?? ''}`);
      return '(\\d+)';
    })
    .join('');
  const found = new RegExp(`^${source}$`).exec(text);
  if (!found) return false;
  const fresh = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    const value = found[i + 1] ?? '';
    const bound = bindings.get(name) ?? fresh.get(name);
    if (bound !== undefined && bound !== value) return false;
    fresh.set(name, value);
  }
  for (const [k, v] of fresh) bindings.set(k, v);
  return true;
}
