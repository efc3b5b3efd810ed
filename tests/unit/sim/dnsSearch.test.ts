import { describe, expect, it } from 'vitest';
import {
  clusterFirstResolvConf,
  resolvConfText,
  type ResolvConf,
} from '../../../src/sim/dns/resolvConf';
import { nameProblem, searchPlan, triesNext } from '../../../src/sim/dns/searchList';
import type { Ipv4 } from '../../../src/sim';

const shop: ResolvConf = clusterFirstResolvConf('shop', '10.96.0.10' as Ipv4);
const queried = (name: string, conf: ResolvConf = shop) =>
  searchPlan(name, conf).candidates.map((c) => c.qname);

describe('a ClusterFirst pod’s /etc/resolv.conf', () => {
  it('names kube-dns as the only nameserver, searches its namespace first and sets ndots:5', () => {
    expect(shop).toEqual({
      nameservers: ['10.96.0.10'],
      search: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
      ndots: 5,
    });
  });
  it('prints as containerd writes it: search, nameserver, options, each line ending in a newline', () => {
    expect(resolvConfText(shop)).toBe(
      'search shop.svc.cluster.local svc.cluster.local cluster.local\n' +
        'nameserver 10.96.0.10\n' +
        'options ndots:5\n',
    );
    expect(resolvConfText(clusterFirstResolvConf('default', '10.100.0.10' as Ipv4))).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\n' +
        'nameserver 10.100.0.10\n' +
        'options ndots:5\n',
    );
  });
});

describe('the names glibc queries for a name, in order', () => {
  it('a short name goes through the search list first, then as written', () => {
    expect(queried('api')).toEqual([
      'api.shop.svc.cluster.local',
      'api.svc.cluster.local',
      'api.cluster.local',
      'api',
    ]);
  });
  it('“api.shop” (one dot, fewer than ndots:5) also tries the search list first', () => {
    expect(queried('api.shop')).toEqual([
      'api.shop.shop.svc.cluster.local',
      'api.shop.svc.cluster.local',
      'api.shop.cluster.local',
      'api.shop',
    ]);
  });
  it('even the full Service name (4 dots) is searched first: three wasted queries before it', () => {
    const plan = searchPlan('api.shop.svc.cluster.local', shop);
    expect(plan.dots).toBe(4);
    expect(plan.asIsFirst).toBe(false);
    expect(plan.candidates).toEqual([
      {
        qname: 'api.shop.svc.cluster.local.shop.svc.cluster.local',
        domain: 'shop.svc.cluster.local',
      },
      { qname: 'api.shop.svc.cluster.local.svc.cluster.local', domain: 'svc.cluster.local' },
      { qname: 'api.shop.svc.cluster.local.cluster.local', domain: 'cluster.local' },
      { qname: 'api.shop.svc.cluster.local' },
    ]);
  });
  it('a trailing dot makes the name absolute: one query, no search list', () => {
    const plan = searchPlan('api.shop.svc.cluster.local.', shop);
    expect(plan.absolute).toBe(true);
    expect(plan.candidates).toEqual([{ qname: 'api.shop.svc.cluster.local' }]);
  });
  it('example.com (1 dot) is tried under the three search domains before the name itself', () => {
    expect(queried('example.com')).toEqual([
      'example.com.shop.svc.cluster.local',
      'example.com.svc.cluster.local',
      'example.com.cluster.local',
      'example.com',
    ]);
  });
  it('a name with at least ndots dots is tried as written first, then under the search list', () => {
    expect(queried('a.b.c.d.example.com')).toEqual([
      'a.b.c.d.example.com',
      'a.b.c.d.example.com.shop.svc.cluster.local',
      'a.b.c.d.example.com.svc.cluster.local',
      'a.b.c.d.example.com.cluster.local',
    ]);
    const ndots1 = { ...shop, ndots: 1 };
    expect(queried('example.com', ndots1)[0]).toBe('example.com');
    expect(queried('api', ndots1)[0]).toBe('api.shop.svc.cluster.local');
  });
  it('keeps searching after NXDOMAIN, NODATA and SERVFAIL, and stops at an answer or silence', () => {
    expect(['nxdomain', 'nodata', 'servfail'].every((r) => triesNext(r as never))).toBe(true);
    expect(triesNext('answer')).toBe(false);
    expect(triesNext('unanswered')).toBe(false);
  });
});

describe('names the resolver will not query', () => {
  it('rejects empty names, empty labels, labels over 63 and names over 253 characters', () => {
    expect(nameProblem('')).toBe('empty');
    expect(nameProblem('.')).toBe('empty');
    expect(nameProblem('api..shop')).toBe('empty');
    expect(nameProblem(`${'a'.repeat(64)}.shop`)).toBe('label-too-long');
    expect(nameProblem(Array(64).fill('abcd').join('.'))).toBe('name-too-long');
    expect(nameProblem('api shop')).toBe('bad-character');
  });
  it('accepts Service names, with or without the final dot', () => {
    expect(nameProblem('api')).toBeUndefined();
    expect(nameProblem('api.shop.svc.cluster.local.')).toBeUndefined();
    expect(nameProblem('_http._tcp.api.shop')).toBeUndefined();
  });
});
