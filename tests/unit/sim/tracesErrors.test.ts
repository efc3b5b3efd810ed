/** Golden traces of failures and of what the kernel answers: ARP giving up, ICMP errors, the DF flag. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import { actionsOf, ctr, devicePath, hopOf, lab, lastOf, legOf, toPod, trace } from './fixtures';

const N1 = '52:54:00:a8:0a:0b';
const N2 = '52:54:00:a8:0a:0c';

describe('nowhere to go', () => {
  it('an unused address in the pod range gets no ARP answer: host unreachable', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.1.77' }, 'TCP', 80);
    expect(t.outcome).toEqual({
      kind: 'unreachable',
      reason: { key: 'sim.outcome.hostUnreachable', params: { ip: '10.244.1.77' } },
    });
    expect(actionsOf(t, 'request')).toEqual(['send', 'route', 'arp', 'drop']);
    expect(hopOf(t, 'request', 'arp').explain.key).toBe('sim.hop.arpFailed');
    expect(hopOf(t, 'request', 'arp').arp?.request.eth.dst).toBe('ff:ff:ff:ff:ff:ff');
    expect(hopOf(t, 'request', 'arp').headers.eth).toBeUndefined();
  });

  it('a pod that cannot resolve a neighbour tells itself: ICMP host unreachable over lo', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.1.77' }, 'ICMP');
    expect(hopOf(t, 'request', 'arp').arp?.request.arp.senderIp).toBe('10.244.1.2');
    expect(actionsOf(t, 'reply')).toEqual(['reject', 'loopback', 'deliver']);
    expect(devicePath(t, 'reply')).toEqual(['pod:default/web#lo']);
    expect(hopOf(t, 'reply', 'reject').headers).toEqual({
      ip: {
        src: '10.244.1.2',
        dst: '10.244.1.2',
        ttl: 64,
        protocol: 'ICMP',
        df: false,
        totalLength: 112,
      },
      l4: { kind: 'icmp', type: 'dest-unreachable', code: 1 },
    });
    expect(lastOf(t, 'reply')).toMatchObject({
      container: 'nginx',
      explain: { key: 'sim.hop.deliverHostUnreachable' },
    });
    expect(t.outcome.kind).toBe('unreachable');
  });

  it('an unused address in another node’s range is given up by that node', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.2.99' }, 'TCP', 80);
    expect(t.outcome.kind).toBe('unreachable');
    expect(lastOf(t, 'request')).toMatchObject({ node: 'node2', action: 'drop' });
  });

  it('a forwarding node asks ARP from its own cni0 address, not from the packet’s source', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.2.99' }, 'TCP', 80);
    const arps = legOf(t, 'request').filter((h) => h.action === 'arp');
    expect(arps.map((h) => h.arp?.request.arp.senderIp)).toEqual([
      '10.244.1.2',
      '192.168.10.11',
      '10.244.2.1',
    ]);
    expect(arps[1]?.device).toBe('node:node1#eth0');
    expect(arps[2]?.device).toBe('node:node2#cni0');
  });

  it('the node that gave up sends host unreachable from 192.168.10.12 back across host-gw', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.2.99' }, 'TCP', 80);
    expect(hopOf(t, 'reply', 'reject')).toMatchObject({
      node: 'node2',
      explain: { key: 'sim.hop.rejectHostUnreachable', params: { target: '10.244.2.99' } },
      headers: {
        ip: { src: '192.168.10.12', dst: '10.244.1.2', ttl: 64, df: false },
        l4: { kind: 'icmp', type: 'dest-unreachable', code: 1 },
      },
    });
    expect(devicePath(t, 'reply')).toEqual([
      'node:node2#eth0',
      'node:node1#eth0',
      'node:node1#cni0',
      expect.stringMatching(/^node:node1#veth[0-9a-f]{8}$/),
      'pod:default/web#eth0',
    ]);
    expect(hopOf(t, 'reply', 'route').headers.eth).toEqual({ src: N2, dst: N1, type: 'IPv4' });
    expect(lastOf(t, 'reply')).toMatchObject({ action: 'deliver', container: 'nginx' });
    expect(lastOf(t, 'reply').headers.ip?.ttl).toBe(63);
  });

  it('over VXLAN the error comes from flannel.1’s address and is encapsulated like any reply', () => {
    const to = { kind: 'ip', ip: '10.244.2.99' } as const;
    const t = trace(lab('vxlan'), ctr('web', 'nginx'), to, 'ICMP');
    expect(hopOf(t, 'reply', 'reject').headers.ip?.src).toBe('10.244.2.0');
    expect(actionsOf(t, 'reply')).toContain('encapsulate');
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({ src: '10.244.2.0', ttl: 63 });
  });

  it('an address on the internet is masqueraded by node1; the gateway cannot ARP its upstream and answers host unreachable (finding 7)', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '8.8.8.8' }, 'UDP', 53);
    expect(t.outcome).toEqual({
      kind: 'unreachable',
      reason: {
        key: 'sim.outcome.leftToInternet',
        params: {
          dst: '8.8.8.8',
          dev: 'eth1',
          via: '203.0.113.254',
          cidr: '10.244.0.0/16',
          ttl: 62,
        },
      },
    });
    expect(hopOf(t, 'request', 'snat').headers.ip).toMatchObject({
      src: '192.168.10.11',
      dst: '8.8.8.8',
    });
    expect(hopOf(t, 'request', 'forward', 1)).toMatchObject({
      device: 'outside:gateway#eth1',
      explain: { key: 'sim.hop.forwardUpstream' },
      headers: { ip: { src: '192.168.10.11', dst: '8.8.8.8', ttl: 62 } },
    });
    expect(lastOf(t, 'request')).toMatchObject({
      action: 'drop',
      device: 'outside:gateway#eth1',
      explain: { key: 'sim.hop.dropArp' },
    });
    expect(lastOf(t, 'reply')).toMatchObject({
      action: 'deliver',
      netns: 'pod:default/web',
      headers: {
        ip: { src: '192.168.10.1', dst: '10.244.1.2', ttl: 63 },
        l4: { kind: 'icmp', type: 'dest-unreachable', code: 1 },
      },
    });
  });

  it('a request without a valid port is impossible, and an unknown pod is reported', () => {
    expect(trace(lab(), ctr('web', 'nginx'), toPod('api'), 'TCP').outcome.kind).toBe('impossible');
    expect(trace(lab(), ctr('web', 'nginx'), toPod('ghost'), 'TCP', 80).outcome.reason.key).toBe(
      'sim.outcome.unknownPod',
    );
  });
});

describe('the don’t-fragment flag, as the kernel sets it', () => {
  const df = (protocol: 'TCP' | 'UDP' | 'ICMP', to: string, port?: number) => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod(to), protocol, port);
    return [hopOf(t, 'request', 'send').headers.ip?.df, legOf(t, 'reply')[0]?.headers.ip?.df];
  };

  it('ping sets DF on its request; the kernel’s echo reply has none', () => {
    expect(df('ICMP', 'api')).toEqual([true, false]);
  });

  it('TCP sets DF on the SYN, the SYN+ACK and the RST', () => {
    expect(df('TCP', 'api', 8080)).toEqual([true, true]);
    expect(df('TCP', 'api', 9999)).toEqual([true, true]);
  });

  it('UDP datagrams carry DF both ways; the ICMP port unreachable does not', () => {
    expect(df('UDP', 'dns', 53)).toEqual([true, true]);
    expect(df('UDP', 'api', 53)).toEqual([true, false]);
  });
});

describe('the MTU (fact 7)', () => {
  const ping = (cni: 'vxlan' | 'bridge-hostgw', size: number, protocol: 'ICMP' | 'TCP' = 'ICMP') =>
    simulate(lab(cni), {
      from: ctr('web', 'nginx'),
      to: toPod('api'),
      protocol,
      ...(protocol === 'TCP' ? { port: 8080 } : {}),
      size,
    });

  it('a 1500-byte DF ping cannot even leave a VXLAN pod whose MTU is 1450: EMSGSIZE, nothing sent', () => {
    const t = ping('vxlan', 1500);
    expect(t.outcome).toEqual({
      kind: 'dropped',
      reason: {
        key: 'sim.outcome.messageTooLong',
        params: expect.objectContaining({ size: 1500, mtu: 1450, dev: 'eth0' }),
      },
    });
    expect(actionsOf(t, 'request')).toEqual(['send', 'drop']);
    expect(hopOf(t, 'request', 'drop').device).toBeUndefined();
    expect(legOf(t, 'reply')).toEqual([]);
  });

  it('1450 bytes pass over VXLAN, and 1500 bytes pass under host-gw (MTU 1500)', () => {
    expect(ping('vxlan', 1450).outcome.kind).toBe('delivered');
    expect(ping('bridge-hostgw', 1500).outcome.kind).toBe('delivered');
  });

  it('a size never stops TCP, which segments by MSS', () => {
    expect(ping('vxlan', 9000, 'TCP').outcome.kind).toBe('delivered');
  });
});
