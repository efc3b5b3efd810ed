import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/sim';
import type { DeviceId, Hop } from '../../../src/sim';
import {
  actionsOf,
  ctr,
  devicePath,
  hopOf,
  kubelet,
  lab,
  lastOf,
  legOf,
  toPod,
  trace,
} from './fixtures';

const N1 = '52:54:00:a8:0a:0b';
const N2 = '52:54:00:a8:0a:0c';
const WEB = '0a:58:0a:f4:01:02';
const API = '0a:58:0a:f4:02:02';
const ttls = (hops: Hop[]) => hops.map((h) => h.headers.ip?.ttl);

describe('pod to pod across nodes over host-gw (fact 6)', () => {
  const cluster = lab();
  const net = buildNetwork(cluster);
  const mac = (id: string) => net.devices.get(id as DeviceId)?.mac;
  const t = trace(cluster, ctr('web', 'nginx'), toPod('api'), 'TCP', 8080);
  const req = legOf(t, 'request');

  it('goes pod → gateway → node1 → wire → node2 → bridge → pod, asking ARP on each link (cold caches)', () => {
    expect(t.outcome).toEqual({
      kind: 'delivered',
      reason: { key: 'sim.outcome.deliveredRouted', params: { ttl: 62 } },
    });
    expect(actionsOf(t, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'bridge-up',
      'forward',
      'arp',
      'wire',
      'forward',
      'arp',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(req.map((h) => h.node)).toEqual([
      'node1',
      'node1',
      'node1',
      'node1',
      'node1',
      'node1',
      'node1',
      'node2',
      'node2',
      'node2',
      'node2',
      'node2',
      'node2',
    ]);
  });

  it('sends to the gateway’s MAC, then each node rewrites the MACs', () => {
    expect(hopOf(t, 'request', 'arp').arp?.request.arp.targetIp).toBe('10.244.1.1');
    expect(hopOf(t, 'request', 'arp').headers.eth).toEqual({
      src: WEB,
      dst: mac('node:node1#cni0'),
      type: 'IPv4',
    });
    expect(hopOf(t, 'request', 'bridge-up').device).toBe('node:node1#cni0');
    expect(hopOf(t, 'request', 'arp', 1)).toMatchObject({
      device: 'node:node1#eth0',
      headers: { eth: { src: N1, dst: N2 } },
    });
    expect(hopOf(t, 'request', 'wire')).toMatchObject({
      device: 'node:node2#eth0',
      netns: 'node:node2',
    });
    expect(hopOf(t, 'request', 'forward', 1).device).toBe('node:node2#cni0');
    expect(hopOf(t, 'request', 'arp', 2)).toMatchObject({
      device: 'node:node2#cni0',
      headers: { eth: { src: mac('node:node2#cni0'), dst: API } },
    });
  });

  it('decrements the TTL once per node: 64 → 63 → 62, addresses untouched', () => {
    expect(ttls(req)).toEqual([64, 64, 64, 64, 64, 63, 63, 63, 62, 62, 62, 62, 62]);
    for (const h of req)
      expect(h.headers.ip).toMatchObject({ src: '10.244.1.2', dst: '10.244.2.2' });
    const f = hopOf(t, 'request', 'forward', 0);
    expect(f.changes.map((c) => [c.field, c.from, c.to, c.cause.key])).toEqual([
      ['ip.ttl', '64', '63', 'sim.change.ttl'],
    ]);
    // node1's cache has no entry for node2 yet: the new Ethernet header waits for ARP
    expect(f.explain.key).toBe('sim.hop.forwardArp');
    const a = hopOf(t, 'request', 'arp', 1);
    expect(a.changes.map((c) => [c.field, c.from, c.to, c.cause.key])).toEqual([
      ['eth.src', WEB, N1, 'sim.change.ethSrcOwn'],
      ['eth.dst', mac('node:node1#cni0'), N2, 'sim.change.ethDstArp'],
    ]);
  });

  it('mirrors the path on the reply, which arrives with TTL 62', () => {
    expect(devicePath(t, 'reply')).toEqual([...devicePath(t, 'request')].reverse());
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({
      src: '10.244.2.2',
      dst: '10.244.1.2',
      ttl: 62,
    });
  });

  it('is refused by the destination’s kernel with RST when nobody listens, seen with TTL 62 (fact 9)', () => {
    const r = trace(cluster, ctr('web', 'nginx'), toPod('api'), 'TCP', 9999);
    expect(r.outcome.kind).toBe('refused');
    expect(r.outcome.reason.key).toBe('sim.outcome.refusedTcp');
    expect(legOf(r, 'reply')[0]).toMatchObject({
      action: 'reject',
      netns: 'pod:default/api',
      explain: { key: 'sim.hop.rejectTcp' },
    });
    expect(legOf(r, 'reply')[0]?.headers.l4).toMatchObject({
      kind: 'tcp',
      sport: 9999,
      flags: ['RST', 'ACK'],
    });
    expect(lastOf(r, 'reply')).toMatchObject({
      action: 'deliver',
      container: 'nginx',
      explain: { key: 'sim.hop.deliverRefused' },
    });
    expect(lastOf(r, 'reply').headers.ip?.ttl).toBe(62);
  });

  it('answers a closed UDP port with ICMP port unreachable', () => {
    const r = trace(cluster, ctr('web', 'nginx'), toPod('api'), 'UDP', 53);
    expect(r.outcome.kind).toBe('refused');
    expect(legOf(r, 'reply')[0]?.headers).toMatchObject({
      ip: { protocol: 'ICMP', src: '10.244.2.2', dst: '10.244.1.2' },
      l4: { kind: 'icmp', type: 'dest-unreachable', code: 3 },
    });
  });

  it('delivers UDP to a listener and brings a datagram back', () => {
    const r = trace(cluster, ctr('web', 'nginx'), toPod('dns'), 'UDP', 53);
    expect(r.outcome.kind).toBe('delivered');
    expect(hopOf(r, 'request', 'deliver').container).toBe('coredns');
    expect(hopOf(r, 'reply', 'send').headers.l4).toMatchObject({ kind: 'udp', sport: 53 });
  });

  it('answers ping in the kernel whatever listens', () => {
    const r = trace(cluster, ctr('web', 'nginx'), toPod('cache'), 'ICMP');
    expect(r.outcome.kind).toBe('delivered');
    expect(hopOf(r, 'request', 'deliver').container).toBeUndefined();
    expect(hopOf(r, 'reply', 'send').headers.l4).toEqual({ kind: 'icmp', type: 'echo-reply' });
  });

  it('the kubelet reaches a pod on another node from eth0’s address; it arrives with TTL 63 (fact 12)', () => {
    const k = trace(cluster, kubelet('node1'), toPod('api'), 'TCP', 8080);
    expect(k.outcome.kind).toBe('delivered');
    expect(actionsOf(k, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'wire',
      'forward',
      'arp',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(hopOf(k, 'request', 'send').headers.ip?.src).toBe('192.168.10.11');
    expect(hopOf(k, 'request', 'deliver').headers.ip?.ttl).toBe(63);
  });

  it('a pod reaches the other node’s kubelet port masqueraded by flannel: the kubelet sees node1’s address', () => {
    const k = trace(cluster, ctr('web', 'nginx'), { kind: 'node', node: 'node2' }, 'TCP', 10250);
    expect(k.outcome.kind).toBe('delivered');
    expect(hopOf(k, 'request', 'snat')).toMatchObject({
      device: 'node:node1#eth0',
      explain: { key: 'sim.hop.snatFlannel' },
      headers: { ip: { src: '192.168.10.11', dst: '192.168.10.12' } },
    });
    expect(hopOf(k, 'request', 'deliver')).toMatchObject({
      container: 'kubelet',
      netns: 'node:node2',
      headers: { ip: { src: '192.168.10.11', ttl: 63 } },
    });
    expect(hopOf(k, 'reply', 'unnat').headers.ip).toMatchObject({
      src: '192.168.10.12',
      dst: '10.244.1.2',
    });
  });
});

describe('pod to pod across nodes over VXLAN (fact 7)', () => {
  const cluster = lab('vxlan');
  const net = buildNetwork(cluster);
  const mac = (id: string) => net.devices.get(id as DeviceId)?.mac;
  const t = trace(cluster, ctr('web', 'nginx'), toPod('api'), 'TCP', 8080);

  it('routes into flannel.1, wraps, crosses, unwraps and delivers with TTL 62', () => {
    expect(actionsOf(t, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'bridge-up',
      'forward',
      'encapsulate',
      'arp',
      'wire',
      'decapsulate',
      'forward',
      'arp',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(t.outcome.reason).toEqual({ key: 'sim.outcome.deliveredOverlay', params: { ttl: 62 } });
    expect(hopOf(t, 'request', 'forward', 0)).toMatchObject({
      device: 'node:node1#flannel.1',
      headers: {
        ip: { ttl: 63 },
        eth: { src: mac('node:node1#flannel.1'), dst: mac('node:node2#flannel.1') },
      },
    });
    expect(hopOf(t, 'request', 'decapsulate')).toMatchObject({
      device: 'node:node2#flannel.1',
      netns: 'node:node2',
    });
    expect(hopOf(t, 'request', 'decapsulate').headers.outer).toBeUndefined();
    expect(hopOf(t, 'request', 'deliver').headers.ip?.ttl).toBe(62);
  });

  it('puts outer headers node1 → node2 with TTL 64, no DF, UDP to 8472 and VNI 1', () => {
    const outer = hopOf(t, 'request', 'encapsulate').headers.outer;
    expect(outer?.eth).toEqual({ src: N1, dst: N2, type: 'IPv4' });
    expect(outer?.ip).toEqual({
      src: '192.168.10.11',
      dst: '192.168.10.12',
      ttl: 64,
      protocol: 'UDP',
      df: false,
      totalLength: 110,
    });
    expect(outer?.udp.dport).toBe(8472);
    expect(outer?.vxlan).toEqual({ vni: 1 });
    expect(hopOf(t, 'request', 'encapsulate').changes.map((c) => c.field)).toEqual(['outer']);
    expect(hopOf(t, 'request', 'wire').headers.outer).toEqual(outer);
    expect(hopOf(t, 'request', 'encapsulate').headers.ip).toMatchObject({
      src: '10.244.1.2',
      dst: '10.244.2.2',
      ttl: 63,
    });
  });

  it('uses a flow-hash source port: the same both ways for ping, different by direction for TCP', () => {
    const ping = trace(cluster, ctr('web', 'nginx'), toPod('api'), 'ICMP');
    const there = hopOf(ping, 'request', 'encapsulate').headers.outer?.udp.sport;
    const back = hopOf(ping, 'reply', 'encapsulate').headers.outer?.udp.sport;
    expect(there).toBe(back);
    expect(hopOf(t, 'request', 'encapsulate').headers.outer?.udp.sport).not.toBe(
      hopOf(t, 'reply', 'encapsulate').headers.outer?.udp.sport,
    );
    for (const p of [there ?? 0]) expect(p >= 32768 && p <= 60999).toBe(true);
  });

  it('the kubelet reaches a remote pod from flannel.1’s address 10.244.1.0; it arrives with TTL 63', () => {
    const k = trace(cluster, kubelet('node1'), toPod('api'), 'TCP', 8080);
    expect(actionsOf(k, 'request')).toEqual([
      'send',
      'route',
      'encapsulate',
      'arp',
      'wire',
      'decapsulate',
      'forward',
      'arp',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(hopOf(k, 'request', 'send').headers.ip?.src).toBe('10.244.1.0');
    expect(hopOf(k, 'request', 'deliver').headers.ip?.ttl).toBe(63);
    expect(k.outcome.kind).toBe('delivered');
  });

  it('mirrors the path on the reply', () => {
    expect(devicePath(t, 'reply')).toEqual([...devicePath(t, 'request')].reverse());
  });

  it('a pod reaching the other node’s IP is masqueraded to node2’s address, so the reply returns over the node network and is un-SNATed', () => {
    const k = trace(cluster, ctr('api', 'api'), { kind: 'node', node: 'node1' }, 'TCP', 10250);
    expect(k.outcome.kind).toBe('delivered');
    expect(actionsOf(k, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'bridge-up',
      'forward',
      'snat',
      'arp',
      'wire',
      'deliver',
    ]);
    expect(actionsOf(k, 'reply')).toEqual([
      'send',
      'route',
      'wire',
      'unnat',
      'forward',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(hopOf(k, 'reply', 'send').headers.ip).toMatchObject({
      src: '192.168.10.11',
      dst: '192.168.10.12',
    });
    expect(hopOf(k, 'reply', 'unnat').headers.ip?.dst).toBe('10.244.2.2');
  });

  it('a pod reaches its own node’s flannel.1 address through cni0 (the node answers ARP for any of its addresses)', () => {
    const k = trace(cluster, ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.1.0' }, 'TCP', 10250);
    expect(k.outcome.kind).toBe('delivered');
    expect(hopOf(k, 'request', 'arp').headers.eth?.dst).toBe(mac('node:node1#cni0'));
  });
});
