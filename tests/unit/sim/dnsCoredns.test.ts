import { describe, expect, it } from 'vitest';
import { corednsAnswer, type ClusterDnsData } from '../../../src/sim/dns/coredns';
import { corednsExplain } from '../../../src/sim/dns/explain';
import { lookupName } from '../../../src/sim/dns/lookup';
import { clusterFirstResolvConf } from '../../../src/sim/dns/resolvConf';
import { dnsMessageLength, queryLength } from '../../../src/sim/dns/wire';
import type { Ipv4 } from '../../../src/sim';

const ip = (s: string) => s as Ipv4;

/** shop/api (ClusterIP), default/db (headless, two ready pods), default/empty (headless, none ready). */
const data: ClusterDnsData = {
  domain: 'cluster.local',
  namespaces: new Set(['default', 'kube-system', 'shop']),
  services: [
    { name: 'kube-dns', namespace: 'kube-system', clusterIp: ip('10.96.0.10'), endpoints: [] },
    { name: 'api', namespace: 'shop', clusterIp: ip('10.96.12.34'), endpoints: [ip('10.244.2.2')] },
    { name: 'db', namespace: 'default', endpoints: [ip('10.244.1.5'), ip('10.244.2.6')] },
    { name: 'empty', namespace: 'default', endpoints: [] },
  ],
};
const ask = (qname: string) => corednsAnswer(data, qname);

describe('what CoreDNS answers for an A query', () => {
  it('a Service’s full name → its ClusterIP, one record (86 bytes: the name written out twice)', () => {
    expect(ask('api.shop.svc.cluster.local')).toEqual({
      kind: 'answer',
      qname: 'api.shop.svc.cluster.local',
      addresses: ['10.96.12.34'],
      headless: false,
      service: 'shop/api',
      length: 86,
    });
  });
  it('a headless Service → the pod IPs of its ready endpoints, one record each', () => {
    const a = ask('db.default.svc.cluster.local');
    expect(a).toMatchObject({
      kind: 'answer',
      addresses: ['10.244.1.5', '10.244.2.6'],
      headless: true,
    });
    // 12 header + 34 question + 2 × (30 name + 10 + 4)
    expect(a.kind === 'answer' && a.length).toBe(134);
  });
  it('a headless Service without ready endpoints → NXDOMAIN', () => {
    expect(ask('empty.default.svc.cluster.local')).toMatchObject({
      kind: 'nxdomain',
      why: 'no-endpoints',
    });
  });
  it('one endpoint of a Service by its dashed address → that pod’s IP; another label → NXDOMAIN', () => {
    expect(ask('10-244-2-6.db.default.svc.cluster.local')).toMatchObject({
      kind: 'answer',
      addresses: ['10.244.2.6'],
      headless: true,
      endpointName: true,
    });
    expect(corednsExplain(ask('10-244-2-6.db.default.svc.cluster.local'), 'coredns')).toEqual({
      key: 'sim.dns.hop.corednsEndpoint',
      params: {
        container: 'coredns',
        qname: '10-244-2-6.db.default.svc.cluster.local',
        service: 'default/db',
        ip: '10.244.2.6',
        ips: '10.244.2.6',
      },
    });
    // a ClusterIP Service's endpoints have names too
    expect(ask('10-244-2-2.api.shop.svc.cluster.local')).toMatchObject({
      kind: 'answer',
      addresses: ['10.244.2.2'],
      headless: false,
      endpointName: true,
    });
    expect(ask('api.shop.shop.svc.cluster.local')).toMatchObject({
      kind: 'nxdomain',
      why: 'no-service',
      service: 'shop',
      namespace: 'shop',
    });
    expect(ask('web.api.shop.svc.cluster.local')).toMatchObject({
      kind: 'nxdomain',
      why: 'no-host',
    });
  });
  it('an unknown Service, an unknown namespace or a misshapen cluster name → NXDOMAIN with the zone’s SOA', () => {
    expect(ask('api.default.svc.cluster.local')).toEqual({
      kind: 'nxdomain',
      qname: 'api.default.svc.cluster.local',
      why: 'no-service',
      service: 'api',
      namespace: 'default',
      // 12 + 35 question + SOA 93 (cluster.local 15 + 10 + ns.dns.cluster.local 22 + hostmaster.cluster.local 26 + 20)
      length: 140,
    });
    expect(ask('api.nowhere.svc.cluster.local')).toMatchObject({
      kind: 'nxdomain',
      why: 'no-namespace',
    });
    expect(ask('api.cluster.local')).toMatchObject({ kind: 'nxdomain', why: 'not-a-service-name' });
    expect(ask('api.shop.svc.cluster.local.svc.cluster.local')).toMatchObject({
      kind: 'nxdomain',
      why: 'not-a-service-name',
    });
  });
  it('the zone apex, svc.cluster.local and a namespace’s name → NOERROR without an address', () => {
    for (const q of ['cluster.local', 'svc.cluster.local', 'shop.svc.cluster.local'])
      expect(ask(q).kind, q).toBe('nodata');
    expect(ask('nowhere.svc.cluster.local').kind).toBe('nxdomain');
  });
  it('a pod name (pods insecure) → the address spelled in it', () => {
    expect(ask('10-244-1-7.shop.pod.cluster.local')).toMatchObject({
      kind: 'answer',
      addresses: ['10.244.1.7'],
    });
    expect(ask('web.shop.pod.cluster.local').kind).toBe('nxdomain');
  });
  it('a name outside cluster.local is forwarded upstream, case-blind for the zone', () => {
    expect(ask('example.com')).toEqual({ kind: 'forward', qname: 'example.com' });
    expect(ask('api')).toEqual({ kind: 'forward', qname: 'api' });
    expect(ask('API.Shop.SVC.Cluster.Local').kind).toBe('answer');
  });
});

