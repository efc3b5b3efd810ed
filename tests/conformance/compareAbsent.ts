/** Differences of absence: ARP exchanges, interfaces and legs that one side shows and the other does not. */
import type { Trace } from '../../src/sim/trace/traceTypes';
import type { DeviceId } from '../../src/sim/model/types';
import type { KernelRun, Row } from './compare';
import { arpExpectationsOf, roleOf, type Crossing } from './crossings';
import { describeHeaders } from './fields';
import type { CapturedPacket } from './tcpdumpParse';

const isTestPacket = (p: CapturedPacket): boolean => p.headers.ip !== undefined;

/** Test packets on an interface the trace never crosses. */
export function unexpectedInterfaces(crossings: readonly Crossing[], kernel: KernelRun): Row[] {
  const expected = new Set(crossings.map((c) => c.device));
  const quiet = [...kernel.captures.keys()].filter((d) => !expected.has(d));
  const rows: Row[] = [];
  for (const [device, packets] of kernel.captures) {
    const ip = packets.filter(isTestPacket);
    if (expected.has(device) || ip.length === 0) continue;
    rows.push({
      what: `not crossed @ ${device}`,
      sim: 'no packet',
      kernel: `${ip.length} packet(s), first: ${ip[0] ? describeHeaders(ip[0].headers) : ''}`,
      ok: false,
    });
  }
  if (rows.length === 0 && quiet.length > 0)
    rows.push({
      what: 'interfaces not crossed',
      sim: `${quiet.length} without packets`,
      kernel: `${quiet.length} without packets`,
      ok: true,
    });
  return rows;
}

/** A leg (request or reply) the kernel shows anywhere while the trace has none: e.g. an ICMP error. */
export function unexpectedLegs(
  crossings: readonly Crossing[],
  kernel: KernelRun,
  service?: number | ReadonlySet<number>,
): Row[] {
  const rows: Row[] = [];
  for (const leg of ['request', 'reply'] as const) {
    if (crossings.some((c) => c.leg === leg)) continue;
    const seen = [...kernel.captures].flatMap(([device, packets]) =>
      packets
        .filter((p) => isTestPacket(p) && roleOf(p.headers.l4, service) === leg)
        .map((p) => ({ device, p })),
    );
    const first = seen.sort((a, b) => a.p.time - b.p.time)[0];
    if (first)
      rows.push({
        what: `${leg} leg`,
        sim: 'none',
        kernel: `${describeHeaders(first.p.headers)} first @ ${first.device}`,
        ok: false,
      });
  }
  return rows;
}

/** The trace's ARP exchanges against the ARP requests and replies captured on the same device. */
export function arpRows(trace: Trace, kernel: KernelRun): Row[] {
  return arpExpectationsOf(trace).map((a) => {
    const arp = (kernel.captures.get(a.device) ?? []).flatMap((p) =>
      p.headers.arp ? [p.headers.arp] : [],
    );
    const asked = arp.filter((x) => x.op === 'request' && x.targetIp === a.targetIp);
    const answer = arp.find((x) => x.op === 'reply' && x.senderIp === a.targetIp);
    const sim = `who-has ${a.targetIp} tell ${a.senderIp}; ${a.answer === undefined ? 'no answer' : `is-at ${a.answer}`}`;
    const kernelText =
      asked.length === 0
        ? `no ARP request for ${a.targetIp}`
        : `who-has ${a.targetIp} tell ${asked[0]?.senderIp ?? ''}; ${answer ? `is-at ${answer.senderMac}` : 'no answer'}`;
    return {
      what: `arp @ ${a.device} (hop ${a.hop})`,
      sim,
      kernel: kernelText,
      ok: sim === kernelText,
    };
  });
}

/**
 * How many times each answered ARP exchange happens: the trace's answered `arp` hops per device and
 * address against the ARP replies captured there. A cache keeps an answer, so a second exchange
 * for the same address in one trace (a second DNS query, a later connection) is one the kernel
 * does not make.
 */
export function arpCountRows(trace: Trace, kernel: KernelRun): Row[] {
  const sim = new Map<string, number>();
  for (const a of arpExpectationsOf(trace))
    if (a.answer !== undefined) {
      const key = `${a.device} ${a.targetIp}`;
      sim.set(key, (sim.get(key) ?? 0) + 1);
    }
  const rows: Row[] = [];
  for (const [key, count] of sim) {
    const [device = '', target = ''] = key.split(' ');
    const replies = (kernel.captures.get(device as DeviceId) ?? []).filter(
      (p) => p.headers.arp?.op === 'reply' && p.headers.arp.senderIp === target,
    ).length;
    if (count > 1 || replies > 1)
      rows.push({
        what: `arp exchanges @ ${device} for ${target}`,
        sim: String(count),
        kernel: String(replies),
        ok: count === replies,
      });
  }
  return rows;
}
