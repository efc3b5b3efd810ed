import { describe, expect, it } from 'vitest';
import type { ArpExchange, Headers, Hop, Trace } from '../../../src/sim/trace/traceTypes';
import type { DeviceId, Ipv4, Mac, NetnsId } from '../../../src/sim/model/types';
import { arpRows, unexpectedLegs } from '../../conformance/compareAbsent';
import { compare } from '../../conformance/compare';
import { crossingsOf } from '../../conformance/crossings';
import { parseCapture } from '../../conformance/tcpdumpParse';
import { agreeingKernel, network, trace } from './fixtureTrace';

const WEB_ETH0 = 'pod:default/web#eth0' as DeviceId;
const packet: Headers = {
  eth: { src: '0a:58:0a:f4:01:02' as Mac, dst: 'ff:ff:ff:ff:ff:ff' as Mac, type: 'IPv4' },
  ip: {
    src: '10.244.1.2' as Ipv4,
    dst: '10.244.1.99' as Ipv4,
    ttl: 64,
    protocol: 'ICMP',
    df: true,
    totalLength: 84,
  },
  l4: { kind: 'icmp', type: 'echo-request' },
};
const hop = (index: number, action: Hop['action'], headers: Headers, device?: DeviceId): Hop => ({
  index,
  leg: 'request',
  node: 'node1',
  netns: 'pod:default/web' as NetnsId,
  ...(device === undefined ? {} : { device }),
  action,
  explain: { key: 'sim.hop.test', params: {} },
  headers,
  changes: [],
});
const arp: ArpExchange = {
  request: {
    eth: { src: '0a:58:0a:f4:01:02' as Mac, dst: 'ff:ff:ff:ff:ff:ff' as Mac, type: 'ARP' },
    arp: {
      op: 'request',
      senderMac: '0a:58:0a:f4:01:02' as Mac,
      senderIp: '10.244.1.2' as Ipv4,
      targetMac: '00:00:00:00:00:00' as Mac,
      targetIp: '10.244.1.99' as Ipv4,
    },
  },
  reached: [],
};
/** web pings an address nobody has on its subnet: ARP goes unanswered, the packet is dropped. */
const unanswered: Trace = {
  request: trace.request,
  outcome: { kind: 'unreachable', reason: { key: 'sim.outcome.hostUnreachable', params: {} } },
  hops: [
    hop(0, 'send', packet),
    hop(1, 'route', packet, WEB_ETH0),
    { ...hop(2, 'arp', packet, WEB_ETH0), arp },
    hop(3, 'drop', packet, WEB_ETH0),
  ],
};
const ARP_TEXT = [
  '03:00:00.000001 0a:58:0a:f4:01:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Request who-has 10.244.1.99 tell 10.244.1.2, length 28',
  '03:00:01.000001 0a:58:0a:f4:01:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Request who-has 10.244.1.99 tell 10.244.1.2, length 28',
].join('\n');

describe('what one side shows and the other does not', () => {
  it('does not expect a packet on a device where it waits for an ARP answer that never comes', () => {
    expect(crossingsOf(unanswered, network)).toEqual([]);
  });

  it('agrees on an unanswered ARP request seen on the same device', () => {
    const kernel = {
      outcome: 'timeout' as const,
      clientOutput: '',
      captures: new Map([[WEB_ETH0, parseCapture(ARP_TEXT)]]),
    };
    expect(arpRows(unanswered, kernel)).toEqual([
      expect.objectContaining({
        ok: true,
        kernel: 'who-has 10.244.1.99 tell 10.244.1.2; no answer',
      }),
    ]);
    expect(compare(unanswered, network, kernel).differences).toEqual([]);
  });

  it('fails when the kernel asks from another address than the simulation', () => {
    const kernel = {
      outcome: 'timeout' as const,
      clientOutput: '',
      captures: new Map([
        [WEB_ETH0, parseCapture(ARP_TEXT.replaceAll('tell 10.244.1.2', 'tell 10.244.1.1'))],
      ]),
    };
    expect(arpRows(unanswered, kernel)[0]).toMatchObject({
      ok: false,
      kernel: 'who-has 10.244.1.99 tell 10.244.1.1; no answer',
    });
  });

  it('fails when the kernel answers with an ICMP error the trace does not have', () => {
    const icmp = parseCapture(
      '03:00:03.000001 00:00:00:00:00:00 > 00:00:00:00:00:00, ethertype IPv4 (0x0800), length 126: (tos 0xc0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 112) 10.244.1.2 > 10.244.1.2: ICMP 10.244.1.99 unreachable, length 92',
    );
    const kernel = {
      outcome: 'unreachable' as const,
      clientOutput: '',
      captures: new Map([['pod:default/web#lo' as DeviceId, icmp]]),
    };
    expect(unexpectedLegs(crossingsOf(unanswered, network), kernel)).toEqual([
      expect.objectContaining({ what: 'reply leg', sim: 'none', ok: false }),
    ]);
  });

  it('finds no missing leg when the trace has both', () => {
    expect(unexpectedLegs(crossingsOf(trace, network), agreeingKernel())).toEqual([]);
  });
});
