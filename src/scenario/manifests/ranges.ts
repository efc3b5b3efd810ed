/** The smallest ranges that cover a real cluster's addresses: the pod network, the node network, the service range. */
import {
  broadcastOf,
  cidrSize,
  formatIpv4,
  parseCidr,
  parseIpv4,
  type ParsedCidr,
} from '../../sim';

/** What a covering range must also allow. */
interface Needs {
  /** The addresses themselves may not be the range's network or broadcast address. */
  readonly hosts?: boolean;
  /** Free host addresses left beside the given ones (for the external client and the gateway). */
  readonly spare?: number;
}

/** The smallest CIDR holding every interval [lo, hi], meeting `needs`; null when there is nothing to cover. */
export function smallestCovering(
  intervals: readonly (readonly [number, number])[],
  needs: Needs = {},
): ParsedCidr | null {
  if (intervals.length === 0) return null;
  const lo = Math.min(...intervals.map((i) => i[0]));
  const hi = Math.max(...intervals.map((i) => i[1]));
  const used = new Set(intervals.filter((i) => i[0] === i[1]).map((i) => i[0]));
  for (let prefix = 32; prefix >= 0; prefix--) {
    const size = 2 ** (32 - prefix);
    const base = Math.floor(lo / size) * size;
    if (hi > base + size - 1) continue;
    const range = { base, prefix };
    if (needs.hosts) {
      if (prefix > 30) continue;
      if (used.has(base) || used.has(broadcastOf(range))) continue;
    }
    if (needs.spare !== undefined && cidrSize(range) - 2 - used.size < needs.spare) continue;
    return range;
  }
  return null;
}

/** Intervals of addresses ("10.0.0.5") and ranges ("10.244.1.0/24"); unreadable ones are skipped (the scenario gate reports them). */
export function intervalsOf(
  addresses: readonly (string | undefined)[],
  ranges: readonly (string | undefined)[] = [],
): [number, number][] {
  const out: [number, number][] = [];
  for (const a of addresses) {
    const ip = a === undefined ? null : parseIpv4(a);
    if (ip !== null) out.push([ip, ip]);
  }
  for (const r of ranges) {
    const c = r === undefined ? null : parseCidr(r);
    if (c) out.push([c.base, broadcastOf(c)]);
  }
  return out;
}

/** A free host address of a range: the first one from `from` (an offset) that nobody holds. */
export function freeHost(
  range: ParsedCidr,
  taken: ReadonlySet<number>,
  from: number,
): string | null {
  const last = broadcastOf(range) - 1;
  for (let ip = range.base + Math.max(1, from); ip <= last; ip++)
    if (!taken.has(ip)) return formatIpv4(ip);
  for (let ip = range.base + 1; ip <= last; ip++) if (!taken.has(ip)) return formatIpv4(ip);
  return null;
}
