/** Shared clusters and helpers for the simulation tests. */
import { simulate } from '../../../src/sim';
import type {
  ClusterSpec,
  CniMode,
  ContainerSpec,
  DeviceId,
  Endpoint,
  Hop,
  PacketRequest,
  PodId,
  PodSpec,
  Target,
  Trace,
} from '../../../src/sim';

const c = (name: string, ...ports: [number, 'TCP' | 'UDP'][]): ContainerSpec => ({
  name,
  image: `${name}:1`,
  ports: ports.map(([port, protocol]) => ({ port, protocol })),
});

const pod = (
  name: string,
  node: string,
  containers: ContainerSpec[],
  hostNetwork = false,
): PodSpec => ({
  name,
  namespace: 'default',
  node,
  labels: {},
  hostNetwork,
  containers,
});

/** Two nodes as in network-facts: web (nginx + log-shipper) and cache on node1, api and dns on node2, plus port clashes. */
export function lab(cni: CniMode = 'bridge-hostgw'): ClusterSpec {
  return {
    name: 'lab',
    clusterCidr: '10.244.0.0/16',
    nodeNetwork: '192.168.10.0/24',
    cni,
    nodes: [{ name: 'node1' }, { name: 'node2' }],
    pods: [
      pod('web', 'node1', [c('nginx', [80, 'TCP']), c('log-shipper', [2020, 'TCP'])]),
      pod('cache', 'node1', [c('redis', [6379, 'TCP'])]),
      pod('api', 'node2', [c('api', [8080, 'TCP'])]),
      pod('dns', 'node2', [c('coredns', [53, 'UDP'], [53, 'TCP'])]),
      pod('clash', 'node1', [c('app', [8080, 'TCP']), c('sidecar', [9090, 'TCP'], [8080, 'TCP'])]),
      pod('exporter', 'node1', [c('node-exporter', [9100, 'TCP'])], true),
      pod('exporter2', 'node1', [c('node-exporter', [9100, 'TCP'])], true),
      pod('rogue', 'node2', [c('fake-kubelet', [10250, 'TCP'])], true),
    ],
  };
}

/** A pod id in the default namespace. */
export const pid = (name: string): PodId => `default/${name}` as PodId;

/** A container endpoint. */
export const ctr = (podName: string, container: string): Endpoint => ({
  kind: 'container',
  pod: pid(podName),
  container,
});

/** A node agent endpoint. */
export const kubelet = (node: string): Endpoint => ({ kind: 'node', node, agent: 'kubelet' });

/** A pod target. */
export const toPod = (podName: string): Target => ({ kind: 'pod', pod: pid(podName) });

/** Traces one request. */
export function trace(
  cluster: ClusterSpec,
  from: Endpoint,
  to: Target,
  protocol: PacketRequest['protocol'],
  port?: number,
): Trace {
  return simulate(
    cluster,
    port === undefined ? { from, to, protocol } : { from, to, protocol, port },
  );
}

/** The hops of one leg. */
export const legOf = (t: Trace, leg: Hop['leg']): Hop[] => t.hops.filter((h) => h.leg === leg);

/** The actions of one leg, in order. */
export const actionsOf = (t: Trace, leg: Hop['leg']): string[] =>
  legOf(t, leg).map((h) => h.action);

/** The devices a leg passes, without repeats in a row. */
export function devicePath(t: Trace, leg: Hop['leg']): DeviceId[] {
  const out: DeviceId[] = [];
  for (const h of legOf(t, leg))
    if (h.device !== undefined && out[out.length - 1] !== h.device) out.push(h.device);
  return out;
}

/** The hop of a leg with a given action (the n-th one). */
export function hopOf(t: Trace, leg: Hop['leg'], action: Hop['action'], n = 0): Hop {
  const h = legOf(t, leg).filter((x) => x.action === action)[n];
  if (!h) throw new Error(`no ${action} hop #${n} in the ${leg} leg`);
  return h;
}

/** The last hop of a leg. */
export function lastOf(t: Trace, leg: Hop['leg']): Hop {
  const l = legOf(t, leg);
  const h = l[l.length - 1];
  if (!h) throw new Error(`empty ${leg} leg`);
  return h;
}