describe('DNS message lengths', () => {
  it('a query is the 12-byte header and the question: name (length + 2) and 4', () => {
    expect(queryLength('api.shop.svc.cluster.local')).toBe(44);
    expect(queryLength('api')).toBe(21);
    expect(queryLength('example.com.shop.svc.cluster.local')).toBe(52);
  });
  it('compression shortens a repeated name to a 2-byte pointer', () => {
    const msg = {
      question: 'api.shop.svc.cluster.local',
      records: [{ type: 'A' as const, owner: 'api.shop.svc.cluster.local' }],
    };
    expect(dnsMessageLength(msg, false)).toBe(86);
    expect(dnsMessageLength(msg, true)).toBe(60);
    const soa = {
      question: 'api.default.svc.cluster.local',
      records: [
        {
          type: 'SOA' as const,
          owner: 'cluster.local',
          mname: 'ns.dns.cluster.local',
          rname: 'hostmaster.cluster.local',
        },
      ],
    };
    expect(dnsMessageLength(soa, false)).toBe(140);
    // owner → pointer (2), ns.dns + pointer (9), hostmaster + pointer (13)
    expect(dnsMessageLength(soa, true)).toBe(47 + 2 + 10 + 9 + 13 + 20);
  });
});

describe('a whole lookup from a pod in shop', () => {
  const shop = clusterFirstResolvConf('shop', ip('10.96.0.10'));
  const trail = (name: string, conf = shop) =>
    lookupName(name, conf, data).steps.map((s) => `${s.qname} ${s.answer.kind}`);

  it('“api” resolves with the first query', () => {
    const l = lookupName('api', shop, data);
    expect(trail('api')).toEqual(['api.shop.svc.cluster.local answer']);
    expect(l.result).toEqual({
      kind: 'address',
      ip: '10.96.12.34',
      addresses: ['10.96.12.34'],
      qname: 'api.shop.svc.cluster.local',
    });
  });
  it('“api.shop” needs a second query: api.shop.shop.svc.cluster.local does not exist', () => {
    expect(trail('api.shop')).toEqual([
      'api.shop.shop.svc.cluster.local nxdomain',
      'api.shop.svc.cluster.local answer',
    ]);
  });
  it('the full name costs three NXDOMAIN first; with the final dot, one query', () => {
    expect(trail('api.shop.svc.cluster.local')).toEqual([
      'api.shop.svc.cluster.local.shop.svc.cluster.local nxdomain',
      'api.shop.svc.cluster.local.svc.cluster.local nxdomain',
      'api.shop.svc.cluster.local.cluster.local nxdomain',
      'api.shop.svc.cluster.local answer',
    ]);
    expect(trail('api.shop.svc.cluster.local.')).toEqual(['api.shop.svc.cluster.local answer']);
  });
  it('example.com: three NXDOMAIN inside the cluster, then CoreDNS forwards it upstream', () => {
    const l = lookupName('example.com', shop, data);
    expect(trail('example.com')).toEqual([
      'example.com.shop.svc.cluster.local nxdomain',
      'example.com.svc.cluster.local nxdomain',
      'example.com.cluster.local nxdomain',
      'example.com forward',
    ]);
    expect(l.result).toEqual({ kind: 'upstream', qname: 'example.com' });
  });
  it('a missing name in the cluster, written in full with the final dot, ends in NXDOMAIN', () => {
    expect(lookupName('web.shop.svc.cluster.local.', shop, data).result).toEqual({
      kind: 'nxdomain',
    });
  });
  it('“shop.svc” finds the namespace but no address (NODATA), and says so at the end', () => {
    const l = lookupName('shop.svc.cluster.local.', shop, data);
    expect(l.result).toEqual({ kind: 'nodata' });
  });
  it('“db” from default answers with both pods; the first is the one to connect to', () => {
    const l = lookupName('db', clusterFirstResolvConf('default', ip('10.96.0.10')), data);
    expect(l.result).toMatchObject({
      kind: 'address',
      ip: '10.244.1.5',
      addresses: ['10.244.1.5', '10.244.2.6'],
    });
  });
});
