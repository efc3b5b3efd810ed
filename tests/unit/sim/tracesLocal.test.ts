import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/sim';
import type { DeviceId } from '../../../src/sim';
import {
  actionsOf,
  ctr,
  pid,
  devicePath,
  hopOf,
  kubelet,
  lab,
  lastOf,
  legOf,
  toPod,
  trace,
} from './fixtures';

const ZERO = '00:00:00:00:00:00';

describe('inside one pod', () => {
  it('a container reaches its sidecar over localhost on lo only, with all-zero MACs and TTL 64 (C6)', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'localhost' }, 'TCP', 2020);
    expect(t.outcome.kind).toBe('delivered');
    expect(t.outcome.reason.key).toBe('sim.outcome.deliveredLoopback');
    expect(actionsOf(t, 'request')).toEqual(['send', 'loopback', 'deliver']);
    expect(actionsOf(t, 'reply')).toEqual(['send', 'loopback', 'deliver']);
    expect(devicePath(t, 'request')).toEqual(['pod:default/web#lo']);
    expect(devicePath(t, 'reply')).toEqual(['pod:default/web#lo']);
    const lo = hopOf(t, 'request', 'loopback');
    expect(lo.headers.eth).toEqual({ src: ZERO, dst: ZERO, type: 'IPv4' });
    expect(lo.headers.ip).toMatchObject({ src: '127.0.0.1', dst: '127.0.0.1', ttl: 64 });
    expect(hopOf(t, 'request', 'deliver').container).toBe('log-shipper');
    expect(lastOf(t, 'reply')).toMatchObject({ container: 'nginx', action: 'deliver' });
    expect(hopOf(t, 'reply', 'send').headers.l4).toMatchObject({
      kind: 'tcp',
      sport: 2020,
      flags: ['SYN', 'ACK'],
    });
  });

  it('a container reaching its own pod IP also goes over lo, never eth0 (fact 4)', () => {
    const t = trace(lab(), ctr('web', 'log-shipper'), toPod('web'), 'TCP', 80);
    expect(t.outcome.kind).toBe('delivered');
    expect(devicePath(t, 'request')).toEqual(['pod:default/web#lo']);
    expect(hopOf(t, 'request', 'send').headers.ip).toMatchObject({
      src: '10.244.1.2',
      dst: '10.244.1.2',
    });
    expect(hopOf(t, 'request', 'deliver').container).toBe('nginx');
  });

  it('localhost from another pod reaches only the sender’s own lo, where nothing listens: RST over lo (C9, fact 3)', () => {
    const t = trace(lab(), ctr('cache', 'redis'), { kind: 'localhost' }, 'TCP', 80);
    expect(t.outcome.kind).toBe('refused');
    expect(t.outcome.reason).toEqual({
      key: 'sim.outcome.refusedLocalhost',
      params: { port: 80, pod: 'default/cache' },
    });
    expect(actionsOf(t, 'request')).toEqual(['send', 'loopback']);
    expect(actionsOf(t, 'reply')).toEqual(['reject', 'loopback', 'deliver']);
    const reject = hopOf(t, 'reply', 'reject');
    expect(reject.explain.key).toBe('sim.hop.rejectLocalhost');
    expect(reject.headers.l4).toMatchObject({ kind: 'tcp', flags: ['RST', 'ACK'] });
    expect(t.hops.every((h) => h.device === undefined || h.device === 'pod:default/cache#lo')).toBe(
      true,
    );
  });

  it('a container whose port was taken fails to start with EADDRINUSE, naming the holder (C5)', () => {
    const t = trace(lab(), ctr('clash', 'sidecar'), toPod('api'), 'TCP', 8080);
    expect(t.outcome.kind).toBe('failed-to-start');
    expect(t.hops).toHaveLength(1);
    expect(t.hops[0]).toMatchObject({
      action: 'bind-fail',
      container: 'sidecar',
      netns: 'pod:default/clash',
      explain: { key: 'sim.hop.bindFail', params: { port: 8080, protocol: 'TCP', heldBy: 'app' } },
    });
    const to = trace(
      lab(),
      ctr('web', 'nginx'),
      { kind: 'container', pod: pid('clash'), container: 'sidecar' },
      'TCP',
      9090,
    );
    expect(to.outcome.kind).toBe('failed-to-start');
    expect(to.hops[0]?.action).toBe('bind-fail');
  });

  it('a hostNetwork container clashing with another hostNetwork pod names that pod', () => {
    const t = trace(lab(), ctr('exporter2', 'node-exporter'), toPod('web'), 'TCP', 80);
    expect(t.hops[0]?.explain).toEqual({
      key: 'sim.hop.bindFailNode',
      params: {
        container: 'node-exporter',
        port: 9100,
        protocol: 'TCP',
        heldBy: 'node-exporter',
        pod: 'default/exporter',
      },
    });
  });

  it('two containers of a pod exchange shared memory in one ipc hop with no device (C10)', () => {
    const t = trace(
      lab(),
      ctr('web', 'nginx'),
      { kind: 'container', pod: pid('web'), container: 'log-shipper' },
      'SHM',
    );
    expect(t.outcome.kind).toBe('delivered');
    expect(t.hops).toHaveLength(1);
    expect(t.hops[0]).toMatchObject({
      action: 'ipc',
      container: 'nginx',
      headers: { ipc: { mechanism: 'posix-shm' } },
    });
    expect(t.hops[0]?.device).toBeUndefined();
  });

  it('shared memory across pods is impossible: separate IPC namespaces', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('cache'), 'SHM');
    expect(t.outcome).toEqual({
      kind: 'impossible',
      reason: {
        key: 'sim.outcome.ipcAcrossPods',
        params: { from: 'default/web', to: 'default/cache' },
      },
    });
    expect(t.hops).toEqual([]);
  });
});

