import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, hostLocalRange, leaseFiles, release } from '../../../../src/sim/cni/hostLocal';
import type { ContainerId, NodeCniState } from '../../../../src/sim/cni/types';
import type { PodId } from '../../../../src/sim';

const empty: NodeCniState = { bridge: true, ports: [], leases: [] };
const cid = (s: string): ContainerId => s as ContainerId;
const pod = (s: string): PodId => `default/${s}` as PodId;
const range29 = hostLocalRange('10.244.1.0/29');

function take(state: NodeCniState, id: string): NodeCniState {
  if (!range29) throw new Error('no range');
  const got = allocate(state, range29, cid(id), pod(id));
  if (!got.ok) throw new Error(got.error.msg);
  return got.state;
}

describe('host-local IPAM', () => {
  it('ranges from .1 to the last host, .1 being the gateway, and prints the range as the plugin does', () => {
    expect(hostLocalRange('10.244.1.0/24')?.text).toBe('10.244.1.1-10.244.1.254');
    expect(range29?.text).toBe('10.244.1.1-10.244.1.6');
  });

  it('refuses subnets it cannot allocate from: /31, /32, host bits set, garbage', () => {
    for (const s of [
      '10.244.1.0/31',
      '10.244.1.0/32',
      '10.244.1.1/24',
      'nope',
      '',
      '10.244.1.0/33',
    ])
      expect(hostLocalRange(s)).toBeNull();
  });

  it('hands out .2, .3, … skipping the gateway, and records the last reservation', () => {
    const s = take(take(empty, 'a'), 'b');
    expect(s.leases.map((l) => [l.ip, l.containerId])).toEqual([
      ['10.244.1.2', 'a'],
      ['10.244.1.3', 'b'],
    ]);
    expect(s.lastReserved).toBe('10.244.1.3');
  });

  it('continues after the last reservation instead of reusing a freed lower address', () => {
    const s = release(take(take(empty, 'a'), 'b'), cid('a'));
    expect(s.leases.map((l) => l.ip)).toEqual(['10.244.1.3']);
    expect(s.lastReserved).toBe('10.244.1.3');
    expect(take(s, 'c').lastReserved).toBe('10.244.1.4');
  });

  it('wraps around to the start once the end is reached, reusing a freed address', () => {
    let s = empty;
    for (const id of ['a', 'b', 'c', 'd', 'e']) s = take(s, id);
    s = take(release(s, cid('b')), 'f');
    expect(s.leases.find((l) => l.containerId === 'f')?.ip).toBe('10.244.1.3');
  });

  it("fails with the plugin's own error when every address is taken", () => {
    let s = empty;
    for (const id of ['a', 'b', 'c', 'd', 'e']) s = take(s, id);
    const got = range29 && allocate(s, range29, cid('f'), pod('f'));
    expect(got).toEqual({
      ok: false,
      error: {
        code: 999,
        msg: 'failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.6',
      },
    });
  });

  it('refuses a second allocation for the same container id', () => {
    const s = take(empty, 'a');
    const got = range29 && allocate(s, range29, cid('a'), pod('a'));
    expect(got && !got.ok && got.error.msg).toBe(
      'failed to allocate for range 0: 10.244.1.2 has been allocated to a, duplicate allocation is not allowed',
    );
  });

  it('ignores a last reservation outside the range and starts at the beginning', () => {
    const s = take({ ...empty, lastReserved: '10.9.9.9' as never }, 'a');
    expect(s.leases[0]?.ip).toBe('10.244.1.2');
  });

  it('writes one file per address holding "<id>\\r\\n<ifname>", plus last_reserved_ip.0', () => {
    expect(leaseFiles(take(empty, 'abc'))).toEqual({
      '10.244.1.2': 'abc\r\neth0',
      'last_reserved_ip.0': '10.244.1.2',
    });
  });

  it('releasing an id that holds nothing changes nothing', () => {
    const s = take(empty, 'a');
    expect(release(s, cid('zzz'))).toEqual(s);
  });

  it('never hands out the gateway, an address twice, or one outside the range (any create/delete sequence)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 7 })), { maxLength: 40 }),
        (ops) => {
          let s = empty;
          for (const [add, n] of ops) {
            if (!range29) return;
            if (add) {
              const got = allocate(s, range29, cid(`c${n}`), pod(`c${n}`));
              if (got.ok) s = got.state;
            } else s = release(s, cid(`c${n}`));
            const ips = s.leases.map((l) => l.ip);
            expect(new Set(ips).size).toBe(ips.length);
            expect(ips.length).toBeLessThanOrEqual(5);
            for (const ip of ips)
              expect([
                '10.244.1.2',
                '10.244.1.3',
                '10.244.1.4',
                '10.244.1.5',
                '10.244.1.6',
              ]).toContain(ip);
          }
        },
      ),
    );
  });
});
