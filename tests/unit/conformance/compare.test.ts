import { describe, expect, it } from 'vitest';
import type { Headers, Trace } from '../../../src/sim/trace/traceTypes';
import type { DeviceId, Ipv4 } from '../../../src/sim/model/types';
import { compare, type KernelRun } from '../../conformance/compare';
import { agreeingKernel, network, trace, withHop } from './fixtureTrace';

const N1_ETH0 = 'node:node1#eth0' as DeviceId;
const N1_LO = 'node:node1#lo' as DeviceId;

/** The fixture trace with the TTL decrement of node1's forwarding removed (every later request hop +1). */
function withoutNode1Decrement(t: Trace): Trace {
  let out = t;
  for (const hop of t.hops.filter((h) => h.leg === 'request' && h.index >= 4))
    out = withHop(out, hop.index, (h) => (h.ip ? { ...h, ip: { ...h.ip, ttl: h.ip.ttl + 1 } } : h));
  return out;
}

/** A kernel run in which node1 rewrote the destination (a DNAT) on every interface from its eth0 on. */
function withKernelDnat(k: KernelRun, from: readonly DeviceId[]): KernelRun {
  const dnat = (h: Headers): Headers =>
    h.ip && h.l4?.kind === 'tcp' && h.l4.dport === 8080
      ? { ...h, ip: { ...h.ip, dst: '10.244.2.9' as Ipv4 }, l4: { ...h.l4, dport: 9090 } }
      : h;
  const captures = new Map(
    [...k.captures].map(([d, ps]) => [
      d,
      from.includes(d) ? ps.map((p) => ({ ...p, headers: dnat(p.headers) })) : ps,
    ]),
  );
  return { ...k, captures };
}

describe('comparing a simulated trace with a kernel run', () => {
  it('finds no difference when the kernel did what the trace says, on all sixteen crossings', () => {
    const c = compare(trace, network, agreeingKernel());
    expect(c.differences).toEqual([]);
    expect(c.hopsCompared).toBe(16);
  });

  it('fails when a TTL decrement is removed from the simulation', () => {
    const c = compare(withoutNode1Decrement(trace), network, agreeingKernel());
    const ttl = c.differences.filter((d) => d.what.endsWith('ip.ttl'));
    expect(ttl.length).toBeGreaterThan(0);
    expect(ttl[0]).toMatchObject({ what: `request @ ${N1_ETH0} ip.ttl`, sim: '64', kernel: '63' });
  });

  it('fails when the kernel applied a DNAT the simulation did not', () => {
    const after = [...network.devices.keys()].slice(3);
    const c = compare(trace, network, withKernelDnat(agreeingKernel(), after));
    expect(c.differences.map((d) => d.what)).toContain(`request @ ${N1_ETH0} ip.dst`);
    expect(c.differences.find((d) => d.what === `request @ ${N1_ETH0} tcp.dport`)).toMatchObject({
      sim: '8080',
      kernel: '9090',
    });
  });

  it('accepts the ephemeral port the kernel chose, as long as it is used consistently', () => {
    const k = agreeingKernel();
    const tampered = new Map(k.captures);
    const first = tampered.get(N1_ETH0) ?? [];
    tampered.set(
      N1_ETH0,
      first.map((p) =>
        p.headers.l4?.kind === 'tcp' && p.headers.l4.dport === 8080
          ? { ...p, headers: { ...p.headers, l4: { ...p.headers.l4, sport: 40001 } } }
          : p,
      ),
    );
    expect(compare(trace, network, k).differences).toEqual([]);
    const c = compare(trace, network, { ...k, captures: tampered });
    expect(c.differences.map((d) => d.what)).toEqual([`request @ ${N1_ETH0} tcp.sport`]);
  });

  it('fails when a test packet shows up on an interface the trace never crosses', () => {
    const k = agreeingKernel();
    const any = [...k.captures.values()][0]?.[0];
    const captures = new Map(k.captures);
    if (any) captures.set(N1_LO, [any]);
    const c = compare(trace, network, { ...k, captures });
    expect(c.differences.map((d) => d.what)).toEqual([
      `not crossed @ ${N1_LO}`,
      `unaccounted @ ${N1_LO}`,
    ]);
  });

  it('fails when the kernel crossed the interfaces in another order', () => {
    const k = agreeingKernel();
    const captures = new Map(
      [...k.captures].map(([d, ps]) => [
        d,
        d === N1_ETH0 ? ps.map((p) => ({ ...p, time: 0 })) : ps,
      ]),
    );
    const c = compare(trace, network, { ...k, captures });
    expect(c.differences.map((d) => d.what)).toContain(`request @ ${N1_ETH0} in order`);
  });

  it('fails when a crossing the trace shows was not captured at all', () => {
    const k = agreeingKernel();
    const captures = new Map(k.captures);
    captures.delete(N1_ETH0);
    const c = compare(trace, network, { ...k, captures });
    expect(c.differences.map((d) => d.what)).toEqual([
      `request @ ${N1_ETH0} crossed`,
      `reply @ ${N1_ETH0} crossed`,
    ]);
  });

  it('fails when the kernel refused a connection the simulation delivered', () => {
    const c = compare(trace, network, { ...agreeingKernel(), outcome: 'refused' });
    expect(c.differences).toEqual([expect.objectContaining({ what: 'outcome', sim: 'delivered' })]);
  });
});
