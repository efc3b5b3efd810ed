/** Bench: scenario files of a given size, written as a user's exported file would be (the importer checks them like any other). */

/** One benchmark size. */
export interface BenchSize {
  /** Pods, spread round-robin over the nodes (20 per node). */
  readonly pods: number;
  /** Nodes in the cluster. */
  readonly nodes: number;
  /** Prepared packets in the file ("Play all traffic" plays them). */
  readonly packets: number;
}

/** The sizes the issue asks for: 200, 1,000 and 5,000 pods (20 per node), 64 prepared packets each; first, pods 0 stands for the default scenario as the app opens (5 pods, its own packets): the machine's noise floor. */
export const BENCH_SIZES: readonly BenchSize[] = [
  { pods: 0, nodes: 0, packets: 0 },
  { pods: 200, nodes: 10, packets: 64 },
  { pods: 1000, nodes: 50, packets: 64 },
  { pods: 5000, nodes: 250, packets: 64 },
];

/** The name of node i in a bench file (the bench waits for it to be drawn). */
export const benchNodeName = (i: number) => `bench-n${i}`;

/** The JSON text of a scenario file with s.pods pods on s.nodes nodes and s.packets packets between pods on different nodes, spread over the cluster. */
export function benchScenarioJson(s: BenchSize): string {
  const pods = Array.from({ length: s.pods }, (_, i) => ({
    name: `p${i}`,
    namespace: 'default',
    node: benchNodeName(i % s.nodes),
    labels: { app: `a${i % 20}` },
    hostNetwork: false,
    containers: [{ name: 'app', image: 'app:1', ports: [{ port: 8080, protocol: 'TCP' }] }],
  }));
  // Pod i sits on node i mod nodes, so pod i+1 is always on the next node: every packet crosses.
  const stride = Math.max(1, Math.floor(s.pods / s.packets));
  const packets = Array.from({ length: s.packets }, (_, i) => {
    const from = (i * stride) % s.pods;
    return {
      from: { kind: 'container', pod: `default/p${from}`, container: 'app' },
      to: { kind: 'pod', pod: `default/p${(from + 1) % s.pods}` },
      protocol: 'TCP',
      port: 8080,
    };
  });
  const doc = {
    $schema: './scenario.schema.json',
    version: 1,
    title: `Bench ${s.pods} pods`,
    description: `${s.pods} pods on ${s.nodes} nodes, ${s.packets} packets.`,
    cluster: {
      name: 'bench',
      clusterCidr: '10.244.0.0/16',
      nodeNetwork: '192.168.0.0/16',
      cni: 'vxlan',
      nodes: Array.from({ length: s.nodes }, (_, i) => ({ name: benchNodeName(i) })),
      pods,
    },
    packets,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
