/** The conformance cases: a shared cluster per CNI mode and, per case, the one packet to send. */
import type {
  ClusterSpec,
  CniMode,
  Endpoint,
  PacketRequest,
  PodId,
  Target,
} from '../../src/sim/model/types';

/** One conformance case: a request sent in the kernel and traced by the simulation. */
export interface ConformanceCase {
  /** What it shows, as the report lists it. */
  readonly name: string;
  /** The concept or network fact it checks (concepts.md / network-facts.md ids). */
  readonly covers: string;
  /** Which shared cluster it runs in. */
  readonly cni: CniMode;
  /** The packet to send. */
  readonly request: PacketRequest;
}

const pod = (id: string): PodId => id as PodId;
const container = (p: string, c: string): Endpoint => ({
  kind: 'container',
  pod: pod(p),
  container: c,
});
const kubelet = (node: string): Endpoint => ({ kind: 'node', node, agent: 'kubelet' });
const toPod = (p: string): Target => ({ kind: 'pod', pod: pod(p) });
const toNode = (node: string): Target => ({ kind: 'node', node });
const tcp = (from: Endpoint, to: Target, port: number): PacketRequest => ({
  from,
  to,
  protocol: 'TCP',
  port,
});
const udp = (from: Endpoint, to: Target, port: number): PacketRequest => ({
  from,
  to,
  protocol: 'UDP',
  port,
});
const ping = (from: Endpoint, to: Target, size?: number): PacketRequest =>
  size === undefined ? { from, to, protocol: 'ICMP' } : { from, to, protocol: 'ICMP', size };
/** `ping -t ttl`: an echo request sent with a low TTL. */
const pingTtl = (from: Endpoint, to: Target, ttl: number): PacketRequest => ({
  from,
  to,
  protocol: 'ICMP',
  ttl,
});

