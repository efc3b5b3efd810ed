/** EndpointSlices: the ready pods of a Service's namespace whose labels match its selector, with each port's target resolved per pod. */
import { allocateServices, serviceKey } from './serviceAddressing';
import { chainHash } from './sha256';
import { podIdOf } from '../model/ids';
import type { NetIndex } from '../model/topology';
import type { ServicePortSpec, ServiceSpec } from '../model/k8sTypes';
import type { Ipv4, PodId, PodSpec } from '../model/types';

/** One endpoint of one Service port: a ready pod and the port it is reached on. */
export interface ServiceEndpoint {
  /** The pod. */
  readonly pod: PodId;
  /** Its IP (the node's for a hostNetwork pod). */
  readonly ip: Ipv4;
  /** The target port, resolved for this pod (a named targetPort can differ per pod). */
  readonly port: number;
  /** The node it runs on (what externalTrafficPolicy Local looks at). */
  readonly node: string;
  /** The KUBE-SEP chain kube-proxy gives it. */
  readonly chain: string;
}

/** One port of a Service as kube-proxy sees it (a "service port name"). */
export interface ServicePortInfo {
  /** The Service. */
  readonly service: ServiceSpec;
  /** The port spec. */
  readonly port: ServicePortSpec;
  /** "namespace/name" or "namespace/name:portName", as kube-proxy writes it into comments and hashes. */
  readonly name: string;
  /** tcp or udp, as in iptables rules. */
  readonly protocol: 'tcp' | 'udp';
  /** The ClusterIP, or undefined for a headless Service (no rules at all). */
  readonly clusterIp?: Ipv4;
  /** The nodePort, for a NodePort Service. */
  readonly nodePort?: number;
  /** The ready endpoints, in kube-proxy's order (sorted as "ip:port" strings). */
  readonly endpoints: readonly ServiceEndpoint[];
  /** KUBE-SVC-…: picks among all endpoints. */
  readonly svcChain: string;
  /** KUBE-SVL-…: picks among this node's endpoints (externalTrafficPolicy Local). */
  readonly svlChain: string;
  /** KUBE-EXT-…: where NodePort traffic goes first. */
  readonly extChain: string;
}

function selects(selector: Readonly<Record<string, string>>, pod: PodSpec): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => pod.labels[k] === selector[k]);
}

/** The port a pod is reached on for a Service port: the number, or its containerPort of that name. */
export function targetPortOf(pod: PodSpec, port: ServicePortSpec): number | undefined {
  if (typeof port.targetPort === 'number') return port.targetPort;
  for (const c of pod.containers)
    for (const p of c.ports)
      if (p.name === port.targetPort && p.protocol === port.protocol) return p.port;
  return undefined;
}

const cache = new WeakMap<NetIndex, ServicePortInfo[]>();

/** Every port of every Service with its endpoints, once per network. */
export function servicePorts(idx: NetIndex): readonly ServicePortInfo[] {
  const hit = cache.get(idx);
  if (hit) return hit;
  const addresses = allocateServices(idx.cluster);
  const out: ServicePortInfo[] = [];
  for (const service of idx.cluster.services ?? []) {
    const key = serviceKey(service);
    const addr = addresses.get(key);
    service.ports.forEach((port, i) => {
      const name = port.name ? `${key}:${port.name}` : key;
      const protocol = port.protocol === 'UDP' ? 'udp' : 'tcp';
      const endpoints: ServiceEndpoint[] = [];
      for (const spec of idx.cluster.pods) {
        if ((spec.namespace || 'default') !== (service.namespace || 'default')) continue;
        const id = podIdOf(spec);
        const pod = idx.pods.get(id);
        if (!pod || pod.net.failures.length > 0 || !selects(service.selector, spec)) continue;
        const target = targetPortOf(spec, port);
        if (target === undefined) continue;
        const ep = `${pod.net.ip}:${target}`;
        const chain = `KUBE-SEP-${chainHash(name + protocol + ep)}`;
        endpoints.push({ pod: id, ip: pod.net.ip, port: target, node: spec.node, chain });
      }
      endpoints.sort((a, b) => {
        const x = `${a.ip}:${a.port}`;
        const y = `${b.ip}:${b.port}`;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      const hash = chainHash(name + protocol);
      const nodePort = addr?.nodePorts[i] ?? 0;
      out.push({
        service,
        port,
        name,
        protocol,
        ...(addr && addr.clusterIp !== 'None' ? { clusterIp: addr.clusterIp } : {}),
        ...(nodePort > 0 ? { nodePort } : {}),
        endpoints,
        svcChain: `KUBE-SVC-${hash}`,
        svlChain: `KUBE-SVL-${hash}`,
        extChain: `KUBE-EXT-${hash}`,
      });
    });
  }
  cache.set(idx, out);
  return out;
}
