import { describe, expect, it } from 'vitest';
import type { ArpExchange, ArpHeader, Hop, Trace } from '../../../src/sim/trace/traceTypes';
import type { DeviceId, Ipv4, Mac } from '../../../src/sim/model/types';
import { accountingRows, notTestTraffic } from '../../conformance/accounting';
import { compare, type KernelRun } from '../../conformance/compare';
import { parseCapture, type CapturedPacket } from '../../conformance/tcpdumpParse';
import { withArpBodies } from '../../conformance/arpBodies';
import { agreeingKernel, network, trace } from './fixtureTrace';

const WEB_ETH0 = 'pod:default/web#eth0' as DeviceId;
const VETHA = 'node:node1#vetha' as DeviceId;
const CNI0 = 'node:node1#cni0' as DeviceId;
const N2_ETH0 = 'node:node2#eth0' as DeviceId;

const WHO_HAS_GATEWAY =
  '03:00:00.000001 0a:58:0a:f4:01:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Request who-has 10.244.1.1 tell 10.244.1.2, length 28';
const GATEWAY_IS_AT =
  '03:00:00.000002 02:00:00:00:00:0a > 0a:58:0a:f4:01:02, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Reply 10.244.1.1 is-at 02:00:00:00:00:0a, length 28';
const one = (line: string): CapturedPacket => {
  const p = parseCapture(line)[0];
  if (!p) throw new Error(`no frame in ${line}`);
  return p;
};

/** web asks for its gateway 10.244.1.1; cni0 answers. */
const exchange: ArpExchange = {
  request: {
    eth: { src: '0a:58:0a:f4:01:02' as Mac, dst: 'ff:ff:ff:ff:ff:ff' as Mac, type: 'ARP' },
    arp: {
      op: 'request',
      senderMac: '0a:58:0a:f4:01:02' as Mac,
      senderIp: '10.244.1.2' as Ipv4,
      targetMac: '00:00:00:00:00:00' as Mac,
      targetIp: '10.244.1.1' as Ipv4,
    },
  },
  reply: {
    eth: { src: '02:00:00:00:00:0a' as Mac, dst: '0a:58:0a:f4:01:02' as Mac, type: 'ARP' },
    arp: {
      op: 'reply',
      senderMac: '02:00:00:00:00:0a' as Mac,
      senderIp: '10.244.1.1' as Ipv4,
      targetMac: '0a:58:0a:f4:01:02' as Mac,
      targetIp: '10.244.1.2' as Ipv4,
    },
  },
  reached: [CNI0],
  answeredBy: CNI0,
};
/** The captured frames with every ARP field read from their bytes, as the capture does (arpBodies.ts). */
const whoHas = (): CapturedPacket => withBody(one(WHO_HAS_GATEWAY), exchange.request.arp);
const isAt = (arp: ArpHeader | undefined = exchange.reply?.arp): CapturedPacket =>
  withBody(one(GATEWAY_IS_AT), arp);
function withBody(p: CapturedPacket, arp: ArpHeader | undefined): CapturedPacket {
  const [out] = withArpBodies([p], arp ? [arp] : []);
  if (!out) throw new Error('no frame');
  return out;
}
const arpHop = (from: Hop): Hop => ({ ...from, action: 'arp', device: WEB_ETH0, arp: exchange });
/** The fixture trace with web's ARP for its gateway after its route hop. */
const withArp: Trace = { ...trace, hops: trace.hops.map((h) => (h.index === 1 ? arpHop(h) : h)) };

function plus(k: KernelRun, device: DeviceId, ...extra: CapturedPacket[]): KernelRun {
  const captures = new Map(k.captures);
  captures.set(device, [...(captures.get(device) ?? []), ...extra]);
  return { ...k, captures };
}