describe('pod to pod on the same node (fact 5)', () => {
  const t = trace(lab(), ctr('web', 'nginx'), toPod('cache'), 'TCP', 6379);
  const net = buildNetwork(lab());
  const veth = (pod: string) => net.devices.get(`pod:default/${pod}#eth0` as DeviceId)?.peer;

  it('ARPs for the on-link destination, then is bridged veth to veth and delivered', () => {
    expect(t.outcome.kind).toBe('delivered');
    expect(t.outcome.reason).toEqual({ key: 'sim.outcome.deliveredBridge', params: { ttl: 64 } });
    expect(actionsOf(t, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(devicePath(t, 'request')).toEqual([
      'pod:default/web#eth0',
      veth('web'),
      veth('cache'),
      'pod:default/cache#eth0',
    ]);
    expect(hopOf(t, 'request', 'route').explain.key).toBe('sim.hop.routeOnLink');
    expect(hopOf(t, 'request', 'arp').arp?.reply?.arp).toEqual({
      op: 'reply',
      senderMac: '0a:58:0a:f4:01:03',
      senderIp: '10.244.1.3',
      targetMac: '0a:58:0a:f4:01:02',
      targetIp: '10.244.1.2',
    });
  });

  it('keeps TTL 64 and the pod-to-pod MACs all the way, and never shows cni0 itself', () => {
    for (const h of legOf(t, 'request').slice(2)) {
      expect(h.headers.eth).toEqual({
        src: '0a:58:0a:f4:01:02',
        dst: '0a:58:0a:f4:01:03',
        type: 'IPv4',
      });
      expect(h.headers.ip?.ttl).toBe(64);
    }
    expect(t.hops.some((h) => h.device === 'node:node1#cni0')).toBe(false);
    expect(hopOf(t, 'request', 'deliver')).toMatchObject({
      container: 'redis',
      netns: 'pod:default/cache',
    });
  });

  it('answers with SYN+ACK the mirror way, without a second ARP', () => {
    expect(actionsOf(t, 'reply')).toEqual(['send', 'route', 'veth', 'bridge', 'veth', 'deliver']);
    const sent = hopOf(t, 'request', 'send').headers.l4;
    const back = hopOf(t, 'reply', 'send').headers.l4;
    expect(sent).toMatchObject({ kind: 'tcp', dport: 6379, flags: ['SYN'] });
    if (sent?.kind !== 'tcp') throw new Error('tcp expected');
    expect(back).toEqual({ kind: 'tcp', sport: 6379, dport: sent.sport, flags: ['SYN', 'ACK'] });
    expect(sent.sport).toBeGreaterThanOrEqual(32768);
    expect(sent.sport).toBeLessThan(61000);
    expect(lastOf(t, 'reply')).toMatchObject({
      container: 'nginx',
      headers: { ip: { ttl: 64, src: '10.244.1.3' } },
    });
  });

  it('the kubelet reaches a pod on its node from cni0’s address, and it arrives with TTL 64 (C8, fact 11)', () => {
    const k = trace(lab(), kubelet('node1'), toPod('web'), 'TCP', 80);
    expect(k.outcome.kind).toBe('delivered');
    expect(actionsOf(k, 'request')).toEqual(['send', 'route', 'arp', 'bridge', 'veth', 'deliver']);
    expect(hopOf(k, 'request', 'send').headers.ip?.src).toBe('10.244.1.1');
    expect(hopOf(k, 'request', 'deliver').headers.ip?.ttl).toBe(64);
    expect(actionsOf(k, 'reply')).toEqual(['send', 'route', 'veth', 'bridge-up', 'deliver']);
  });

  it('a pod reaches a hostNetwork pod on its node at the node IP, and the app sees the pod IP (fact 12)', () => {
    const h = trace(lab(), ctr('web', 'nginx'), toPod('exporter'), 'TCP', 9100);
    expect(h.outcome.kind).toBe('delivered');
    expect(actionsOf(h, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'bridge-up',
      'deliver',
    ]);
    expect(hopOf(h, 'request', 'deliver')).toMatchObject({
      netns: 'node:node1',
      container: 'node-exporter',
      headers: { ip: { src: '10.244.1.2', dst: '192.168.10.11', ttl: 64 } },
    });
  });
});
