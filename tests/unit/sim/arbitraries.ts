/** fast-check generators of valid clusters: 1–4 nodes, up to 12 pods, some hostNetwork, some fixed IPs, some port clashes. */
import fc from 'fast-check';
import type { ClusterSpec, CniMode, ContainerSpec, PodSpec } from '../../../src/sim';

const PORTS = [80, 443, 8080, 9100, 53] as const;

const containerArb = fc.record({
  ports: fc.uniqueArray(
    fc.record({
      port: fc.constantFrom(...PORTS),
      protocol: fc.constantFrom('TCP' as const, 'UDP' as const),
    }),
    { maxLength: 2, selector: (p) => `${p.protocol}/${p.port}` },
  ),
});

const podArb = fc.record({
  node: fc.nat({ max: 3 }),
  hostNetwork: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
  fixedIp: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
  containers: fc.array(containerArb, { minLength: 1, maxLength: 3 }),
});

/** A valid cluster spec. */
export const clusterArb: fc.Arbitrary<ClusterSpec> = fc
  .record({
    nodeCount: fc.integer({ min: 1, max: 4 }),
    cni: fc.constantFrom<CniMode>('bridge-hostgw', 'vxlan'),
    pods: fc.array(podArb, { minLength: 1, maxLength: 12 }),
  })
  .map(({ nodeCount, cni, pods }) => {
    const nodes = Array.from({ length: nodeCount }, (_, i) => ({ name: `node${i + 1}` }));
    const specs: PodSpec[] = pods.map((p, i) => {
      const node = p.node % nodeCount;
      const containers: ContainerSpec[] = p.containers.map((c, j) => ({
        name: `c${j}`,
        image: 'img:1',
        ports: c.ports,
      }));
      const base = {
        name: `pod${i}`,
        namespace: 'default',
        node: `node${node + 1}`,
        labels: {},
        hostNetwork: p.hostNetwork,
        containers,
      };
      return p.fixedIp && !p.hostNetwork ? { ...base, ip: `10.244.${node + 1}.${100 + i}` } : base;
    });
    return {
      name: 'random',
      clusterCidr: '10.244.0.0/16',
      nodeNetwork: '192.168.10.0/24',
      cni,
      nodes,
      pods: specs,
    };
  });
