/** Total Length: what every traced packet weighs, as the kernel's captures show it, and how it meets the MTU. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import type { ClusterSpec, Trace } from '../../../src/sim';
import { ctr, hopOf, lab, lastOf, legOf, toPod, trace } from './fixtures';

const lengths = (t: Trace, leg: 'request' | 'reply') => [
  ...new Set(legOf(t, leg).map((h) => h.headers.ip?.totalLength)),
];

function ping(cluster: ClusterSpec, ip: string, size?: number): Trace {
  const base = {
    from: ctr('web', 'nginx'),
    to: { kind: 'ip' as const, ip },
    protocol: 'ICMP' as const,
  };
  return simulate(cluster, size === undefined ? base : { ...base, size });
}

describe('the Total Length of each packet', () => {
  it('a SYN and its SYN+ACK are 60 bytes: 20 IP + 20 TCP + 20 bytes of options', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'TCP', 8080);
    expect(lengths(t, 'request')).toEqual([60]);
    expect(lengths(t, 'reply')).toEqual([60]);
  });

  it('a refusing RST+ACK is 40 bytes: no options', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'TCP', 9999);
    expect(lengths(t, 'reply')).toEqual([40]);
  });

  it('a UDP datagram and its echoed answer are 31 bytes; a port unreachable quoting it is 59', () => {
    const ok = trace(lab(), ctr('web', 'nginx'), toPod('dns'), 'UDP', 53);
    expect(lengths(ok, 'request')).toEqual([31]);
    expect(lengths(ok, 'reply')).toEqual([31]);
    const closed = trace(lab(), ctr('web', 'nginx'), toPod('dns'), 'UDP', 54);
    expect(lengths(closed, 'reply')).toEqual([59]);
  });

  it('a plain ping is 84 bytes both ways; a sized ping is exactly its size', () => {
    const plain = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'ICMP');
    expect(lengths(plain, 'request')).toEqual([84]);
    expect(lengths(plain, 'reply')).toEqual([84]);
    const sized = ping(lab(), '10.244.2.2', 1000);
    expect(lengths(sized, 'request')).toEqual([1000]);
    expect(lengths(sized, 'reply')).toEqual([1000]);
  });

  it('a host unreachable quotes the lost packet: 28 + 84 for a ping, at most 576 bytes', () => {
    expect(lengths(ping(lab(), '10.244.1.77'), 'reply')).toEqual([112]);
    expect(lengths(ping(lab(), '10.244.1.77', 1400), 'reply')).toEqual([576]);
  });
});

describe('sizes over VXLAN and the MTU', () => {
  it('the outer IP packet is the inner one plus 50 bytes', () => {
    const t = trace(lab('vxlan'), ctr('web', 'nginx'), toPod('api'), 'TCP', 8080);
    const enc = hopOf(t, 'request', 'encapsulate');
    expect(enc.headers.ip?.totalLength).toBe(60);
    expect(enc.headers.outer?.ip.totalLength).toBe(110);
  });

  it('a 1450-byte ping becomes exactly 1500 bytes on eth0, and the encapsulation says so', () => {
    const t = ping(lab('vxlan'), '10.244.2.2', 1450);
    expect(t.outcome.kind).toBe('delivered');
    const enc = hopOf(t, 'request', 'encapsulate');
    expect(enc.headers.outer?.ip.totalLength).toBe(1500);
    expect(enc.explain.key).toBe('sim.hop.encapsulateSized');
    expect(enc.explain.params).toMatchObject({
      inner: 1450,
      outer: 1500,
      mtu: 1500,
      vtepMtu: 1450,
    });
  });

  it('a 1500-byte ping is refused before it leaves: its Total Length against eth0’s MTU of 1450', () => {
    const t = ping(lab('vxlan'), '10.244.2.2', 1500);
    expect(t.outcome.kind).toBe('dropped');
    expect(hopOf(t, 'request', 'send').headers.ip?.totalLength).toBe(1500);
    expect(lastOf(t, 'request').explain).toMatchObject({
      key: 'sim.hop.dropMessageTooLong',
      params: { size: 1500, mtu: 1450, dev: 'eth0' },
    });
  });

  it('under host-gw 1500 bytes fit the pod’s MTU of 1500 and 1501 do not', () => {
    expect(ping(lab(), '10.244.2.2', 1500).outcome.kind).toBe('delivered');
    expect(ping(lab(), '10.244.2.2', 1501).outcome.kind).toBe('dropped');
  });
});
