import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  cidrsOverlap,
  formatIpv4,
  parseCidr,
  parseIpv4,
} from '../../../src/sim/model/ipv4';

describe('IPv4 arithmetic', () => {
  it('parses and formats a dotted quad both ways', () => {
    expect(formatIpv4(parseIpv4('10.244.1.2') ?? -1)).toBe('10.244.1.2');
  });
  it('rejects out-of-range octets and leading zeros', () => {
    expect(parseIpv4('256.1.1.1')).toBeNull();
    expect(parseIpv4('10.01.1.1')).toBeNull();
    expect(parseIpv4('10.1.1')).toBeNull();
  });
  it('rejects a CIDR whose host bits are set', () => {
    expect(parseCidr('10.244.1.1/24')).toBeNull();
    expect(parseCidr('10.244.1.0/24')).toEqual({ base: parseIpv4('10.244.1.0'), prefix: 24 });
  });
  it('knows which block holds an address and which blocks overlap', () => {
    const cluster = parseCidr('10.244.0.0/16');
    const node = parseCidr('10.244.3.0/24');
    const other = parseCidr('10.245.0.0/24');
    if (!cluster || !node || !other) throw new Error('bad fixture');
    expect(cidrContains(cluster, parseIpv4('10.244.200.9') ?? 0)).toBe(true);
    expect(cidrsOverlap(cluster, node)).toBe(true);
    expect(cidrsOverlap(cluster, other)).toBe(false);
  });
});
