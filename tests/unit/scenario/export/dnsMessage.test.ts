/** DNS messages in a capture: the bytes of glibc's query and CoreDNS's answer, exactly as long as the trace's datagrams. */
import { describe, expect, it } from 'vitest';
import { dnsExchanges, dnsQuery, dnsResponse } from '../../../../src/scenario/export/dnsMessage';
import { PRESETS } from '../../../../src/scenario/presets';
import { simulate } from '../../../../src/sim/trace/tracer';
import type { Ipv4 } from '../../../../src/sim/model/types';

const hex = (b: Uint8Array | undefined): string =>
  [...(b ?? [])].map((x) => x.toString(16).padStart(2, '0')).join(' ');

describe('the DNS messages of a lookup', () => {
  it('writes a query as glibc sends it: id, RD, one question for an A record in class IN', () => {
    expect(hex(dnsQuery(0x1234, 'a.b'))).toBe(
      '12 34 01 00 00 01 00 00 00 00 00 00 01 61 01 62 00 00 01 00 01',
    );
  });

  it('writes an answer as CoreDNS does: QR, AA, RD echoed, RA clear, the name in full, TTL 30', () => {
    const answer = {
      kind: 'answer' as const,
      qname: 'a.b',
      addresses: ['10.96.0.20' as Ipv4],
      headless: false,
      length: 0,
    };
    expect(hex(dnsResponse(7, answer, 'b'))).toBe(
      '00 07 85 00 00 01 00 01 00 00 00 00 01 61 01 62 00 00 01 00 01' +
        ' 01 61 01 62 00 00 01 00 01 00 00 00 1e 00 04 0a 60 00 14',
    );
  });

  it("writes NXDOMAIN with the zone's SOA in the authority section", () => {
    const nx = { kind: 'nxdomain' as const, qname: 'x.b', length: 0 };
    expect(hex(dnsResponse(7, nx, 'b'))).toBe(
      '00 07 85 03 00 01 00 00 00 01 00 00 01 78 01 62 00 00 01 00 01' +
        ' 01 62 00 00 06 00 01 00 00 00 1e 00 2c 02 6e 73 03 64 6e 73 01 62 00' +
        ' 0a 68 6f 73 74 6d 61 73 74 65 72 01 62 00' +
        ' 00 00 00 01 00 00 1c 20 00 00 07 08 00 01 51 80 00 00 00 1e',
    );
    expect(dnsResponse(7, { kind: 'forward', qname: 'example.com' }, 'b')).toBeUndefined();
  });

  it('fills every DNS datagram of every built-in lookup exactly: IP Total Length − 28', () => {
    let datagrams = 0;
    for (const p of PRESETS)
      for (const request of p.scenario.packets) {
        const trace = simulate(p.scenario.cluster, request);
        const dns = dnsExchanges(trace, p.scenario.cluster);
        for (const h of trace.hops) {
          const msg = dns.get(h.exchange ?? 0);
          if (!msg || h.headers.l4?.kind !== 'udp' || !h.headers.ip) continue;
          const bytes = h.leg === 'request' ? msg.query : msg.response;
          expect(bytes?.length, `${p.id} hop ${h.index}`).toBe(h.headers.ip.totalLength - 28);
          datagrams++;
        }
      }
    expect(datagrams).toBeGreaterThan(40);
  });
});
