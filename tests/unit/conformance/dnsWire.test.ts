import { describe, expect, it } from 'vitest';
import { answer, answers, clusterZone, encodeName, parseQuery } from '../../conformance/dnsWire';

/** glibc's query for api.default.svc.cluster.local, type A, id 0x1234, RD set (as captured). */
function query(name: string, qtype = 1): Uint8Array {
  return Uint8Array.from([
    0x12,
    0x34,
    0x01,
    0x00,
    0,
    1,
    0,
    0,
    0,
    0,
    0,
    0,
    ...encodeName(name),
    0,
    qtype,
    0,
    1,
  ]);
}

const ZONE = clusterZone({
  'api.default.svc.cluster.local': ['10.96.0.20'],
  'db.default.svc.cluster.local': ['10.244.1.3', '10.244.2.3'],
});

describe('DNS wire format', () => {
  it('writes a name as length-prefixed labels ending in the root', () => {
    expect([...encodeName('api.default')]).toEqual([
      3, 97, 112, 105, 7, 100, 101, 102, 97, 117, 108, 116, 0,
    ]);
  });

  it('reads the id, flags, name and type of a query, lower-casing the name', () => {
    const q = parseQuery(query('API.default.svc.cluster.local'));
    expect(q?.id).toBe(0x1234);
    expect(q?.flags).toBe(0x0100);
    expect(q?.name).toBe('api.default.svc.cluster.local');
    expect(q?.qtype).toBe(1);
    expect(q?.question.length).toBe(31 + 4);
  });

  it('refuses a response, a truncated message and a label longer than 63 bytes', () => {
    const resp = query('a');
    resp[2] = 0x81;
    expect(parseQuery(resp)).toBeNull();
    expect(parseQuery(query('api.default').slice(0, 15))).toBeNull();
    expect(parseQuery(Uint8Array.from([0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 64]))).toBeNull();
  });

  it('answers a known name with its A record: authoritative, RD echoed, no RA, the name in full, TTL 30', () => {
    const q = parseQuery(query('api.default.svc.cluster.local'));
    if (!q) throw new Error('no query');
    const a = answer(q, ZONE);
    // header 12 + question 35 + one record: name 31 + 10 + 4
    expect(a.length).toBe(92);
    expect([...a.subarray(0, 12)]).toEqual([0x12, 0x34, 0x85, 0x00, 0, 1, 0, 1, 0, 0, 0, 0]);
    expect([...a.subarray(47 + 31, 92)]).toEqual([0, 1, 0, 1, 0, 0, 0, 30, 0, 4, 10, 96, 0, 20]);
  });

  it('answers a headless name with every address, in order', () => {
    const q = parseQuery(query('db.default.svc.cluster.local'));
    if (!q) throw new Error('no query');
    const a = answer(q, ZONE);
    expect(a[7]).toBe(2);
    expect([...a.subarray(a.length - 4)]).toEqual([10, 244, 2, 3]);
    expect(a.length).toBe(12 + 34 + 2 * (30 + 14));
  });

  it('answers an unknown name NXDOMAIN with the zone SOA in the authority section', () => {
    const q = parseQuery(query('api.shop.default.svc.cluster.local'));
    if (!q) throw new Error('no query');
    const a = answer(q, ZONE);
    expect(a[3]! & 0x0f).toBe(3);
    expect([a[7], a[9]]).toEqual([0, 1]);
    // header 12 + question (36 + 4) + SOA: owner 15 + 10 + ns.dns.cluster.local 22 + hostmaster.cluster.local 26 + 20
    expect(a.length).toBe(12 + 40 + 15 + 10 + 22 + 26 + 20);
  });

  it('answers a known name asked for another type with no address and the SOA (NODATA)', () => {
    const q = parseQuery(query('api.default.svc.cluster.local', 28));
    if (!q) throw new Error('no query');
    const a = answer(q, ZONE);
    expect(a[3]! & 0x0f).toBe(0);
    expect([a[7], a[9]]).toEqual([0, 1]);
  });

  it('answers names in its zone only (CoreDNS would forward the rest upstream)', () => {
    expect(answers(ZONE, 'web.shop.svc.cluster.local')).toBe(true);
    expect(answers(ZONE, 'cluster.local')).toBe(true);
    expect(answers(ZONE, 'web')).toBe(false);
    expect(answers(ZONE, 'evilcluster.local')).toBe(false);
  });
});