/** The cluster every case of one CNI mode shares (built once per mode). */
export function conformanceCluster(cni: CniMode): ClusterSpec {
  const app = (name: string, node: string, ports: number[], hostNetwork = false) => ({
    name,
    namespace: 'default',
    node,
    labels: { app: name },
    hostNetwork,
    containers: [
      {
        name,
        image: `example/${name}:1`,
        ports: ports.map((port) => ({ port, protocol: 'TCP' as const })),
      },
    ],
  });
  return {
    name: `conformance-${cni}`,
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni,
    nodes: [{ name: 'node1' }, { name: 'node2' }],
    pods: [
      {
        ...app('web', 'node1', []),
        containers: [
          { name: 'nginx', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP' }] },
          { name: 'log-shipper', image: 'fluent-bit:3', ports: [{ port: 2020, protocol: 'TCP' }] },
        ],
      },
      app('cache', 'node1', [6379]),
      {
        ...app('api', 'node2', [8080]),
        containers: [
          {
            name: 'api',
            image: 'example/api:1',
            ports: [
              { port: 8080, protocol: 'TCP' },
              { port: 5353, protocol: 'UDP' },
            ],
          },
        ],
      },
      app('exporter', 'node1', [9100], true),
      // a hostNetwork pod that wants the kubelet's port: its bind() fails in the node's namespace
      app('fake-kubelet', 'node2', [10250], true),
      {
        ...app('dup', 'node2', []),
        containers: [
          { name: 'first', image: 'example/a:1', ports: [{ port: 7000, protocol: 'TCP' }] },
          { name: 'second', image: 'example/b:1', ports: [{ port: 7000, protocol: 'TCP' }] },
        ],
      },
    ],
  };
}

const WEB = container('default/web', 'nginx');
const EXPORTER = container('default/exporter', 'exporter');

/** Every case, in the order they run (host-gw first, then VXLAN). */
export const CASES: readonly ConformanceCase[] = [
  {
    name: 'loopback inside a pod',
    covers: 'C6, fact 1',
    cni: 'bridge-hostgw',
    request: tcp(WEB, { kind: 'localhost' }, 2020),
  },
  {
    name: 'localhost from another pod',
    covers: 'C9, fact 3',
    cni: 'bridge-hostgw',
    request: tcp(container('default/cache', 'cache'), { kind: 'localhost' }, 80),
  },
  {
    name: 'a pod reaching its own IP',
    covers: 'fact 4',
    cni: 'bridge-hostgw',
    request: tcp(WEB, toPod('default/web'), 2020),
  },
  {
    name: 'same-node pod to pod (TCP)',
    covers: 'C9, fact 5',
    cni: 'bridge-hostgw',
    request: tcp(WEB, toPod('default/cache'), 6379),
  },
  {
    name: 'same-node pod to pod (ping)',
    covers: 'C9, fact 5',
    cni: 'bridge-hostgw',
    request: ping(WEB, toPod('default/cache')),
  },
  {
    name: 'cross-node, host routing (TCP)',
    covers: 'C9, fact 6',
    cni: 'bridge-hostgw',
    request: tcp(WEB, toPod('default/api'), 8080),
  },
  {
    name: 'cross-node, host routing (ping)',
    covers: 'C9, fact 6',
    cni: 'bridge-hostgw',
    request: ping(WEB, toPod('default/api')),
  },
  {
    name: 'node agent to a pod on its node',
    covers: 'C8, fact 11',
    cni: 'bridge-hostgw',
    request: tcp(kubelet('node1'), toPod('default/web'), 80),
  },
  {
    name: 'pod to a hostNetwork pod',
    covers: 'fact 12',
    cni: 'bridge-hostgw',
    request: tcp(container('default/api', 'api'), toPod('default/exporter'), 9100),
  },
  {
    name: 'hostNetwork pod to a remote pod, host routing',
    covers: 'fact 12',
    cni: 'bridge-hostgw',
    request: tcp(EXPORTER, toPod('default/api'), 8080),
  },
  {
    name: "a pod to the other node's kubelet, host routing",
    covers: 'C8, fact 12',
    cni: 'bridge-hostgw',
    request: tcp(WEB, toNode('node2'), 10250),
  },
  {
    name: 'a refused port',
    covers: 'fact 9',
    cni: 'bridge-hostgw',
    request: tcp(WEB, toPod('default/api'), 9999),
  },
  {
    name: 'UDP to a listening port across nodes',
    covers: 'C9, fact 6',
    cni: 'bridge-hostgw',
    request: udp(WEB, toPod('default/api'), 5353),
  },
  {
    name: 'UDP to a closed port: ICMP port unreachable',
    covers: 'fact 9',
    cni: 'bridge-hostgw',
    request: udp(WEB, toPod('default/api'), 9999),
  },
  {
    name: 'nobody has the address, on the pod subnet',
    covers: 'fact 5 (ARP)',
    cni: 'bridge-hostgw',
    request: ping(WEB, { kind: 'ip', ip: '10.244.1.99' }),
  },
  {
    name: 'nobody has the address, on the other node',
    covers: 'fact 6 (ARP)',
    cni: 'bridge-hostgw',
    request: tcp(WEB, { kind: 'ip', ip: '10.244.2.99' }, 80),
  },
  {
    name: 'TTL 1 to a pod on the same node: bridged, never routed, so it arrives',
    covers: 'fact 5 (TTL)',
    cni: 'bridge-hostgw',
    request: pingTtl(WEB, toPod('default/cache'), 1),
  },
  {
    name: "TTL 1 to a pod on the other node: the pod's gateway answers time exceeded",
    covers: 'fact 6 (TTL)',
    cni: 'bridge-hostgw',
    request: pingTtl(WEB, toPod('default/api'), 1),
  },
  {
    name: 'TTL 2 to a pod on the other node: the other node answers time exceeded, host routing',
    covers: 'fact 6 (TTL), fact 12',
    cni: 'bridge-hostgw',
    request: pingTtl(WEB, toPod('default/api'), 2),
  },
  {
    name: 'cross-node over VXLAN (TCP)',
    covers: 'C9, fact 7',
    cni: 'vxlan',
    request: tcp(WEB, toPod('default/api'), 8080),
  },
  {
    name: 'cross-node over VXLAN (ping)',
    covers: 'C9, fact 7',
    cni: 'vxlan',
    request: ping(WEB, toPod('default/api')),
  },
  {
    name: 'a 1500-byte DF ping cannot leave a VXLAN pod (MTU 1450)',
    covers: 'fact 7 (MTU)',
    cni: 'vxlan',
    request: ping(WEB, toPod('default/api'), 1500),
  },
  {
    name: 'a 1450-byte DF ping crosses the VXLAN overlay',
    covers: 'fact 7 (MTU)',
    cni: 'vxlan',
    request: ping(WEB, toPod('default/api'), 1450),
  },
  {
    name: 'hostNetwork pod to a remote pod over VXLAN',
    covers: 'fact 12',
    cni: 'vxlan',
    request: tcp(EXPORTER, toPod('default/api'), 8080),
  },
  {
    name: "a pod to the other node's kubelet over VXLAN (the answer comes back encapsulated)",
    covers: 'C8, fact 12',
    cni: 'vxlan',
    request: tcp(WEB, toNode('node2'), 10250),
  },
  {
    name: 'the kubelet to a pod on the other node over VXLAN (from flannel.1)',
    covers: 'C8, fact 12',
    cni: 'vxlan',
    request: tcp(kubelet('node1'), toPod('default/api'), 8080),
  },
  {
    name: "a pod to its own node's flannel.1 address",
    covers: 'fact 12',
    cni: 'vxlan',
    request: tcp(WEB, { kind: 'ip', ip: '10.244.1.0' }, 10250),
  },
  {
    name: 'TTL 2 to a pod on the other node over VXLAN: time exceeded from its flannel.1',
    covers: 'fact 7 (TTL), fact 12',
    cni: 'vxlan',
    request: pingTtl(WEB, toPod('default/api'), 2),
  },
  {
    name: 'UDP to a listening port over VXLAN',
    covers: 'C9, fact 7',
    cni: 'vxlan',
    request: udp(WEB, toPod('default/api'), 5353),
  },
  {
    name: 'a refused port over VXLAN',
    covers: 'fact 9',
    cni: 'vxlan',
    request: tcp(WEB, toPod('default/api'), 9999),
  },
];
