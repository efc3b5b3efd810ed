/**
 * Accounts for every frame captured on every interface: each one is a compared packet, a repeat or
 * the rest of its TCP connection, a frame of one of the trace's ARP exchanges, or provably not
 * test traffic. Any other frame is a failing row naming the interface, the frame and why.
 */
import type { Network } from '../../src/sim/model/networkTypes';
import type { ArpExchange, Trace } from '../../src/sim/trace/traceTypes';
import type { DeviceId } from '../../src/sim/model/types';
import type { KernelRun, Row } from './compare';
import { roleOf } from './crossings';
import { describeHeaders } from './fields';
import type { CapturedPacket } from './tcpdumpParse';

/** The packets the comparison matched with a trace crossing, per device. */
export type Matched = ReadonlyMap<DeviceId, readonly CapturedPacket[]>;

/**
 * Frames that are provably not the test's, and why. IPv6 is disabled in every namespace (netnsPlan)
 * and the test is IPv4 only, so an IPv6 frame (router solicitation, MLD, neighbour discovery) is a
 * namespace's own chatter; IGMP is the bridge's multicast membership reports, which no trace has.
 */
export function notTestTraffic(p: CapturedPacket): string | null {
  if (p.ethertype === 'IPv6') return 'IPv6 (the test is IPv4 only)';
  if (p.ethertype === 'IPv4' && / proto IGMP \(2\)/.test(p.raw)) return 'IGMP (bridge multicast)';
  return null;
}

/** An ARP frame in tcpdump's words, for the report. */
export function describeArp(p: CapturedPacket): string {
  const a = p.headers.arp;
  const eth = p.headers.eth;
  const frame = eth ? `${eth.src} > ${eth.dst} ` : '';
  if (!a) return `${frame}ARP (undecoded)`;
  return a.op === 'request'
    ? `${frame}who-has ${a.targetIp} tell ${a.senderIp}`
    : `${frame}${a.senderIp} is-at ${a.senderMac}`;
}

/** One ARP exchange of the trace with the devices its frames cross. */
interface ArpWays {
  readonly hop: number;
  readonly arp: ArpExchange;
  /** The asker, the broadcast's way to the bridge and every device it reaches (veth peers included). */
  readonly requestOn: ReadonlySet<DeviceId>;
  /** The answer's way back: the owner's device and its peer, the asker's peer and the asker. */
  readonly replyOn: ReadonlySet<DeviceId>;
}

/** The devices each of the trace's ARP frames crosses: a device and its veth peer carry the same frame. */
export function arpWays(trace: Trace, network: Network): ArpWays[] {
  const withPeer = (ids: readonly (DeviceId | undefined)[]): Set<DeviceId> => {
    const out = new Set<DeviceId>();
    for (const id of ids) {
      if (id === undefined) continue;
      out.add(id);
      const peer = network.devices.get(id)?.peer;
      if (peer !== undefined) out.add(peer);
    }
    return out;
  };
  return trace.hops.flatMap((hop) => {
    const arp = hop.arp;
    if (hop.action !== 'arp' || !arp || hop.device === undefined) return [];
    const requestOn = withPeer([hop.device, ...arp.reached]);
    const replyOn = arp.reply ? withPeer([arp.answeredBy, hop.device]) : new Set<DeviceId>();
    return [{ hop: hop.index, arp, requestOn, replyOn }];
  });
}

