/** buildNetwork: derives every namespace, device, route and socket of a cluster, cached per cluster object. */
import { allocate } from './addressing';
import { nodeNetnsId, podIdOf } from './ids';
import { buildNodeDevices, buildNodeTables, type NodeDevices } from './nodeNamespace';
import { buildPodNamespace, type PodNamespaceParts } from './podNamespace';
import { parseRoutes, type ParsedRoute } from '../ip/routing';
import { KUBELET_PORT, PortSpace, socketKey } from './sockets';
import { NODE_SEGMENT, buildOutside, outsideOf } from './outside';
import type { OutsideSpec } from './k8sTypes';
import type {
  Device,
  FdbEntry,
  Netns,
  Network,
  NodeNet,
  PodNet,
  Socket,
  StartFailure,
} from './networkTypes';
import type { Cidr, ClusterSpec, DeviceId, Ipv4, Mac, NetnsId, PodId, PodSpec } from './types';

/** Lookup tables built with the network, so a trace step is a map lookup, never a scan over pods. */
export interface NetIndex {
  /** The derived network. */
  readonly network: Network;
  /** The cluster it came from. */
  readonly cluster: ClusterSpec;
  /** Pods by id. */
  readonly pods: ReadonlyMap<PodId, { readonly spec: PodSpec; readonly net: PodNet }>;
  /** Nodes by name, with their own devices. */
  readonly nodes: ReadonlyMap<string, { readonly net: NodeNet; readonly devs: NodeDevices }>;
  /** Nodes by eth0 address: the node network's ARP answers. */
  readonly nodeByIp: ReadonlyMap<Ipv4, string>;
  /** Pod namespaces by id, with lo, eth0 and the host veth end. */
  readonly podNs: ReadonlyMap<NetnsId, PodNamespaceParts>;
  /** Per cni0: the bridge's learned table, pod eth0 MAC → host veth port. */
  readonly bridgePorts: ReadonlyMap<DeviceId, ReadonlyMap<Mac, DeviceId>>;
  /** Listening sockets per namespace, by "PROTO/port". */
  readonly sockets: ReadonlyMap<NetnsId, ReadonlyMap<string, Socket>>;
  /** Parsed routing tables per namespace. */
  readonly routes: ReadonlyMap<NetnsId, readonly ParsedRoute[]>;
  /** Permanent neighbours per device: IP → MAC. */
  readonly neighbours: ReadonlyMap<DeviceId, ReadonlyMap<Ipv4, Mac>>;
  /** VXLAN FDB per device: MAC → remote VTEP (node) IP. */
  readonly fdb: ReadonlyMap<DeviceId, ReadonlyMap<Mac, Ipv4>>;
  /** Start failures by "podId/container". */
  readonly failures: ReadonlyMap<string, StartFailure>;
  /** Per Ethernet segment ("node-network", "internet"): address → the NIC that answers ARP for it. */
  readonly segments: ReadonlyMap<string, ReadonlyMap<Ipv4, DeviceId>>;
  /** The outside addresses (client, gateway, internet host), defaults filled in. */
  readonly outside: OutsideSpec;
}

const cache = new WeakMap<ClusterSpec, NetIndex>();
const byNetwork = new WeakMap<Network, NetIndex>();

/** The lookup tables of a network that buildNetwork returned (undefined for a hand-made one). */
export function indexOfNetwork(network: Network): NetIndex | undefined {
  return byNetwork.get(network);
}

/** Derives (once per cluster object) the network and its lookup tables. */
export function indexNetwork(cluster: ClusterSpec): NetIndex {
  const hit = cache.get(cluster);
  if (hit) return hit;
  const built = build(cluster);
  cache.set(cluster, built);
  byNetwork.set(built.network, built);
  return built;
}

/** Derives every namespace and device of a cluster (cached per cluster object, so repeat calls are free). */
export function buildNetwork(cluster: ClusterSpec): Network {
  return indexNetwork(cluster).network;
}

