/** Any trace of any valid cluster exports to a well-formed pcapng file, and any namespace has Linux views. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linuxViews } from '../../../../src/sim/linux/linuxViews';
import { buildNetwork } from '../../../../src/sim/model/topology';
import { podIdOf } from '../../../../src/sim/model/ids';
import { simulate } from '../../../../src/sim/trace/tracer';
import type { PacketRequest } from '../../../../src/sim/model/types';
import { tracePcapng } from '../../../../src/scenario/export/tracePcap';
import { wireFramesOf } from '../../../../src/scenario/export/wireFrames';
import { clusterArb } from '../../sim/arbitraries';
import { readPcapng } from './pcapngReader';

const requestArb = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  protocol: fc.constantFrom('TCP' as const, 'UDP' as const, 'ICMP' as const),
  port: fc.constantFrom(80, 443, 8080, 9100, 53, 7),
  size: fc.option(fc.integer({ min: 28, max: 65535 }), { nil: undefined }),
});

describe('exports of random clusters', () => {
  it('write one Enhanced Packet Block per frame on a wire, each as long as its headers say', () => {
    fc.assert(
      fc.property(clusterArb, requestArb, (cluster, r) => {
        const from = cluster.pods[r.from % cluster.pods.length];
        const to = cluster.pods[r.to % cluster.pods.length];
        if (!from || !to) return;
        const request: PacketRequest = {
          from: {
            kind: 'container',
            pod: podIdOf(from),
            container: from.containers[0]?.name ?? '',
          },
          to: { kind: 'pod', pod: podIdOf(to) },
          protocol: r.protocol,
          port: r.port,
          ...(r.protocol === 'ICMP' && r.size !== undefined ? { size: r.size } : {}),
        };
        const trace = simulate(cluster, request);
        const frames = wireFramesOf(trace);
        const file = readPcapng(tracePcapng(trace, buildNetwork(cluster)));
        expect(file.packets).toHaveLength(frames.length);
        frames.forEach((f, i) => {
          const h = f.headers;
          const expected = f.arp
            ? 42
            : 14 + (h?.outer ? h.outer.ip.totalLength : (h?.ip?.totalLength ?? 0));
          expect(file.packets[i]?.length).toBe(expected);
          expect(file.interfaces[file.packets[i]?.iface ?? -1]).toBe(f.iface);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('render every command of every namespace as whole lines', () => {
    fc.assert(
      fc.property(clusterArb, (cluster) => {
        const network = buildNetwork(cluster);
        for (const id of network.netns.keys())
          for (const v of linuxViews(network, id))
            expect(v.output === '' || v.output.endsWith('\n')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