/** Which ARP exchange a captured ARP frame on `device` belongs to; else why it belongs to none. */
export function arpReason(
  ways: readonly ArpWays[],
  device: DeviceId,
  p: CapturedPacket,
): { hop: number } | { why: string } {
  const a = p.headers.arp;
  if (!a) return { why: 'an ARP frame tcpdump did not decode' };
  // every field: the Ethernet addresses and the ARP body's sender and target, MAC and address
  const sameFrame = (f: ArpExchange['request'] | undefined): boolean =>
    f !== undefined &&
    f.arp.op === a.op &&
    f.arp.senderIp === a.senderIp &&
    f.arp.senderMac === a.senderMac &&
    f.arp.targetIp === a.targetIp &&
    f.arp.targetMac === a.targetMac &&
    f.eth.src === p.headers.eth?.src &&
    f.eth.dst === p.headers.eth?.dst;
  const same = ways.filter(({ arp }) => sameFrame(a.op === 'request' ? arp.request : arp.reply));
  const here = same.find((w) => (a.op === 'request' ? w.requestOn : w.replyOn).has(device));
  if (here) return { hop: here.hop };
  const first = same[0];
  if (first) return { why: `the trace's arp hop ${first.hop} does not reach this interface` };
  return {
    why:
      a.op === 'request'
        ? `no arp hop asks who-has ${a.targetIp} (${a.targetMac}) tell ${a.senderIp} (${a.senderMac}), ${p.headers.eth?.src ?? '?'} > ${p.headers.eth?.dst ?? '?'}`
        : `no arp hop is answered ${a.senderIp} is-at ${a.senderMac} to ${a.targetIp} (${a.targetMac}), ${p.headers.eth?.src ?? '?'} > ${p.headers.eth?.dst ?? '?'}`,
  };
}

const tuple = (p: CapturedPacket): string => {
  const ip = p.headers.ip;
  const l4 = p.headers.l4;
  if (!ip || l4?.kind !== 'tcp') return '';
  const ends = [`${ip.src}:${l4.sport}`, `${ip.dst}:${l4.dport}`].sort();
  return ends.join(' ');
};

/**
 * Why an IP frame belongs to the test although no crossing matched it: it repeats a compared packet
 * on the same interface (a retransmitted SYN, one ICMP error per queued packet), or it is a later
 * segment (no SYN, no RST) of a TCP connection compared on that interface; null when neither.
 */
export function ipReason(
  matched: readonly CapturedPacket[],
  p: CapturedPacket,
  service?: number | ReadonlySet<number>,
): 'compared' | 'repeat' | 'connection' | null {
  if (matched.includes(p)) return 'compared';
  const text = describeHeaders(p.headers);
  if (matched.some((m) => describeHeaders(m.headers) === text)) return 'repeat';
  const t = tuple(p);
  if (t !== '' && roleOf(p.headers.l4, service) === null && matched.some((m) => tuple(m) === t))
    return 'connection';
  return null;
}

/** Every frame on every interface accounted for: one row if all are, else one failing row per frame that is not. */
export function accountingRows(
  trace: Trace,
  network: Network,
  kernel: KernelRun,
  matched: Matched,
): Row[] {
  const ways = arpWays(trace, network);
  const count = { compared: 0, repeat: 0, connection: 0, arp: 0, ignored: 0 };
  const rows: Row[] = [];
  for (const [device, packets] of kernel.captures)
    for (const p of packets) {
      const ignored = notTestTraffic(p);
      if (ignored !== null) {
        count.ignored++;
        continue;
      }
      let why: string;
      if (p.ethertype === 'ARP') {
        const r = arpReason(ways, device, p);
        if ('hop' in r) {
          count.arp++;
          continue;
        }
        why = r.why;
      } else if (p.headers.ip) {
        const r = ipReason(matched.get(device) ?? [], p, trace.request.port);
        if (r !== null) {
          count[r]++;
          continue;
        }
        why = 'not a compared packet, a repeat of one here, or the rest of its TCP connection';
      } else why = `an ${p.ethertype || 'unknown'} frame no trace shows`;
      const frame = p.ethertype === 'ARP' ? describeArp(p) : describeHeaders(p.headers);
      rows.push({
        what: `unaccounted @ ${device}`,
        sim: `no such frame: ${why}`,
        kernel: frame || p.raw,
        ok: false,
      });
    }
  if (rows.length > 0) return rows;
  const total = Object.values(count).reduce((a, b) => a + b, 0);
  return [
    {
      what: 'every captured frame accounted for',
      sim: `${total} frames`,
      kernel: `${count.compared} compared, ${count.repeat} repeats, ${count.connection} later TCP segments, ${count.arp} ARP, ${count.ignored} not test traffic`,
      ok: true,
    },
  ];
}
