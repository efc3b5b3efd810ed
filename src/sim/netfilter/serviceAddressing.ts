/** Service addresses as the API server allocates them: ClusterIPs from the service CIDR, nodePorts from 30000–32767. */
import { fnv1a } from '../model/hash';
import { cidrContains, formatIpv4, parseCidr, parseIpv4 } from '../model/ipv4';
import type { ServiceSpec } from '../model/k8sTypes';
import type { ClusterSpec, Ipv4 } from '../model/types';

/** The default service CIDR (kubeadm's --service-cidr). */
export const DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
/** The first and last nodePort (the API server's --service-node-port-range). */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;
/** The Service the API server creates for itself: the service CIDR's first address. */
export const KUBERNETES_SERVICE = 'default/kubernetes';
/** kube-dns: the service CIDR's tenth address, which kubelet writes into every pod's resolv.conf. */
export const KUBE_DNS_SERVICE = 'kube-system/kube-dns';

/** "namespace/name" of a Service. */
export function serviceKey(s: Pick<ServiceSpec, 'namespace' | 'name'>): string {
  return `${s.namespace || 'default'}/${s.name}`;
}

/** What a Service was given: its ClusterIP ("None" when headless) and one nodePort per port (0 = none). */
export interface ServiceAddresses {
  /** The virtual address, or "None" for a headless Service. */
  readonly clusterIp: Ipv4 | 'None';
  /** Per port, in order: its nodePort (NodePort Services), else 0. */
  readonly nodePorts: readonly number[];
}

/**
 * The static band the API server keeps for addresses asked for by hand (min(max(16, size/16), 256)
 * addresses at the start of the range); dynamic allocations come from above it.
 */
function staticBand(size: number, min: number, max: number, div: number): number {
  return Math.min(Math.max(min, Math.floor(size / div)), max);
}

/**
 * Every Service's addresses: kubernetes gets the range's first address and kube-dns its tenth (as
 * kubeadm arranges), a fixed clusterIP is kept, any other gets a stable address above the static
 * band from a hash of its name (the API server picks at random there); nodePorts the same way.
 */
export function allocateServices(cluster: ClusterSpec): Map<string, ServiceAddresses> {
  const range = parseCidr(cluster.serviceCidr ?? DEFAULT_SERVICE_CIDR) ?? { base: 0, prefix: 32 };
  const size = 2 ** (32 - range.prefix);
  const band = staticBand(size, 16, 256, 16);
  const services = cluster.services ?? [];
  const usedIps = new Set<number>();
  const usedPorts = new Set<number>();
  const ipOf = new Map<string, number>();
  const fixedIp = (key: string, s: ServiceSpec): number | null => {
    if (s.clusterIP !== undefined) return parseIpv4(s.clusterIP);
    if (key === KUBERNETES_SERVICE) return range.base + 1;
    if (key === KUBE_DNS_SERVICE) return range.base + 10;
    return null;
  };
  for (const s of services) {
    const ip = fixedIp(serviceKey(s), s);
    if (ip !== null && cidrContains(range, ip)) {
      usedIps.add(ip);
      ipOf.set(serviceKey(s), ip);
    }
    for (const p of s.ports) if (p.nodePort !== undefined) usedPorts.add(p.nodePort);
  }
  const dynamic = Math.max(1, size - band - 1);
  const portBand = staticBand(NODE_PORT_MAX - NODE_PORT_MIN + 1, 16, 128, 32);
  const portSpan = NODE_PORT_MAX - NODE_PORT_MIN + 1 - portBand;
  const out = new Map<string, ServiceAddresses>();
  for (const s of services) {
    const key = serviceKey(s);
    let ip = ipOf.get(key);
    if (ip === undefined && s.clusterIP !== 'None') {
      let i = fnv1a(`clusterip:${key}`) % dynamic;
      for (let n = 0; n < dynamic && usedIps.has(range.base + band + i); n++) i = (i + 1) % dynamic;
      ip = range.base + band + i;
      usedIps.add(ip);
    }
    const nodePorts = s.ports.map((p, idx) => {
      if (s.type !== 'NodePort') return 0;
      if (p.nodePort !== undefined) return p.nodePort;
      let i = fnv1a(`nodeport:${key}:${p.name ?? idx}`) % portSpan;
      while (usedPorts.has(NODE_PORT_MIN + portBand + i)) i = (i + 1) % portSpan;
      usedPorts.add(NODE_PORT_MIN + portBand + i);
      return NODE_PORT_MIN + portBand + i;
    });
    out.set(key, { clusterIp: ip === undefined ? 'None' : formatIpv4(ip), nodePorts });
  }
  return out;
}
