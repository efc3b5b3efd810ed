import { describe, expect, it } from 'vitest';
import { compositeTrace } from '../../../src/sim/trace/composite';
import type { ClusterSpec, PacketRequest, Trace } from '../../../src/sim';
import { client, dnsLab } from './compositeFixtures';
import { hopsOf, lines } from './compositeView';

const toName = (name: string, port = 80): PacketRequest => ({
  from: client,
  to: { kind: 'name', name },
  protocol: 'TCP',
  port,
});
const run = (r: PacketRequest, cluster: ClusterSpec = dnsLab()): Trace => {
  const t = compositeTrace(cluster, r);
  if (!t) throw new Error('not a composite request');
  return t;
};
const qnames = (t: Trace) =>
  (t.exchanges ?? []).filter((e) => e.kind === 'dns').map((e) => e.explain.params.qname);

describe('a connection to a name: the DNS exchange, then the connection', () => {
  it('“api” from shop: one query to kube-dns, DNATed to CoreDNS and back from 10.96.0.10, then the Service', () => {
    const t = run(toName('api'));
    expect(t.outcome.kind).toBe('delivered');
    expect(t.exchanges?.map((e) => e.kind)).toEqual(['dns', 'connection']);
    expect(t.exchanges?.[1]?.explain).toEqual({
      key: 'sim.dns.exchange.connection',
      params: { name: 'api', target: '10.96.12.34:80' },
    });
    expect(lines(t)).toEqual([
      // query: 44 bytes of DNS, IP Total Length 72; kube-proxy on node1 DNATs it to CoreDNS
      '0 request send pod:shop/client 10.244.1.3:46094 > 10.96.0.10:53 72',
      '0 request dnat node:node1 10.244.1.3:46094 > 10.244.1.2:53 72',
      '0 request deliver pod:kube-system/coredns 10.244.1.3:46094 > 10.244.1.2:53 72',
      // answer: one A record, the name written out again: 86 bytes, IP 114; un-DNATed by conntrack
      '0 reply send pod:kube-system/coredns 10.244.1.2:53 > 10.244.1.3:46094 114',
      '0 reply unnat node:node1 10.96.0.10:53 > 10.244.1.3:46094 114',
      '0 reply deliver pod:shop/client 10.96.0.10:53 > 10.244.1.3:46094 114',
      '0 reply resolve pod:shop/client',
      '1 request send pod:shop/client 10.244.1.3:43563 > 10.96.12.34:80 60',
      '1 request dnat node:node1 10.244.1.3:43563 > 10.244.2.2:8080 60',
      '1 request deliver pod:shop/api 10.244.1.3:43563 > 10.244.2.2:8080 60',
      '1 reply send pod:shop/api 10.244.2.2:8080 > 10.244.1.3:43563 60',
      '1 reply unnat node:node1 10.96.12.34:80 > 10.244.1.3:43563 60',
      '1 reply deliver pod:shop/client 10.96.12.34:80 > 10.244.1.3:43563 60',
    ]);
    expect(t.hops.map((h) => h.index)).toEqual(t.hops.map((_, i) => i));
  });

  it('explains the query, what CoreDNS found and the resolver’s conclusion', () => {
    const t = run(toName('api'));
    expect(hopsOf(t, 'send')[0]?.explain).toEqual({
      key: 'sim.dns.hop.querySearch',
      params: {
        container: 'curl',
        server: '10.96.0.10',
        size: 72,
        qname: 'api.shop.svc.cluster.local',
        name: 'api',
        dots: 0,
        ndots: 5,
        domain: 'shop.svc.cluster.local',
      },
    });
    expect(hopsOf(t, 'deliver')[0]?.explain).toEqual({
      key: 'sim.dns.hop.corednsClusterIp',
      params: {
        container: 'coredns',
        qname: 'api.shop.svc.cluster.local',
        service: 'shop/api',
        ip: '10.96.12.34',
        ips: '10.96.12.34',
      },
    });
    expect(hopsOf(t, 'resolve')[0]).toMatchObject({
      leg: 'reply',
      node: 'node1',
      container: 'curl',
      headers: {},
      changes: [],
      explain: {
        key: 'sim.dns.resolve.address',
        params: {
          container: 'curl',
          name: 'api',
          qname: 'api.shop.svc.cluster.local',
          ip: '10.96.12.34',
        },
      },
    });
  });

  it('“api.shop.svc.cluster.local” (4 dots < ndots:5): three NXDOMAIN exchanges before the answer', () => {
    const t = run(toName('api.shop.svc.cluster.local'));
    expect(qnames(t)).toEqual([
      'api.shop.svc.cluster.local.shop.svc.cluster.local',
      'api.shop.svc.cluster.local.svc.cluster.local',
      'api.shop.svc.cluster.local.cluster.local',
      'api.shop.svc.cluster.local',
    ]);
    const sizes = hopsOf(t, 'unnat')
      .slice(0, 4)
      .map((h) => h.headers.ip?.totalLength);
    // NXDOMAIN answers carry the question and the SOA (93 bytes): 188, 183, 179; the A answer 114
    expect(sizes).toEqual([188, 183, 179, 114]);
    expect(hopsOf(t, 'resolve').map((h) => h.explain.key)).toEqual([
      'sim.dns.resolve.next',
      'sim.dns.resolve.next',
      'sim.dns.resolve.next',
      'sim.dns.resolve.address',
    ]);
    expect(hopsOf(t, 'resolve')[0]?.explain.params).toEqual({
      container: 'curl',
      qname: 'api.shop.svc.cluster.local.shop.svc.cluster.local',
      next: 'api.shop.svc.cluster.local.svc.cluster.local',
    });
    expect(t.exchanges?.map((e) => e.kind)).toEqual(['dns', 'dns', 'dns', 'dns', 'connection']);
    expect(t.outcome.kind).toBe('delivered');
  });

  it('with the final dot the same name is one query', () => {
    const t = run(toName('api.shop.svc.cluster.local.'));
    expect(qnames(t)).toEqual(['api.shop.svc.cluster.local']);
    expect(hopsOf(t, 'send')[0]?.explain.key).toBe('sim.dns.hop.queryAbsolute');
  });

  it('“api.shop” costs one NXDOMAIN first (api.shop.shop.svc.cluster.local)', () => {
    expect(qnames(run(toName('api.shop')))).toEqual([
      'api.shop.shop.svc.cluster.local',
      'api.shop.svc.cluster.local',
    ]);
  });

  it('example.com: three NXDOMAIN inside the cluster, then CoreDNS forwards it, and the trace stops there', () => {
    const t = run(toName('example.com'));
    expect(qnames(t)).toEqual([
      'example.com.shop.svc.cluster.local',
      'example.com.svc.cluster.local',
      'example.com.cluster.local',
      'example.com',
    ]);
    expect(hopsOf(t, 'deliver').map((h) => h.explain.key)).toEqual([
      // read as Service "com" of namespace shop with an endpoint "example": no such Service
      'sim.dns.hop.corednsNoService',
      'sim.hop.deliverReply',
      // read as namespace "com": none
      'sim.dns.hop.corednsNoNamespace',
      'sim.hop.deliverReply',
      // "com" is neither svc nor pod
      'sim.dns.hop.corednsNotService',
      'sim.hop.deliverReply',
      'sim.dns.hop.corednsForward',
    ]);
    const last = t.hops[t.hops.length - 1];
    expect(last).toMatchObject({
      exchange: 3,
      action: 'deliver',
      netns: 'pod:kube-system/coredns',
    });
    // the query for example.com: 12 + 13 + 4 = 29 bytes, IP 57
    expect(last?.headers.ip?.totalLength).toBe(57);
    expect(t.outcome).toEqual({
      kind: 'unreachable',
      reason: {
        key: 'sim.dns.outcome.upstream',
        params: { name: 'example.com', qname: 'example.com' },
      },
    });
  });

  it('an unknown name in the cluster ends in NXDOMAIN and no connection', () => {
    const t = run(toName('web.shop.svc.cluster.local.'));
    expect(lines(t).slice(-3)).toEqual([
      // NXDOMAIN: 44 + SOA 93 = 137 bytes, IP 165
      '0 reply unnat node:node1 10.96.0.10:53 > 10.244.1.3:46094 165',
      '0 reply deliver pod:shop/client 10.96.0.10:53 > 10.244.1.3:46094 165',
      '0 reply resolve pod:shop/client',
    ]);
    expect(hopsOf(t, 'resolve')[0]?.explain.key).toBe('sim.dns.resolve.nxdomain');
    expect(t.exchanges?.map((e) => e.kind)).toEqual(['dns']);
    expect(t.outcome).toEqual({
      kind: 'unreachable',
      reason: {
        key: 'sim.dns.outcome.nxdomain',
        params: { name: 'web.shop.svc.cluster.local.', count: 1 },
      },
    });
  });

  it('a headless Service answers with both pods; the connection goes to the first, no DNAT', () => {
    const t = run(toName('db.default', 5432));
    expect(qnames(t)).toEqual([
      'db.default.shop.svc.cluster.local',
      'db.default.svc.cluster.local',
    ]);
    expect(hopsOf(t, 'resolve')[1]?.explain).toEqual({
      key: 'sim.dns.resolve.addresses',
      params: {
        container: 'curl',
        name: 'db.default',
        qname: 'db.default.svc.cluster.local',
        ip: '10.244.1.4',
        ips: '10.244.1.4, 10.244.2.3',
        count: 2,
      },
    });
    const conn = t.hops.filter((h) => h.exchange === 2);
    expect(conn.some((h) => h.action === 'dnat')).toBe(false);
    expect(lines({ ...t, hops: conn })).toEqual([
      '2 request send pod:shop/client 10.244.1.3:33537 > 10.244.1.4:5432 60',
      '2 request deliver pod:default/db-0 10.244.1.3:33537 > 10.244.1.4:5432 60',
      '2 reply send pod:default/db-0 10.244.1.4:5432 > 10.244.1.3:33537 60',
      '2 reply deliver pod:shop/client 10.244.1.4:5432 > 10.244.1.3:33537 60',
    ]);
  });

  it('sends each search-list query from a new socket: its own port and conntrack entry (finding 4)', () => {
    const t = run(toName('api.shop'));
    expect(t.conntrack?.map((c) => [t.hops[c.hop]?.exchange, c.node, c.entry.text])).toEqual([
      [
        0,
        'node1',
        'udp      17 29 src=10.244.1.3 dst=10.96.0.10 sport=46094 dport=53 src=10.244.1.2 dst=10.244.1.3 sport=53 dport=46094 mark=0 use=1',
      ],
      [
        1,
        'node1',
        'udp      17 29 src=10.244.1.3 dst=10.96.0.10 sport=57191 dport=53 src=10.244.1.2 dst=10.244.1.3 sport=53 dport=57191 mark=0 use=1',
      ],
      [
        2,
        'node1',
        'tcp      6 431999 ESTABLISHED src=10.244.1.3 dst=10.96.12.34 sport=43563 dport=80 src=10.244.2.2 dst=10.244.1.3 sport=8080 dport=43563 [ASSURED] mark=0 use=1',
      ],
      // node2 forwards the DNATed connection and tracks it too, without NAT
      [
        2,
        'node2',
        'tcp      6 431999 ESTABLISHED src=10.244.1.3 dst=10.244.2.2 sport=43563 dport=8080 src=10.244.2.2 dst=10.244.1.3 sport=8080 dport=43563 [ASSURED] mark=0 use=1',
      ],
    ]);
  });

  it('an unknown name: one entry per query, the last (forwarded upstream, unanswered) [UNREPLIED]', () => {
    const t = run(toName('nope'));
    expect(qnames(t)).toEqual([
      'nope.shop.svc.cluster.local',
      'nope.svc.cluster.local',
      'nope.cluster.local',
      'nope',
    ]);
    expect(t.conntrack?.map((c) => c.entry.text)).toEqual([
      'udp      17 29 src=10.244.1.3 dst=10.96.0.10 sport=46094 dport=53 src=10.244.1.2 dst=10.244.1.3 sport=53 dport=46094 mark=0 use=1',
      'udp      17 29 src=10.244.1.3 dst=10.96.0.10 sport=44681 dport=53 src=10.244.1.2 dst=10.244.1.3 sport=53 dport=44681 mark=0 use=1',
      'udp      17 29 src=10.244.1.3 dst=10.96.0.10 sport=56876 dport=53 src=10.244.1.2 dst=10.244.1.3 sport=53 dport=56876 mark=0 use=1',
      'udp      17 29 src=10.244.1.3 dst=10.96.0.10 sport=42086 dport=53 [UNREPLIED] src=10.244.1.2 dst=10.244.1.3 sport=53 dport=42086 mark=0 use=1',
    ]);
  });
});

