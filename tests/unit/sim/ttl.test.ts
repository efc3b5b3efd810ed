/** A packet sent with a low TTL (ping -t): bridging never spends it, each router does, and the one that finds it at 1 answers. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import type { CniMode, PacketRequest, Trace } from '../../../src/sim';
import { ctr, lab, legOf, toPod } from './fixtures';

const ping = (to: string, ttl: number | undefined, cni: CniMode = 'bridge-hostgw'): Trace => {
  const request: PacketRequest =
    ttl === undefined
      ? { from: ctr('web', 'nginx'), to: toPod(to), protocol: 'ICMP' }
      : { from: ctr('web', 'nginx'), to: toPod(to), protocol: 'ICMP', ttl };
  return simulate(lab(cni), request);
};

/** The TTL of the request as it reaches the destination pod's eth0. */
const ttlAtPod = (t: Trace, pod: string) =>
  legOf(t, 'request').find((h) => h.device === `pod:default/${pod}#eth0`)?.headers.ip?.ttl;

describe('a packet sent with a low TTL', () => {
  it('starts with the TTL the sender set, and says so', () => {
    const t = ping('cache', 5);
    expect(t.hops[0]?.headers.ip?.ttl).toBe(5);
    expect(t.hops[0]?.explain.params.ttl).toBe(5);
  });

  it('reaches a pod on the same node with TTL 1: bridging never decrements it', () => {
    const t = ping('cache', 1);
    expect(t.outcome.kind).toBe('delivered');
    expect(ttlAtPod(t, 'cache')).toBe(1);
  });

  it('reaches a pod on the other node with TTL 3 (two routers: 3 → 1), but not with TTL 2', () => {
    const three = ping('api', 3);
    expect(three.outcome.kind).toBe('delivered');
    expect(ttlAtPod(three, 'api')).toBe(1);
    expect(ping('api', 2).outcome.kind).toBe('dropped');
  });

  it('with TTL 1 to the other node is dropped by node1, which answers time exceeded from the gateway 10.244.1.1', () => {
    const t = ping('api', 1);
    expect(t.outcome).toEqual({
      kind: 'dropped',
      reason: { key: 'sim.outcome.ttlExpired', params: { ip: '10.244.2.2' } },
    });
    expect(t.hops.map((h) => `${h.leg} ${h.action} ${h.device ?? h.netns}`)).toEqual([
      'request send pod:default/web',
      'request route pod:default/web#eth0',
      'request arp pod:default/web#eth0',
      'request veth node:node1#veth87fe1b7a',
      'request bridge-up node:node1#cni0',
      'request drop node:node1',
      'reply reject node:node1',
      'reply route node:node1#cni0',
      'reply bridge node:node1#veth87fe1b7a',
      'reply veth pod:default/web#eth0',
      'reply deliver pod:default/web',
    ]);
    const drop = t.hops[5];
    expect(drop?.explain.key).toBe('sim.hop.dropTtl');
    expect(drop?.device).toBeUndefined();
    const reject = legOf(t, 'reply')[0];
    expect(reject?.explain.key).toBe('sim.hop.rejectTimeExceeded');
    expect(reject?.headers).toEqual({
      ip: {
        src: '10.244.1.1',
        dst: '10.244.1.2',
        ttl: 64,
        protocol: 'ICMP',
        df: false,
        totalLength: 112,
      },
      l4: { kind: 'icmp', type: 'time-exceeded', code: 0 },
    });
    expect(t.hops[t.hops.length - 1]?.explain.key).toBe('sim.hop.deliverTimeExceeded');
  });

  it('with TTL 2 expires at node2, which answers from its address towards the sender: eth0 under host routing', () => {
    const t = ping('api', 2);
    const onWire = legOf(t, 'request').find((h) => h.action === 'wire');
    expect(onWire?.headers.ip?.ttl).toBe(1);
    const reject = legOf(t, 'reply')[0];
    expect(reject).toMatchObject({ node: 'node2', action: 'reject' });
    expect(reject?.headers.ip?.src).toBe('192.168.10.12');
    const back = legOf(t, 'reply').find((h) => h.device === 'pod:default/web#eth0');
    expect(back?.headers.ip).toMatchObject({ src: '192.168.10.12', ttl: 63 });
  });

  it('with TTL 2 over VXLAN expires at node2, which answers from flannel.1 (10.244.2.0), encapsulated back', () => {
    const t = ping('api', 2, 'vxlan');
    const reject = legOf(t, 'reply')[0];
    expect(reject?.headers.ip?.src).toBe('10.244.2.0');
    expect(legOf(t, 'reply').some((h) => h.action === 'encapsulate')).toBe(true);
    expect(t.outcome.reason.key).toBe('sim.outcome.ttlExpired');
  });

  it('expires the same way for TCP: a router does not look at the protocol', () => {
    const t = simulate(lab(), {
      from: ctr('web', 'nginx'),
      to: toPod('api'),
      protocol: 'TCP',
      port: 8080,
      ttl: 1,
    });
    expect(t.outcome.kind).toBe('dropped');
    expect(legOf(t, 'reply')[0]?.headers.l4).toEqual({
      kind: 'icmp',
      type: 'time-exceeded',
      code: 0,
    });
  });

  it.each([0, 256, 1.5, Number.NaN])('of %s is not a TTL: the packet starts with 64', (ttl) => {
    expect(ping('api', ttl).hops[0]?.headers.ip?.ttl).toBe(64);
  });

  it('is 64 when no TTL is given', () => {
    expect(ping('api', undefined).hops[0]?.headers.ip?.ttl).toBe(64);
  });
});
