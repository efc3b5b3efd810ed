/**
 * What listens in a recipe's namespaces (pure): per namespace the containers' ports for the
 * listener, the CoreDNS pod's DNS responder with the cluster's zone, the ingress controller's proxy
 * with its routes, and each pod's resolv.conf — as the conformance suite starts them.
 */
import { servicePorts } from '../../sim/netfilter/endpointSlices';
import { podIdOf } from '../../sim/model/ids';
import { podNetOf } from '../../sim/model/lookup';
import { indexNetwork } from '../../sim/model/topology';
import type { Network } from '../../sim/model/networkTypes';
import type { ClusterSpec, NetnsId, PodId } from '../../sim/model/types';

/** One process that binds ports in order: a container of a pod, or a node daemon. */
export interface BindGroup {
  /** The container (or daemon) name. */
  readonly container: string;
  /** Its pod id, absent for node daemons. */
  readonly pod?: string;
  /** Ports in bind order. */
  readonly ports: readonly { readonly protocol: 'TCP' | 'UDP'; readonly port: number }[];
}

/** One path rule of the proxy, resolved to the backend Service's address. */
export interface ProxyRoute {
  /** The Host it matches; absent = any host. */
  readonly host?: string;
  /** The URL path. */
  readonly path: string;
  /** Prefix (whole path elements) or Exact. */
  readonly pathType: 'Prefix' | 'Exact';
  /** The backend Service's ClusterIP and port. */
  readonly ip: string;
  readonly port: number;
}

/** A server a recipe starts: which program, in which namespace, with which argument (JSON). */
export interface RecipeServer {
  readonly netns: NetnsId;
  readonly program: 'listen' | 'dns' | 'proxy';
  /** The program's arguments. */
  readonly args: readonly string[];
}

/** Every server of a scenario, and the nameserver pods are given (kube-dns's ClusterIP). */
export interface RecipeServers {
  readonly servers: readonly RecipeServer[];
  /** kube-dns's ClusterIP, when the scenario has that Service. */
  readonly nameserver?: string;
}

/** The bind groups of a namespace: node daemons first, then each pod's containers in spec order. */
export function bindGroupsOf(cluster: ClusterSpec, network: Network, netns: NetnsId): BindGroup[] {
  const ns = network.netns.get(netns);
  if (!ns) return [];
  const groups: BindGroup[] = ns.sockets
    .filter((s) => s.pod === undefined)
    .map((s) => ({ container: s.container, ports: [{ protocol: s.protocol, port: s.port }] }));
  for (const pod of cluster.pods) {
    const id = podIdOf(pod);
    if (network.pods.find((p) => p.id === id)?.netns !== netns) continue;
    for (const c of pod.containers)
      groups.push({
        container: c.name,
        pod: id,
        ports: c.ports.map((p) => ({ protocol: p.protocol, port: p.port })),
      });
  }
  return groups;
}

type Ports = ReturnType<typeof servicePorts>;

/** The A records the DNS responder serves: every Service's name to its ClusterIP, or a headless one's pod IPs. */
export function zoneRecords(ports: Ports): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of ports) {
    const name = `${p.service.name}.${p.service.namespace}.svc.cluster.local`;
    const ips = p.clusterIp !== undefined ? [p.clusterIp] : p.endpoints.map((e) => e.ip);
    out[name] = [...new Set([...(out[name] ?? []), ...ips])];
  }
  return out;
}

/** The proxy's routes: each Ingress path to its backend Service's ClusterIP and port. */
export function proxyRoutes(cluster: ClusterSpec, ports: Ports): ProxyRoute[] {
  return (cluster.ingresses ?? []).flatMap((ing) =>
    ing.rules.flatMap((rule) =>
      rule.paths.flatMap((p) => {
        const svc = ports.find(
          (x) =>
            x.service.namespace === ing.namespace &&
            x.service.name === p.service &&
            (typeof p.port === 'number' ? x.port.port === p.port : true),
        );
        if (!svc?.clusterIp) return [];
        const route = {
          path: p.path,
          pathType: p.pathType,
          ip: svc.clusterIp,
          port: svc.port.port,
        };
        return [rule.host === undefined ? route : { ...route, host: rule.host }];
      }),
    ),
  );
}

/** The servers of a scenario: DNS responder and proxy first, then a listener per namespace for the ports they leave. */
export function recipeServers(cluster: ClusterSpec, network: Network): RecipeServers {
  const ports = servicePorts(indexNetwork(cluster));
  const netnsOf = (pod: string): NetnsId | undefined => podNetOf(network, pod as PodId)?.netns;
  const dnsPod = cluster.pods.find((p) => p.labels['k8s-app'] === 'kube-dns');
  const dnsNetns = dnsPod ? netnsOf(podIdOf(dnsPod)) : undefined;
  const ctlNetns = cluster.ingressController ? netnsOf(cluster.ingressController.pod) : undefined;
  const servers: RecipeServer[] = [];
  // a port a real server takes over is left out of the listener: "<netns> <protocol>/<port>"
  const taken = new Set<string>();
  if (dnsNetns) {
    servers.push({ netns: dnsNetns, program: 'dns', args: [JSON.stringify(zoneRecords(ports))] });
    taken.add(`${dnsNetns} UDP/53`);
  }
  if (ctlNetns) {
    const routes = JSON.stringify(proxyRoutes(cluster, ports));
    servers.push({ netns: ctlNetns, program: 'proxy', args: [routes, '80'] });
    taken.add(`${ctlNetns} TCP/80`);
  }
  for (const id of network.netns.keys()) {
    const groups = bindGroupsOf(cluster, network, id)
      .map((g) => ({
        ...g,
        ports: g.ports.filter((p) => !taken.has(`${id} ${p.protocol}/${p.port}`)),
      }))
      .filter((g) => g.ports.length > 0);
    if (groups.length > 0)
      servers.push({ netns: id, program: 'listen', args: [JSON.stringify(groups)] });
  }
  const kubeDns = ports.find(
    (p) => p.service.namespace === 'kube-system' && p.service.name === 'kube-dns',
  )?.clusterIp;
  return kubeDns === undefined ? { servers } : { servers, nameserver: kubeDns };
}
