import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetwork, podIdOf, simulate } from '../../../src/sim';
import type { ClusterSpec, Network, PacketRequest, PodNet, Trace } from '../../../src/sim';
import { clusterArb } from './arbitraries';
import { devicePath, legOf } from './fixtures';

const RUNS = { numRuns: 40 };
const SLOW = 30_000;

/** A container of the pod that started, if any. */
function runningContainer(cluster: ClusterSpec, net: PodNet): string | undefined {
  const spec = cluster.pods.find((p) => podIdOf(p) === net.id);
  return spec?.containers.find((c) => !net.failures.some((f) => f.container === c.name))?.name;
}

/** Every (sender pod, listening socket of another pod) request of a cluster. */
function podToSocketRequests(cluster: ClusterSpec, net: Network) {
  const out: { request: PacketRequest; holder: string }[] = [];
  for (const a of net.pods) {
    const container = runningContainer(cluster, a);
    if (!container) continue;
    for (const b of net.pods) {
      if (b.id === a.id) continue;
      const sockets = net.netns.get(b.netns)?.sockets.filter((s) => s.pod === b.id) ?? [];
      for (const s of sockets)
        out.push({
          request: {
            from: { kind: 'container', pod: a.id, container },
            to: { kind: 'pod', pod: b.id },
            protocol: s.protocol,
            port: s.port,
          },
          holder: s.container,
        });
    }
  }
  return out;
}

/** A handful of varied requests between pods of a cluster (pod, localhost, ping). */
function someRequests(cluster: ClusterSpec, net: Network): PacketRequest[] {
  const out: PacketRequest[] = podToSocketRequests(cluster, net).map((r) => r.request);
  const a = net.pods[0];
  const container = a ? runningContainer(cluster, a) : undefined;
  if (a && container) {
    const from = { kind: 'container' as const, pod: a.id, container };
    out.push({ from, to: { kind: 'localhost' }, protocol: 'TCP', port: 80 });
    for (const b of net.pods) out.push({ from, to: { kind: 'pod', pod: b.id }, protocol: 'ICMP' });
    for (const b of net.pods)
      out.push({ from, to: { kind: 'pod', pod: b.id }, protocol: 'TCP', port: 1 });
  }
  for (const n of net.nodes)
    for (const b of net.pods)
      out.push({
        from: { kind: 'node', node: n.name, agent: 'kubelet' },
        to: { kind: 'pod', pod: b.id },
        protocol: 'ICMP',
      });
  return out.slice(0, 60);
}

function forEachTrace(cluster: ClusterSpec, check: (t: Trace) => void): void {
  const net = buildNetwork(cluster);
  for (const r of someRequests(cluster, net)) check(simulate(cluster, r));
}

describe('simulation properties over random valid clusters', () => {
  it(
    'every pod reaches every listening port of every other pod, delivered to the container that holds it',
    () => {
      fc.assert(
        fc.property(clusterArb, (cluster) => {
          const net = buildNetwork(cluster);
          for (const { request, holder } of podToSocketRequests(cluster, net)) {
            const t = simulate(cluster, request);
            expect(t.outcome.kind).toBe('delivered');
            const deliver = legOf(t, 'request').find((h) => h.action === 'deliver');
            expect(deliver?.container).toBe(holder);
            expect(legOf(t, 'reply').at(-1)?.action).toBe('deliver');
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'gives unique pod IPs inside their node range, and unique MACs to pods, nodes and VTEPs',
    () => {
      fc.assert(
        fc.property(clusterArb, (cluster) => {
          const net = buildNetwork(cluster);
          const own = net.pods.filter(
            (p) => p.netns !== net.nodes.find((n) => n.name === p.node)?.netns,
          );
          const ips = [...own.map((p) => p.ip), ...net.nodes.map((n) => n.ip)];
          expect(new Set(ips).size).toBe(ips.length);
          for (const p of own) {
            const node = net.nodes.find((n) => n.name === p.node);
            expect(
              p.ip.startsWith(node?.podCidr.slice(0, node.podCidr.lastIndexOf('.')) ?? '?'),
            ).toBe(true);
          }
          const macs = [...net.devices.values()]
            .filter((d) => ['veth-pod', 'nic', 'vxlan', 'veth-host'].includes(d.kind))
            .map((d) => d.mac);
          expect(new Set(macs).size).toBe(macs.length);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'never raises the TTL along a leg',
    () => {
      fc.assert(
        fc.property(clusterArb, (cluster) => {
          forEachTrace(cluster, (t) => {
            for (const leg of ['request', 'reply'] as const) {
              const ttls = legOf(t, leg).flatMap((h) => (h.headers.ip ? [h.headers.ip.ttl] : []));
              for (let i = 1; i < ttls.length; i++)
                expect(ttls[i]).toBeLessThanOrEqual(ttls[i - 1] ?? 0);
            }
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'mirrors pod-to-pod requests on the reply: devices reversed, addresses and ports swapped',
    () => {
      fc.assert(
        fc.property(clusterArb, (cluster) => {
          const net = buildNetwork(cluster);
          const inPod = (id: string) => net.netns.get(id as never)?.kind === 'pod';
          forEachTrace(cluster, (t) => {
            if (t.outcome.kind !== 'delivered' && t.outcome.kind !== 'refused') return;
            // Traffic to or from a node's own namespace may return by another device (no NAT here).
            if (
              !t.hops.every((h) => (h.action !== 'send' && h.action !== 'reject') || inPod(h.netns))
            )
              return;
            expect(devicePath(t, 'reply')).toEqual([...devicePath(t, 'request')].reverse());
            const req = legOf(t, 'request')[0]?.headers;
            const rep = legOf(t, 'reply')[0]?.headers;
            expect(rep?.ip?.src).toBe(req?.ip?.dst);
            expect(rep?.ip?.dst).toBe(req?.ip?.src);
            if (req?.l4?.kind === 'tcp' && rep?.l4?.kind === 'tcp') {
              expect([rep.l4.sport, rep.l4.dport]).toEqual([req.l4.dport, req.l4.sport]);
            }
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'is deterministic: an equal cluster gives an identical trace',
    () => {
      fc.assert(
        fc.property(clusterArb, (cluster) => {
          const copy = structuredClone(cluster);
          for (const r of someRequests(cluster, buildNetwork(cluster)))
            expect(simulate(copy, r)).toEqual(simulate(cluster, r));
        }),
        { numRuns: 25 },
      );
    },
    SLOW,
  );

  it(
    'records a change for every header field that differs from the hop before',
    () => {
      fc.assert(
        fc.property(clusterArb, (cluster) => {
          forEachTrace(cluster, (t) => {
            for (let i = 1; i < t.hops.length; i++) {
              const prev = t.hops[i - 1];
              const hop = t.hops[i];
              if (
                !prev ||
                !hop ||
                hop.leg !== prev.leg ||
                hop.action === 'send' ||
                hop.action === 'reject'
              )
                continue;
              const fields = new Set(hop.changes.map((c) => c.field));
              if (prev.headers.ip?.ttl !== hop.headers.ip?.ttl)
                expect(fields.has('ip.ttl')).toBe(true);
              if (prev.headers.eth?.dst !== hop.headers.eth?.dst)
                expect(fields.has('eth.dst')).toBe(true);
              if (Boolean(prev.headers.outer) !== Boolean(hop.headers.outer))
                expect(fields.has('outer')).toBe(true);
            }
          });
        }),
        RUNS,
      );
    },
    SLOW,
  );
});
