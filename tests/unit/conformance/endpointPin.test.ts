import { describe, expect, it } from 'vitest';
import { pinEndpoints } from '../../conformance/endpointPin';

const RULES = [
  '*nat',
  ':KUBE-SVC-X - [0:0]',
  '-A KUBE-SVC-X -m comment --comment default/api -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A',
  '-A KUBE-SVC-X -m comment --comment default/api -j KUBE-SEP-B',
  'COMMIT',
].join('\n');

describe('endpoint pinning', () => {
  it("puts the trace's endpoint first and without its probability, leaving the other rule as printed", () => {
    expect(pinEndpoints(RULES, [{ chain: 'KUBE-SVC-X', sep: 'KUBE-SEP-B' }]).split('\n')).toEqual([
      '*nat',
      ':KUBE-SVC-X - [0:0]',
      '-A KUBE-SVC-X -m comment --comment default/api -j KUBE-SEP-B',
      '-A KUBE-SVC-X -m comment --comment default/api -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A',
      'COMMIT',
    ]);
  });

  it('makes the first endpoint unconditional in place', () => {
    const out = pinEndpoints(RULES, [{ chain: 'KUBE-SVC-X', sep: 'KUBE-SEP-A' }]).split('\n');
    expect(out[2]).toBe('-A KUBE-SVC-X -m comment --comment default/api -j KUBE-SEP-A');
  });
});
