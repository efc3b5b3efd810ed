/** What CoreDNS reads from the API: the cluster's namespaces and Services with their addresses and ready endpoints. */
import { CLUSTER_DOMAIN } from './resolvConf';
import { servicePorts } from '../netfilter/endpointSlices';
import { allocateServices, serviceKey } from '../netfilter/serviceAddressing';
import type { ClusterDnsData, DnsServiceRecord } from './coredns';
import type { ServiceSpec } from '../model/k8sTypes';
import type { NetIndex } from '../model/topology';
import type { ClusterSpec, Ipv4 } from '../model/types';

/** The namespaces every cluster has, whether or not the scenario lists them. */
const BUILT_IN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Where a Service's addresses come from (the Services code: ClusterIP allocation, EndpointSlices). */
export interface ServiceFacts {
  /** The Service's ClusterIP; undefined for a headless Service. */
  readonly clusterIpOf: (svc: ServiceSpec) => Ipv4 | undefined;
  /** The pod IPs of its ready endpoints, in EndpointSlice order. */
  readonly readyEndpointsOf: (svc: ServiceSpec) => readonly Ipv4[];
}

/** The namespaces that exist: the built-in ones, the listed ones, and those of pods and Services. */
export function namespacesOf(cluster: ClusterSpec): ReadonlySet<string> {
  return new Set([
    ...BUILT_IN_NAMESPACES,
    ...(cluster.namespaces ?? []).map((n) => n.name),
    ...cluster.pods.map((p) => p.namespace || 'default'),
    ...(cluster.services ?? []).map((s) => s.namespace),
  ]);
}

/** The data CoreDNS answers from, for a cluster. */
export function clusterDnsData(cluster: ClusterSpec, facts: ServiceFacts): ClusterDnsData {
  const services = (cluster.services ?? []).map((svc): DnsServiceRecord => {
    const clusterIp = facts.clusterIpOf(svc);
    const base = {
      name: svc.name,
      namespace: svc.namespace,
      endpoints: facts.readyEndpointsOf(svc),
    };
    return clusterIp === undefined ? base : { ...base, clusterIp };
  });
  return { domain: CLUSTER_DOMAIN, namespaces: namespacesOf(cluster), services };
}

/** The kube-dns Service (kube-system/kube-dns), which ClusterFirst pods use as their nameserver. */
export function kubeDnsService(cluster: ClusterSpec): ServiceSpec | undefined {
  return (cluster.services ?? []).find(
    (s) => s.namespace === 'kube-system' && s.name === 'kube-dns',
  );
}

/** The Services code's answers: the API server's ClusterIPs and the EndpointSlices' ready pods (every port's, once each). */
export function serviceFactsOf(idx: NetIndex): ServiceFacts {
  const addresses = allocateServices(idx.cluster);
  const ports = servicePorts(idx);
  return {
    clusterIpOf: (svc) => {
      const ip = addresses.get(serviceKey(svc))?.clusterIp;
      return ip === undefined || ip === 'None' ? undefined : ip;
    },
    readyEndpointsOf: (svc) => {
      const key = serviceKey(svc);
      const ips = ports
        .filter((p) => serviceKey(p.service) === key)
        .flatMap((p) => p.endpoints.map((e) => e.ip));
      return [...new Set(ips)];
    },
  };
}
