/** Tracer benchmark: buildNetwork time and per-request simulate time (p50/p95) at 10, 100 and 1,000 pods. */
import { performance } from 'node:perf_hooks';
import { buildNetwork, simulate } from '../../src/sim';
import type { ClusterSpec, CniMode, PacketRequest, PodId } from '../../src/sim';

const PODS_PER_NODE = 50;

/** A cluster of `pods` single-container pods listening on TCP 8080, 50 per node. */
export function syntheticCluster(pods: number, cni: CniMode): ClusterSpec {
  const nodeCount = Math.max(2, Math.ceil(pods / PODS_PER_NODE));
  return {
    name: `bench-${pods}`,
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni,
    nodes: Array.from({ length: nodeCount }, (_, i) => ({ name: `node${i + 1}` })),
    pods: Array.from({ length: pods }, (_, i) => ({
      name: `pod${i}`,
      namespace: 'default',
      node: `node${(i % nodeCount) + 1}`,
      labels: {},
      hostNetwork: false,
      containers: [
        { name: 'app', image: 'app:1', ports: [{ port: 8080, protocol: 'TCP' as const }] },
      ],
    })),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

/** Prints build and trace timings; no assertions. */
export async function benchTracer(): Promise<void> {
  console.log('\n## Tracer (node, one request = request + reply legs)');
  console.log('pods   cni            build (median of 5)   trace p50    trace p95    hops');
  for (const pods of [10, 100, 1000]) {
    for (const cni of ['bridge-hostgw', 'vxlan'] as const) {
      const builds: number[] = [];
      for (let i = 0; i < 5; i++) {
        const fresh = syntheticCluster(pods, cni);
        const t0 = performance.now();
        buildNetwork(fresh);
        builds.push(performance.now() - t0);
      }
      const cluster = syntheticCluster(pods, cni);
      buildNetwork(cluster);
      const requests: PacketRequest[] = Array.from({ length: 2000 }, (_, i) => ({
        from: { kind: 'container', pod: `default/pod${i % pods}` as PodId, container: 'app' },
        to: { kind: 'pod', pod: `default/pod${(i * 7 + 3) % pods}` as PodId },
        protocol: 'TCP',
        port: 8080,
      }));
      for (const r of requests.slice(0, 200)) simulate(cluster, r);
      const times: number[] = [];
      let hops = 0;
      for (const r of requests) {
        const t0 = performance.now();
        const t = simulate(cluster, r);
        times.push(performance.now() - t0);
        hops = Math.max(hops, t.hops.length);
      }
      times.sort((a, b) => a - b);
      builds.sort((a, b) => a - b);
      console.log(
        `${String(pods).padEnd(6)} ${cni.padEnd(14)} ${ms(percentile(builds, 50)).padEnd(21)} ${ms(percentile(times, 50)).padEnd(12)} ${ms(percentile(times, 95)).padEnd(12)} ${hops}`,
      );
    }
  }
  await Promise.resolve();
}