describe('accounting for every captured frame', () => {
  it('says so in one row when every frame is a compared packet', () => {
    const rows = compare(trace, network, agreeingKernel()).rows;
    expect(rows.filter((r) => r.what.startsWith('every captured'))).toEqual([
      expect.objectContaining({ ok: true, sim: '16 frames' }),
    ]);
  });

  it("accounts for the ARP request and reply on the asker's way to the bridge and on the bridge", () => {
    let k = agreeingKernel(withArp);
    for (const d of [WEB_ETH0, VETHA, CNI0]) k = plus(k, d, whoHas(), isAt());
    expect(compare(withArp, network, k).differences).toEqual([]);
  });

  it('fails on an ARP request the trace does not show, naming the interface, the frame and why', () => {
    const k = plus(agreeingKernel(), WEB_ETH0, whoHas());
    expect(compare(trace, network, k).differences).toEqual([
      {
        what: `unaccounted @ ${WEB_ETH0}`,
        sim: 'no such frame: no arp hop asks who-has 10.244.1.1 (00:00:00:00:00:00) tell 10.244.1.2 (0a:58:0a:f4:01:02), 0a:58:0a:f4:01:02 > ff:ff:ff:ff:ff:ff',
        kernel: '0a:58:0a:f4:01:02 > ff:ff:ff:ff:ff:ff who-has 10.244.1.1 tell 10.244.1.2',
        ok: false,
      },
    ]);
  });

  it('fails on an ARP reply the trace does not show', () => {
    const k = plus(agreeingKernel(), WEB_ETH0, isAt());
    expect(compare(trace, network, k).differences).toEqual([
      expect.objectContaining({
        sim: 'no such frame: no arp hop is answered 10.244.1.1 is-at 02:00:00:00:00:0a to 10.244.1.2 (0a:58:0a:f4:01:02), 02:00:00:00:00:0a > 0a:58:0a:f4:01:02',
      }),
    ]);
  });

  it('fails on a reply that differs from the trace’s in a field tcpdump’s text does not show (the target)', () => {
    const reply = exchange.reply?.arp;
    if (!reply) throw new Error('reply');
    let k = agreeingKernel(withArp);
    k = plus(k, WEB_ETH0, whoHas(), isAt({ ...reply, targetIp: '10.244.1.9' as Ipv4 }));
    expect(compare(withArp, network, k).differences).toContainEqual(
      expect.objectContaining({ what: `unaccounted @ ${WEB_ETH0}`, ok: false }),
    );
  });

  it("fails on the trace's own ARP request captured where its broadcast does not reach", () => {
    const k = plus(agreeingKernel(withArp), N2_ETH0, whoHas());
    const rows = accountingRows(withArp, network, k, new Map());
    expect(rows).toContainEqual(
      expect.objectContaining({
        what: `unaccounted @ ${N2_ETH0}`,
        sim: "no such frame: the trace's arp hop 1 does not reach this interface",
      }),
    );
  });

  it('accounts for a retransmitted SYN and the later segments of the compared connection', () => {
    const k = agreeingKernel();
    const syn = k.captures.get(WEB_ETH0)?.[0];
    if (!syn?.headers.l4 || syn.headers.l4.kind !== 'tcp') throw new Error('fixture has no SYN');
    const ack: CapturedPacket = {
      ...syn,
      time: syn.time + 5,
      headers: { ...syn.headers, l4: { ...syn.headers.l4, flags: ['ACK'] } },
    };
    expect(
      compare(trace, network, plus(k, WEB_ETH0, { ...syn, time: syn.time + 1 }, ack)).differences,
    ).toEqual([]);
  });

  it('fails on a TCP RST the trace does not have, even in the compared connection', () => {
    const k = agreeingKernel();
    const syn = k.captures.get(WEB_ETH0)?.[0];
    if (!syn?.headers.l4 || syn.headers.l4.kind !== 'tcp') throw new Error('fixture has no SYN');
    const rst: CapturedPacket = {
      ...syn,
      headers: { ...syn.headers, l4: { ...syn.headers.l4, flags: ['RST'] } },
    };
    expect(compare(trace, network, plus(k, WEB_ETH0, rst)).differences).toEqual([
      expect.objectContaining({ what: `unaccounted @ ${WEB_ETH0}` }),
    ]);
  });

  it('ignores only IPv6 and IGMP frames, as provably not the test', () => {
    const ipv6 = one(
      '03:00:00.000003 0a:58:0a:f4:01:02 > 33:33:00:00:00:02, ethertype IPv6 (0x86dd), length 70: fe80::1 > ff02::2: ICMP6, router solicitation, length 16',
    );
    const igmp = one(
      '03:00:00.000004 02:00:00:00:00:0a > 01:00:5e:00:00:16, ethertype IPv4 (0x0800), length 54: (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 40, options (RA)) 10.244.1.1 > 224.0.0.22: igmp v3 report, 1 group record(s)',
    );
    const llc = one(
      '03:00:00.000005 02:00:00:00:00:0a > 01:80:c2:00:00:00, 802.3, length 38: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none]',
    );
    expect(notTestTraffic(ipv6)).toBe('IPv6 (the test is IPv4 only)');
    expect(notTestTraffic(igmp)).toBe('IGMP (bridge multicast)');
    expect(notTestTraffic(llc)).toBeNull();
    const k = plus(agreeingKernel(), CNI0, ipv6, igmp, llc);
    expect(compare(trace, network, k).differences).toEqual([
      expect.objectContaining({
        what: `unaccounted @ ${CNI0}`,
        sim: 'no such frame: an unknown frame no trace shows',
      }),
    ]);
  });
});