function build(cluster: ClusterSpec): NetIndex {
  const alloc = allocate(cluster);
  const devices = new Map<DeviceId, Device>();
  const ipOwner = new Map<Ipv4, NetnsId>();
  const sockets = new Map<NetnsId, ReadonlyMap<string, Socket>>();
  const failures = new Map<string, StartFailure>();
  const podNs = new Map<NetnsId, PodNamespaceParts>();
  const pods = new Map<PodId, { spec: PodSpec; net: PodNet }>();
  const nodePorts = new Map<string, PortSpace>();
  const portsOfNode = new Map<string, PodNamespaceParts[]>();
  for (const n of cluster.nodes) {
    const space = new PortSpace();
    space.bindDaemon('kubelet', 'TCP', KUBELET_PORT);
    nodePorts.set(n.name, space);
    portsOfNode.set(n.name, []);
  }

  for (const spec of cluster.pods) {
    const id = podIdOf(spec);
    const addr = alloc.nodes.get(spec.node);
    const nodeSpace = nodePorts.get(spec.node);
    if (!addr || !nodeSpace) throw new Error(`pod ${id} is on unknown node ${spec.node}`);
    const space = spec.hostNetwork ? nodeSpace : new PortSpace();
    const podFailures: StartFailure[] = [];
    for (const c of spec.containers) {
      const f = space.start(id, c);
      if (f) {
        podFailures.push(f);
        failures.set(`${id}/${c.name}`, f);
      }
    }
    const ip = alloc.pods.get(id);
    if (spec.hostNetwork || ip === undefined) {
      pods.set(id, {
        spec,
        net: {
          id,
          node: spec.node,
          netns: nodeNetnsId(spec.node),
          ip: addr.ip,
          mac: '' as Mac,
          failures: podFailures,
        },
      });
      continue;
    }
    const parts = buildPodNamespace(
      id,
      ip,
      addr,
      nodeNetnsId(spec.node),
      cluster.cni,
      cluster.clusterCidr as Cidr,
    );
    podNs.set(parts.netns, parts);
    portsOfNode.get(spec.node)?.push(parts);
    sockets.set(parts.netns, space.sockets);
    ipOwner.set(ip, parts.netns);
    pods.set(id, {
      spec,
      net: {
        id,
        node: spec.node,
        netns: parts.netns,
        ip,
        mac: parts.eth0.mac,
        failures: podFailures,
      },
    });
  }

  const nodes = new Map<string, { net: NodeNet; devs: NodeDevices }>();
  const nodeByIp = new Map<Ipv4, string>();
  const bridgePorts = new Map<DeviceId, ReadonlyMap<Mac, DeviceId>>();
  const netnsMap = new Map<NetnsId, Netns>();
  const routes = new Map<NetnsId, readonly ParsedRoute[]>();
  const neighbours = new Map<DeviceId, ReadonlyMap<Ipv4, Mac>>();
  const fdbMap = new Map<DeviceId, ReadonlyMap<Mac, Ipv4>>();
  for (const n of cluster.nodes) {
    const addr = alloc.nodes.get(n.name);
    if (!addr) continue;
    const ports = portsOfNode.get(n.name) ?? [];
    const devs = buildNodeDevices(
      cluster,
      n.name,
      addr,
      alloc,
      ports.map((p) => p.hostVeth.mac),
    );
    const tables = buildNodeTables(cluster, n.name, devs, alloc);
    const own = [devs.lo, devs.eth0, ...(devs.flannel ? [devs.flannel] : []), devs.cni0];
    for (const d of own) devices.set(d.id, d);
    for (const p of ports) devices.set(p.hostVeth.id, p.hostVeth);
    ipOwner.set(addr.ip, devs.netns);
    ipOwner.set(addr.bridgeIp, devs.netns);
    if (devs.flannel) ipOwner.set(addr.podNet, devs.netns);
    nodeByIp.set(addr.ip, n.name);
    bridgePorts.set(devs.cni0.id, new Map(ports.map((p) => [p.eth0.mac, p.hostVeth.id])));
    if (devs.flannel) {
      neighbours.set(devs.flannel.id, new Map(tables.neighbours.map((e) => [e.ip, e.mac])));
      fdbMap.set(
        devs.flannel.id,
        new Map(tables.fdb.map((e: FdbEntry) => [e.mac, e.dst ?? addr.ip])),
      );
    }
    const nodeSockets = nodePorts.get(n.name)?.sockets ?? new Map<string, Socket>();
    sockets.set(devs.netns, nodeSockets);
    const parsed = parseRoutes(tables.routes);
    routes.set(devs.netns, parsed);
    netnsMap.set(devs.netns, {
      id: devs.netns,
      kind: 'node',
      node: n.name,
      devices: [...own, ...ports.map((p) => p.hostVeth)].map((d) => d.id),
      routes: parsed.map((r) => r.route),
      neighbours: tables.neighbours,
      fdb: tables.fdb,
      sockets: [...nodeSockets.values()],
      ipForward: true,
    });
    nodes.set(n.name, {
      devs,
      net: {
        name: n.name,
        netns: devs.netns,
        ip: addr.ip,
        podCidr: addr.podCidr,
        bridgeIp: addr.bridgeIp,
      },
    });
  }

  for (const [id, entry] of pods) {
    const parts = podNs.get(entry.net.netns);
    if (!parts) {
      const eth0 = nodes.get(entry.net.node)?.devs.eth0.mac ?? ('' as Mac);
      pods.set(id, { ...entry, net: { ...entry.net, mac: eth0 } });
      continue;
    }
    devices.set(parts.lo.id, parts.lo);
    devices.set(parts.eth0.id, parts.eth0);
    const parsed = parseRoutes(parts.routes);
    routes.set(parts.netns, parsed);
    netnsMap.set(parts.netns, {
      id: parts.netns,
      kind: 'pod',
      node: entry.net.node,
      pod: id,
      devices: [parts.lo.id, parts.eth0.id],
      routes: parsed.map((r) => r.route),
      neighbours: [],
      fdb: [],
      sockets: [...(sockets.get(parts.netns)?.values() ?? [])],
      ipForward: false,
    });
  }

  const segments = new Map<string, Map<Ipv4, DeviceId>>([[NODE_SEGMENT, new Map()]]);
  for (const n of nodes.values()) segments.get(NODE_SEGMENT)?.set(n.net.ip, n.devs.eth0.id);
  for (const host of buildOutside(cluster, alloc)) {
    for (const d of host.devices) {
      devices.set(d.id, d);
      if (d.kind === 'loopback' || !d.ip) continue;
      if (!ipOwner.has(d.ip)) ipOwner.set(d.ip, host.netns);
      const seg = d.segment ?? NODE_SEGMENT;
      if (!segments.has(seg)) segments.set(seg, new Map());
      const members = segments.get(seg);
      if (members && !members.has(d.ip)) members.set(d.ip, d.id);
    }
    const parsed = parseRoutes(host.routes);
    routes.set(host.netns, parsed);
    sockets.set(host.netns, new Map(host.sockets.map((k) => [socketKey(k.protocol, k.port), k])));
    netnsMap.set(host.netns, {
      id: host.netns,
      kind: 'outside',
      node: host.netns,
      devices: host.devices.map((d) => d.id),
      routes: parsed.map((r) => r.route),
      neighbours: [],
      fdb: [],
      sockets: host.sockets,
      ipForward: host.ipForward,
    });
  }

  const network: Network = {
    nodes: [...nodes.values()].map((n) => n.net),
    pods: [...pods.values()].map((p) => p.net),
    netns: netnsMap,
    devices,
    ipOwner,
  };
  return {
    network,
    cluster,
    pods,
    nodes,
    nodeByIp,
    podNs,
    bridgePorts,
    sockets,
    routes,
    neighbours,
    fdb: fdbMap,
    failures,
    segments,
    outside: outsideOf(cluster, alloc),
  };
}
