import { describe, expect, it } from 'vitest';
import { conntrackList, iptablesSave, simulate } from '../../../src/sim';
import type { Endpoint, PacketRequest, PodId, Target, Trace } from '../../../src/sim';
import { actionsOf, hopOf, lastOf, legOf } from './fixtures';
import { shop } from './servicesFixtures';

const CLIENT: Endpoint = { kind: 'container', pod: 'default/client' as PodId, container: 'curl' };
const svc = (name: string): Target => ({ kind: 'service', service: `default/${name}` });
const tcp = (from: Endpoint, to: Target, port: number, extra: Partial<PacketRequest> = {}) =>
  ({ from, to, protocol: 'TCP', port, ...extra }) as PacketRequest;
const addr = (t: Trace, i: number) => {
  const h = t.hops[i];
  const l4 = h?.headers.l4;
  const ports = l4 && l4.kind !== 'icmp' ? [l4.sport, l4.dport] : [];
  return [h?.action, h?.headers.ip?.src, h?.headers.ip?.dst, ...ports, h?.headers.ip?.ttl];
};

describe('ClusterIP to an endpoint on another node (fact 8)', () => {
  const t = simulate(shop(), tcp(CLIENT, svc('api'), 80));

  it('is DNATed on the client’s node before routing, then routed as pod-to-pod traffic', () => {
    expect(t.outcome.kind).toBe('delivered');
    expect(actionsOf(t, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'dnat',
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
    expect(addr(t, 0)).toEqual(['send', '10.244.1.2', '10.96.0.50', 52839, 80, 64]);
    expect(addr(t, 4)).toEqual(['dnat', '10.244.1.2', '10.244.2.2', 52839, 8080, 64]);
    expect(hopOf(t, 'request', 'dnat').device).toBe('node:node1#cni0');
    expect(addr(t, 13)).toEqual(['deliver', '10.244.1.2', '10.244.2.2', 52839, 8080, 62]);
  });

  it('shows the rules walked, the endpoint choice and the conntrack entry', () => {
    const nf = hopOf(t, 'request', 'dnat').netfilter;
    expect(nf?.hook).toBe('PREROUTING');
    expect(nf?.rules.map((r) => r.rule)).toEqual([
      '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A KUBE-SERVICES -d 10.96.0.50/32 -p tcp -m comment --comment "default/api:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-KKDGWRPDK6Z5NCHS',
      '-A KUBE-SVC-KKDGWRPDK6Z5NCHS -m comment --comment "default/api:http -> 10.244.2.2:8080" -j KUBE-SEP-F5GRXGU6YGVT3IH7',
      '-A KUBE-SEP-F5GRXGU6YGVT3IH7 -p tcp -m comment --comment "default/api:http" -m tcp -j DNAT --to-destination 10.244.2.2:8080',
    ]);
    expect(nf?.endpoint).toEqual({ index: 0, count: 1, pinned: false });
    expect(nf?.conntrack?.text).toBe(
      'tcp      6 119 SYN_SENT src=10.244.1.2 dst=10.96.0.50 sport=52839 dport=80 [UNREPLIED] src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=52839 mark=0 use=1',
    );
  });

  it('un-DNATs the reply on node1, so the client hears 10.96.0.50:80', () => {
    const un = hopOf(t, 'reply', 'unnat');
    expect(un).toMatchObject({ device: 'node:node1#cni0', explain: { key: 'sim.hop.unDnat' } });
    expect(un.changes.map((c) => [c.field, c.from, c.to, c.cause.key])).toEqual([
      ['ip.src', '10.244.2.2', '10.96.0.50', 'sim.change.unDnat'],
      ['l4.sport', '8080', '80', 'sim.change.unDnat'],
    ]);
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({
      src: '10.96.0.50',
      dst: '10.244.1.2',
      ttl: 62,
    });
  });

  it('leaves conntrack entries as conntrack -L prints them on each node', () => {
    expect(conntrackList(t, 'node1')).toBe(
      'tcp      6 431999 ESTABLISHED src=10.244.1.2 dst=10.96.0.50 sport=52839 dport=80 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=52839 [ASSURED] mark=0 use=1\n',
    );
    expect(conntrackList(t, 'node2')).toBe(
      'tcp      6 431999 ESTABLISHED src=10.244.1.2 dst=10.244.2.2 sport=52839 dport=8080 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=52839 [ASSURED] mark=0 use=1\n',
    );
  });

  it('over VXLAN the DNATed packet travels inside the tunnel with the endpoint address', () => {
    const v = simulate(shop('vxlan'), tcp(CLIENT, svc('api'), 80));
    expect(v.outcome.kind).toBe('delivered');
    const enc = hopOf(v, 'request', 'encapsulate');
    expect(enc.headers.ip).toMatchObject({ src: '10.244.1.2', dst: '10.244.2.2', ttl: 63 });
    expect(enc.headers.outer?.ip).toMatchObject({ src: '192.168.10.11', dst: '192.168.10.12' });
    expect(lastOf(v, 'reply').headers.ip?.src).toBe('10.96.0.50');
  });
});

describe('ClusterIP to an endpoint on the same node (fact 14)', () => {
  it('with bridge netfilter on, the DNATed frame is bridged: TTL 64, the client’s MAC', () => {
    const t = simulate(shop(), tcp(CLIENT, svc('lone'), 80));
    expect(t.outcome.kind).toBe('delivered');
    expect(actionsOf(t, 'request')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'dnat',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(hopOf(t, 'request', 'bridge')).toMatchObject({
      explain: { key: 'sim.hop.bridgeDnat' },
      headers: {
        eth: { src: '0a:58:0a:f4:01:02', dst: '0a:58:0a:f4:01:03' },
        ip: { dst: '10.244.1.3', ttl: 64 },
      },
    });
    expect(hopOf(t, 'reply', 'unnat').netfilter?.hook).toBe('POSTROUTING');
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({ src: '10.96.0.70', ttl: 64 });
  });

  it('with bridge netfilter off, the reply is bridged past conntrack and the client resets it', () => {
    const off = shop('bridge-hostgw', { bridgeNfCallIptables: false, hairpinMode: true });
    const t = simulate(off, tcp(CLIENT, svc('lone'), 80));
    expect(t.outcome).toMatchObject({ kind: 'dropped', reason: { key: 'sim.outcome.strayReply' } });
    expect(hopOf(t, 'request', 'deliver').headers.ip).toMatchObject({ dst: '10.244.1.3', ttl: 63 });
    // the endpoint learned only cni0's 10.244.1.1 (the node ARPed for it): it asks for the client
    expect(actionsOf(t, 'reply')).toEqual([
      'send',
      'route',
      'arp',
      'veth',
      'bridge',
      'veth',
      'reject',
      // the RST is on the wire (finding 6): routed on-link, bridged, received by web-a's kernel
      'route',
      'veth',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(hopOf(t, 'reply', 'arp').arp?.request.arp).toMatchObject({
      senderIp: '10.244.1.3',
      targetIp: '10.244.1.2',
    });
    const rst = legOf(t, 'reply').slice(-5);
    expect(rst.map((h) => h.device ?? h.netns)).toEqual([
      'pod:default/client#eth0',
      'node:node1#veth7fe4227b',
      'node:node1#veth9fee13fc',
      'pod:default/web-a#eth0',
      'pod:default/web-a',
    ]);
    // the client learned web-a's MAC from web-a's own ARP request (STALE, used without asking)
    for (const h of rst)
      expect(h.headers).toMatchObject({
        eth: { src: '0a:58:0a:f4:01:02', dst: '0a:58:0a:f4:01:03' },
        ip: { src: '10.244.1.2', dst: '10.244.1.3', ttl: 64 },
        l4: { kind: 'tcp', sport: 39397, dport: 8080, flags: ['RST'] },
      });
    expect(lastOf(t, 'reply').explain.key).toBe('sim.hop.deliverStrayRst');
  });
});

describe('hairpin: a pod reaching itself through its Service (fact 13)', () => {
  const self: Endpoint = { kind: 'container', pod: 'default/web-a' as PodId, container: 'nginx' };
  it('works with hairpin mode and masquerade: the SYN arrives from cni0’s 10.244.1.1 with TTL 64', () => {
    const t = simulate(shop(), tcp(self, svc('lone'), 80));
    expect(t.outcome.kind).toBe('delivered');
    expect(hopOf(t, 'request', 'snat').headers.ip).toMatchObject({
      src: '10.244.1.1',
      dst: '10.244.1.3',
      ttl: 64,
    });
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({ src: '10.96.0.70', dst: '10.244.1.3' });
  });
  it('without hairpin mode the bridge drops it', () => {
    const t = simulate(
      shop('bridge-hostgw', { bridgeNfCallIptables: true, hairpinMode: false }),
      tcp(self, svc('lone'), 80),
    );
    expect(t.outcome.reason.key).toBe('sim.outcome.hairpinOff');
    expect(lastOf(t, 'request')).toMatchObject({
      action: 'drop',
      explain: { key: 'sim.hop.dropHairpinOff' },
    });
  });
  it('without masquerade the pod drops its own address as a martian source', () => {
    const t = simulate(
      shop('bridge-hostgw', { bridgeNfCallIptables: true, hairpinMode: true, masquerade: false }),
      tcp(self, svc('lone'), 80),
    );
    expect(t.outcome.reason.key).toBe('sim.outcome.martian');
    expect(lastOf(t, 'request')).toMatchObject({
      action: 'drop',
      netns: 'pod:default/web-a',
      headers: { ip: { src: '10.244.1.3', ttl: 64 } },
    });
  });
});

describe('NodePort from the external client (fact 10)', () => {
  const ext: Endpoint = { kind: 'external' };
  it('Cluster: DNAT on node1, masquerade to 192.168.10.11, both reversed on the way back', () => {
    const t = simulate(
      shop(),
      tcp(ext, { kind: 'nodeport', node: 'node1', service: 'default/api-np' }, 30080),
    );
    expect(t.outcome.kind).toBe('delivered');
    expect(addr(t, 4)).toEqual(['dnat', '192.168.10.100', '10.244.2.2', 44924, 8080, 64]);
    expect(addr(t, 6)).toEqual(['snat', '192.168.10.11', '10.244.2.2', 44924, 8080, 63]);
    expect(hopOf(t, 'request', 'deliver').headers.ip?.src).toBe('192.168.10.11');
    expect(actionsOf(t, 'reply').filter((a) => a === 'unnat')).toHaveLength(2);
    expect(lastOf(t, 'reply')).toMatchObject({
      netns: 'outside:client',
      headers: { ip: { src: '192.168.10.11', dst: '192.168.10.100' }, l4: { sport: 30080 } },
    });
  });
  it('Local: the node without a local endpoint drops it in filter INPUT', () => {
    const t = simulate(
      shop(),
      tcp(ext, { kind: 'nodeport', node: 'node1', service: 'default/api-local' }, 30081),
    );
    expect(t.outcome.reason.key).toBe('sim.outcome.noLocalEndpoints');
    expect(lastOf(t, 'request').netfilter).toMatchObject({ hook: 'INPUT', table: 'filter' });
  });
  it('Local: the node with the endpoint keeps the client address', () => {
    const t = simulate(
      shop(),
      tcp(ext, { kind: 'nodeport', node: 'node2', service: 'default/api-local' }, 30081),
    );
    expect(t.outcome.kind).toBe('delivered');
    expect(actionsOf(t, 'request')).not.toContain('snat');
    expect(hopOf(t, 'request', 'deliver').headers.ip?.src).toBe('192.168.10.100');
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({
      src: '192.168.10.12',
      dst: '192.168.10.100',
    });
  });
});

describe('egress, endpoints and addresses nobody owns', () => {
  it('a pod reaches the internet host masqueraded to its node’s address (fact 15)', () => {
    const t = simulate(shop(), tcp(CLIENT, { kind: 'internet' }, 80));
    expect(t.outcome.kind).toBe('delivered');
    expect(hopOf(t, 'request', 'snat')).toMatchObject({
      explain: { key: 'sim.hop.snatFlannel' },
      headers: { ip: { src: '192.168.10.11', dst: '203.0.113.10' } },
    });
    expect(hopOf(t, 'request', 'deliver')).toMatchObject({
      netns: 'outside:internet',
      headers: { ip: { ttl: 62 } },
    });
    expect(hopOf(t, 'reply', 'unnat').headers.ip?.dst).toBe('10.244.1.2');
    expect(lastOf(t, 'reply').headers.ip).toMatchObject({
      src: '203.0.113.10',
      dst: '10.244.1.2',
      ttl: 62,
    });
  });
  it('an address in the cluster CIDR on no node is explained as such', () => {
    const t = simulate(shop(), tcp(CLIENT, { kind: 'ip', ip: '10.244.9.9' }, 80));
    expect(t.outcome.reason.key).toBe('sim.outcome.noPodCidr');
    expect(hopOf(t, 'request', 'forward').explain.key).toBe('sim.hop.forwardNoPodCidr');
    expect(actionsOf(t, 'request')).not.toContain('snat');
  });
  it('a Service without endpoints is rejected with ICMP port unreachable from the node', () => {
    const t = simulate(shop(), tcp(CLIENT, svc('empty'), 80));
    expect(t.outcome.reason.key).toBe('sim.outcome.noEndpoints');
    expect(lastOf(t, 'request').netfilter?.rules.at(-1)?.rule).toBe(
      '-A KUBE-SERVICES -d 10.96.0.80/32 -p tcp -m comment --comment "default/empty:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    );
    expect(hopOf(t, 'reply', 'reject').headers).toMatchObject({
      ip: { src: '10.244.1.1', dst: '10.244.1.2' },
      l4: { kind: 'icmp', type: 'dest-unreachable', code: 3 },
    });
  });
  it('a ClusterIP does not answer ping: the gateway cannot ARP its upstream and answers host unreachable (finding 7)', () => {
    const t = simulate(shop(), { from: CLIENT, to: svc('api'), protocol: 'ICMP' });
    expect(t.outcome).toMatchObject({
      kind: 'unreachable',
      reason: { key: 'sim.outcome.serviceIpNoRule' },
    });
    expect(actionsOf(t, 'request')).not.toContain('dnat');
    const gw = legOf(t, 'request').filter((h) => h.netns === 'outside:gateway');
    expect(gw.map((h) => [h.action, h.device])).toEqual([
      ['wire', 'outside:gateway#eth0'],
      ['forward', 'outside:gateway#eth1'],
      ['arp', 'outside:gateway#eth1'],
      ['drop', 'outside:gateway#eth1'],
    ]);
    expect(gw[1]?.headers.ip).toMatchObject({ src: '192.168.10.11', ttl: 62 });
    expect(gw[2]?.arp).toMatchObject({
      request: { arp: { senderIp: '203.0.113.1', targetIp: '203.0.113.254' } },
    });
    expect(gw[2]?.arp?.reply).toBeUndefined();
    // host unreachable from 192.168.10.1, un-NATed by node1 back to the pod, TTL 63 there
    expect(hopOf(t, 'reply', 'reject').headers).toMatchObject({
      ip: { src: '192.168.10.1', dst: '192.168.10.11', ttl: 64 },
      l4: { kind: 'icmp', type: 'dest-unreachable', code: 1 },
    });
    expect(hopOf(t, 'reply', 'unnat').headers.ip).toMatchObject({ dst: '10.244.1.2' });
    expect(lastOf(t, 'reply')).toMatchObject({
      action: 'deliver',
      netns: 'pod:default/client',
      headers: { ip: { src: '192.168.10.1', dst: '10.244.1.2', ttl: 63 } },
    });
  });
  it('a pinned endpoint is the one the KUBE-SVC chain takes', () => {
    const t = simulate(shop(), tcp(CLIENT, svc('web'), 80, { endpoint: 'default/web-b' as PodId }));
    expect(hopOf(t, 'request', 'dnat').netfilter?.endpoint).toEqual({
      index: 1,
      count: 2,
      pinned: true,
    });
    expect(hopOf(t, 'request', 'deliver').netns).toBe('pod:default/web-b');
  });
});

describe('the rules as iptables-save prints them', () => {
  it('writes the probability rule of a two-endpoint Service as iptables-save does', () => {
    const text = iptablesSave(shop(), 'node1');
    expect(
      text.startsWith(
        '*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n',
      ),
    ).toBe(true);
    const lines = text.split('\n');
    expect(lines).toContain(
      '-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.3:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-2AZ33KU3V5PGPQZH',
    );
    expect(lines).toContain('-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000');
    expect(lines).toContain(
      '-A FLANNEL-POSTRTG -s 10.244.1.0/24 -d 10.244.0.0/16 -m comment --comment "flanneld masq" -j RETURN',
    );
    expect(lines.at(-2)).toBe('COMMIT');
  });
});