describe('when a name cannot be looked up', () => {
  it('a scenario without kube-dns has no cluster DNS', () => {
    const t = run(toName('api'), dnsLab(false));
    expect(t.hops).toEqual([]);
    expect(t.outcome).toEqual({
      kind: 'unreachable',
      reason: { key: 'sim.dns.outcome.noClusterDns', params: { name: 'api' } },
    });
  });
  it('kube-dns without a ready CoreDNS pod rejects the query, and the lookup fails', () => {
    const lab = dnsLab();
    const cluster = { ...lab, pods: lab.pods.filter((p) => p.name !== 'coredns') };
    const t = run(toName('api'), cluster);
    expect(t.exchanges?.map((e) => e.kind)).toEqual(['dns']);
    expect(hopsOf(t, 'resolve')[0]?.explain.key).toBe('sim.dns.resolve.noAnswer');
    expect(t.outcome.reason).toEqual({
      key: 'sim.dns.outcome.queryFailed',
      params: { name: 'api', qname: 'api.shop.svc.cluster.local', server: '10.96.0.10' },
    });
  });
  it('a node agent and a hostNetwork pod do not use cluster DNS', () => {
    const kubelet = run({
      ...toName('api'),
      from: { kind: 'node', node: 'node1', agent: 'kubelet' },
    });
    expect(kubelet.outcome.reason.key).toBe('sim.dns.outcome.notClusterFirst');
    const lab = dnsLab();
    const host = {
      ...lab,
      pods: lab.pods.map((p) => (p.name === 'client' ? { ...p, hostNetwork: true } : p)),
    };
    expect(run(toName('api'), host).outcome.reason).toEqual({
      key: 'sim.dns.outcome.hostNetwork',
      params: { name: 'api', pod: 'shop/client' },
    });
  });
  it('a malformed name is never queried; shared memory has no name to look up', () => {
    expect(run(toName('api..shop')).outcome).toEqual({
      kind: 'impossible',
      reason: { key: 'sim.dns.outcome.badName', params: { name: 'api..shop' } },
    });
    expect(run({ ...toName('api'), protocol: 'SHM' }).outcome.reason.key).toBe(
      'sim.dns.outcome.shm',
    );
  });
});
