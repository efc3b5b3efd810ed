/** The VXLAN source port's relation between directions, simulation against kernel. */
import { describe, expect, it } from 'vitest';
import type { Headers } from '../../../src/sim/trace/traceTypes';
import type { DeviceId, Ipv4, Mac } from '../../../src/sim/model/types';
import type { KernelRun } from '../../conformance/compare';
import type { Crossing } from '../../conformance/crossings';
import { sourcePortRows } from '../../conformance/vxlanPorts';

const N1 = 'node:node1#eth0' as DeviceId;
const N2 = 'node:node2#eth0' as DeviceId;
const mac = '52:54:00:a8:0a:0b' as Mac;

/** An encapsulated ping (echo request or reply) with an outer source port. */
function wrapped(type: 'echo-request' | 'echo-reply', sport: number): Headers {
  const [src, dst] = (
    type === 'echo-request' ? ['10.244.1.2', '10.244.2.2'] : ['10.244.2.2', '10.244.1.2']
  ) as Ipv4[];
  const ip = {
    src: src as Ipv4,
    dst: dst as Ipv4,
    ttl: 63,
    protocol: 'ICMP' as const,
    df: false,
    totalLength: 84,
  };
  return {
    ip,
    l4: { kind: 'icmp', type },
    outer: {
      eth: { src: mac, dst: mac, type: 'IPv4' },
      ip: { ...ip, protocol: 'UDP', ttl: 64, totalLength: 134 },
      udp: { sport, dport: 8472 },
      vxlan: { vni: 1 },
    },
  };
}

const crossing = (leg: Crossing['leg'], sport: number): Crossing => ({
  leg,
  device: leg === 'request' ? N1 : N2,
  headers: wrapped(leg === 'request' ? 'echo-request' : 'echo-reply', sport),
  hop: 0,
  exchange: 0,
});

function kernelWith(request: number, reply: number): KernelRun {
  const pkt = (h: Headers) => ({ time: 0, headers: h, raw: '', ethertype: 'IPv4' });
  return {
    outcome: 'received',
    clientOutput: '',
    captures: new Map([
      [N1, [pkt(wrapped('echo-request', request))]],
      [N2, [pkt(wrapped('echo-reply', reply))]],
    ]),
  };
}

describe('the VXLAN source port between directions', () => {
  it('agrees when the simulation and the kernel both reuse the request port for the reply', () => {
    const rows = sourcePortRows(
      [crossing('request', 40000), crossing('reply', 40000)],
      kernelWith(58414, 58414),
    );
    expect(rows).toEqual([
      {
        what: 'VXLAN source port, request vs reply',
        sim: 'same both ways',
        kernel: 'same both ways (58414 / 58414)',
        ok: true,
      },
    ]);
  });

  it('fails when the simulation claims the same port but the kernel used another for the reply', () => {
    const [row] = sourcePortRows(
      [crossing('request', 40000), crossing('reply', 40000)],
      kernelWith(49674, 45447),
    );
    expect(row).toMatchObject({
      sim: 'same both ways',
      kernel: 'different by direction (49674 / 45447)',
      ok: false,
    });
  });

  it('fails the other way round too, and says nothing when the trace is not encapsulated both ways', () => {
    const [row] = sourcePortRows(
      [crossing('request', 40000), crossing('reply', 41000)],
      kernelWith(58414, 58414),
    );
    expect(row?.ok).toBe(false);
    expect(sourcePortRows([crossing('request', 40000)], kernelWith(1, 2))).toEqual([]);
  });
});
