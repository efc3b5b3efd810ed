import { describe, expect, it } from 'vitest';
import {
  conntrackRows,
  isNatted,
  layoutOf,
  parseConntrack,
  parseConntrackLine,
  tupleText,
  unify,
} from '../../conformance/conntrack';
import type { ConntrackEntry } from '../../../src/sim/trace/traceTypes';
import type { Ipv4 } from '../../../src/sim/model/types';

const DNAT_LINE =
  'tcp      6 119 TIME_WAIT src=10.244.1.2 dst=10.96.0.20 sport=45678 dport=80 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=45678 [ASSURED] mark=0 use=1';
const MASQ_LINE =
  'tcp      6 118 SYN_SENT src=192.168.10.100 dst=192.168.10.11 sport=51000 dport=30080 [UNREPLIED] src=10.244.2.2 dst=10.244.1.0 sport=8080 dport=61234 mark=0 use=1';

const ip = (s: string): Ipv4 => s as Ipv4;
const entry = (
  o: [string, string, number, number],
  r: [string, string, number, number],
): ConntrackEntry => ({
  protocol: 'tcp',
  original: { src: ip(o[0]), dst: ip(o[1]), sport: o[2], dport: o[3] },
  reply: { src: ip(r[0]), dst: ip(r[1]), sport: r[2], dport: r[3] },
  text: '',
});

describe('conntrack -L parsing', () => {
  it('reads a DNATed TCP entry into the original and reply tuples, with state, timeout and flags', () => {
    const e = parseConntrackLine(DNAT_LINE);
    expect(e?.protocol).toBe('tcp');
    expect(e?.original).toEqual({ src: '10.244.1.2', dst: '10.96.0.20', sport: 45678, dport: 80 });
    expect(e?.reply).toEqual({ src: '10.244.2.2', dst: '10.244.1.2', sport: 8080, dport: 45678 });
    expect(e?.state).toBe('TIME_WAIT');
    expect(e?.timeout).toBe(119);
    expect(e?.flags).toEqual(['ASSURED']);
  });

  it('reads the reply tuple after an [UNREPLIED] flag between the tuples', () => {
    const e = parseConntrackLine(MASQ_LINE);
    expect(e?.reply).toEqual({ src: '10.244.2.2', dst: '10.244.1.0', sport: 8080, dport: 61234 });
    expect(e?.flags).toEqual(['UNREPLIED']);
  });

  it('reads UDP without a state and ICMP with its echo id as the source port', () => {
    const [udp, icmp] = parseConntrack(
      [
        'udp      17 29 src=10.244.1.2 dst=10.96.0.10 sport=40000 dport=53 src=10.244.2.3 dst=10.244.1.2 sport=53 dport=40000 mark=0 use=1',
        'icmp     1 29 src=10.244.1.2 dst=203.0.113.10 type=8 code=0 id=4242 src=203.0.113.10 dst=192.168.10.11 type=0 code=0 id=4242 mark=0 use=1',
        'conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.',
      ].join('\n'),
    );
    expect(udp?.state).toBeUndefined();
    expect(udp?.reply.src).toBe('10.244.2.3');
    expect(icmp?.original).toEqual({
      src: '10.244.1.2',
      dst: '203.0.113.10',
      sport: 4242,
      dport: 0,
    });
    expect(icmp?.reply.dst).toBe('192.168.10.11');
  });

  it('ignores the summary line and blank lines', () => {
    expect(
      parseConntrack('\nconntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n'),
    ).toEqual([]);
  });
});

describe('conntrack comparison', () => {
  it('calls an entry NATed when its reply tuple is not the original mirrored', () => {
    expect(
      isNatted(entry(['10.244.1.2', '10.96.0.20', 1, 80], ['10.244.2.2', '10.244.1.2', 8080, 1])),
    ).toBe(true);
    expect(
      isNatted(entry(['10.244.1.2', '10.244.2.2', 1, 80], ['10.244.2.2', '10.244.1.2', 80, 1])),
    ).toBe(false);
  });

  it('names the client port and a masquerade port as placeholders, and leaves timeout and state out', () => {
    const e = entry(
      ['192.168.10.100', '192.168.10.11', 40001, 30080],
      ['10.244.2.2', '10.244.1.0', 8080, 40002],
    );
    expect(tupleText(e, (v, role) => `<${role}:${v}>`)).toBe(
      'tcp src=192.168.10.100 dst=192.168.10.11 sport=<client:40001> dport=30080 src=10.244.2.2 dst=10.244.1.0 sport=8080 dport=<masquerade:40002>',
    );
  });

  it('binds a simulated port to the kernel port once and then holds it to that', () => {
    const b = new Map<string, string>();
    expect(unify('sport=<eph:40001> dport=80', 'sport=45678 dport=80', b)).toBe(true);
    expect(b.get('eph:40001')).toBe('45678');
    expect(unify('sport=<eph:40001> dport=80', 'sport=45679 dport=80', b)).toBe(false);
    expect(unify('sport=<eph:40001> dport=81', 'sport=45678 dport=80', b)).toBe(false);
  });

  it('matches a simulated DNAT entry with the kernel one whatever port the client took', () => {
    const sim = entry(
      ['10.244.1.2', '10.96.0.20', 40001, 80],
      ['10.244.2.2', '10.244.1.2', 8080, 40001],
    );
    const kernel = parseConntrack(DNAT_LINE);
    const rows = conntrackRows('node:node1', [sim], kernel, new Map());
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(rows[0]?.kernel).toBe(
      'tcp src=10.244.1.2 dst=10.96.0.20 sport=45678 dport=80 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=45678',
    );
  });

  it('fails a simulated entry whose endpoint differs, and a kernel NAT entry the simulation lacks', () => {
    const sim = entry(
      ['10.244.1.2', '10.96.0.20', 40001, 80],
      ['10.244.2.3', '10.244.1.2', 8080, 40001],
    );
    const rows = conntrackRows('node:node1', [sim], parseConntrack(DNAT_LINE), new Map());
    expect(rows.filter((r) => !r.ok).map((r) => r.what)).toEqual([
      'conntrack @ node:node1 tcp 10.96.0.20:80',
      'conntrack @ node:node1 not simulated',
    ]);
  });

  it('counts kernel entries without NAT without requiring them of the simulation', () => {
    const plain =
      'tcp      6 119 TIME_WAIT src=10.244.1.2 dst=10.244.2.2 sport=45678 dport=8080 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=45678 [ASSURED] mark=0 use=1';
    const rows = conntrackRows('node:node2', [], parseConntrack(plain), new Map());
    expect(rows).toEqual([
      {
        what: 'conntrack @ node:node2 entries',
        sim: '0 with NAT',
        kernel: '0 matched, 1 tracked without NAT',
        ok: true,
      },
    ]);
  });

  it('reads the layout of a line without its numbers, state and flags', () => {
    expect(layoutOf(DNAT_LINE)).toBe(
      'tcp N N src=N.N.N.N dst=N.N.N.N sport=N dport=N src=N.N.N.N dst=N.N.N.N sport=N dport=N mark=N use=N',
    );
    expect(layoutOf(MASQ_LINE)).toBe(layoutOf(DNAT_LINE));
  });
});
