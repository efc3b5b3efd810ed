/** A pod's /etc/resolv.conf for dnsPolicy ClusterFirst: what the kubelet asks for and the runtime writes. */
import type { Ipv4 } from '../model/types';

/** The cluster's DNS domain (the kubelet's --cluster-domain; kubeadm's default). */
export const CLUSTER_DOMAIN = 'cluster.local';

/** The `options ndots:` value the kubelet writes for ClusterFirst pods. */
export const KUBELET_NDOTS = 5;

/** The resolver configuration of one pod. */
export interface ResolvConf {
  /** `nameserver` lines, in order: for ClusterFirst, the kube-dns Service's ClusterIP. */
  readonly nameservers: readonly Ipv4[];
  /** The `search` list, in order: the names a short name is tried under. */
  readonly search: readonly string[];
  /** `options ndots:N`: a name with fewer dots than N is tried under the search list first. */
  readonly ndots: number;
}

/**
 * The resolv.conf of a ClusterFirst pod in `namespace` (the kubelet's DNS config, pkg/kubelet/network/dns):
 * the kube-dns ClusterIP as the only nameserver; search `<ns>.svc.<domain> svc.<domain> <domain>`
 * (the node's own search domains would follow; the simulated nodes have none); ndots 5.
 */
export function clusterFirstResolvConf(
  namespace: string,
  nameserver: Ipv4,
  domain: string = CLUSTER_DOMAIN,
): ResolvConf {
  return {
    nameservers: [nameserver],
    search: [`${namespace}.svc.${domain}`, `svc.${domain}`, domain],
    ndots: KUBELET_NDOTS,
  };
}

/**
 * The file as `cat /etc/resolv.conf` prints it inside the pod. containerd's CRI plugin writes it
 * from the kubelet's DNS config (parseDNSOptions): the search line, then the nameservers, then the
 * options, each ending in a newline.
 */
export function resolvConfText(conf: ResolvConf): string {
  const lines: string[] = [];
  if (conf.search.length > 0) lines.push(`search ${conf.search.join(' ')}`);
  for (const ns of conf.nameservers) lines.push(`nameserver ${ns}`);
  lines.push(`options ndots:${conf.ndots}`);
  return `${lines.join('\n')}\n`;
}
