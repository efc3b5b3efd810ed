/** Types of the network the simulation derives from a cluster: namespaces, devices, routes, neighbours. */
import type { Cidr, DeviceId, Ipv4, Mac, NetnsId, PodId } from './types';

/** What a device is, which decides how the tracer treats a frame on it. */
export type DeviceKind =
  /** The loopback device of a namespace. */
  | 'loopback'
  /** A pod's eth0: the pod end of its veth pair. */
  | 'veth-pod'
  /** The host end of a pod's veth pair, a port of cni0. */
  | 'veth-host'
  /** The node's cni0 bridge (its own port toward the node's IP stack). */
  | 'bridge'
  /** An Ethernet NIC: a node's eth0, or an outside host's eth0/eth1 (its `segment` says which link). */
  | 'nic'
  /** The flannel.1 VXLAN device (vxlan mode only). */
  | 'vxlan';

/** A network device inside a namespace. */
export interface Device {
  /** Unique id "<netns>#<name>". */
  readonly id: DeviceId;
  /** The interface name as `ip link` shows it (eth0, lo, cni0, veth + 8 hex digits, flannel.1). */
  readonly name: string;
  /** What kind of device it is. */
  readonly kind: DeviceKind;
  /** The namespace holding it. */
  readonly netns: NetnsId;
  /** Its MAC address (00:00:00:00:00:00 for lo). */
  readonly mac: Mac;
  /** Its IPv4 address, when it has one. */
  readonly ip?: Ipv4;
  /** Prefix length of that address. */
  readonly prefix?: number;
  /** MTU in bytes. */
  readonly mtu: number;
  /** The other end of a veth pair. */
  readonly peer?: DeviceId;
  /** The bridge this device is a port of. */
  readonly master?: DeviceId;
  /** NICs only: the Ethernet segment it sits on ("node-network" or "internet"), which ARP and the wire follow. */
  readonly segment?: string;
  /** VXLAN only: its VNI, UDP port and the underlay device. */
  readonly vxlan?: {
    readonly vni: number;
    readonly port: number;
    readonly local: Ipv4;
    readonly dev: DeviceId;
  };
}

/** One row of a namespace's routing table. */
export interface Route {
  /** Destination prefix; "0.0.0.0/0" for the default route. */
  readonly dst: Cidr;
  /** Next hop, absent for on-link (connected) routes. */
  readonly via?: Ipv4;
  /** Output device. */
  readonly dev: DeviceId;
  /** Preferred source address (as `ip route` shows `src`). */
  readonly src?: Ipv4;
  /** `onlink`: the gateway is reachable on dev even though no prefix covers it (flannel). */
  readonly onlink?: boolean;
  /** `scope link` for connected routes, `host` for local ones. */
  readonly scope: 'link' | 'global' | 'host';
}

/** A permanent neighbour (ARP) entry, as flanneld programs for remote VTEPs. */
export interface Neighbour {
  /** The IP resolved. */
  readonly ip: Ipv4;
  /** The MAC it resolves to. */
  readonly mac: Mac;
  /** On which device. */
  readonly dev: DeviceId;
}

/** A bridge/VXLAN forwarding-database entry: MAC → where to send it. */
export interface FdbEntry {
  /** The MAC looked up. */
  readonly mac: Mac;
  /** The device the entry belongs to. */
  readonly dev: DeviceId;
  /** For VXLAN: the remote VTEP IP (the other node's eth0). */
  readonly dst?: Ipv4;
}

/** A listening socket in a namespace. */
export interface Socket {
  /** TCP or UDP. */
  readonly protocol: 'TCP' | 'UDP';
  /** The bound port. */
  readonly port: number;
  /** The pod owning it (absent for a node's own daemons). */
  readonly pod?: PodId;
  /** The container that bound it. */
  readonly container: string;
}

/** A container that failed to start because its port was already bound in the pod (C5). */
export interface StartFailure {
  /** The pod. */
  readonly pod: PodId;
  /** The container that failed. */
  readonly container: string;
  /** The port it tried to bind. */
  readonly port: number;
  /** TCP or UDP. */
  readonly protocol: 'TCP' | 'UDP';
  /** The container that holds the port. */
  readonly heldBy: string;
  /** The pod holding the port when it is another pod (hostNetwork pods share the node's ports), or absent for the kubelet. */
  readonly heldByPod?: PodId;
}

/** A network namespace: a pod's (held by its pause container) or a node's root namespace. */
export interface Netns {
  /** "node:<name>", "pod:<ns>/<name>" or "outside:<role>". */
  readonly id: NetnsId;
  /** A pod's namespace, a node's root namespace, or a host outside the cluster (client, gateway, internet). */
  readonly kind: 'pod' | 'node' | 'outside';
  /** The node the namespace lives on; for an outside host its own id ("outside:client"), never a node name. */
  readonly node: string;
  /** The pod, for a pod namespace. */
  readonly pod?: PodId;
  /** Devices in the order `ip link` lists them. */
  readonly devices: readonly DeviceId[];
  /** The main routing table, most specific first. */
  readonly routes: readonly Route[];
  /** Permanent neighbour entries. */
  readonly neighbours: readonly Neighbour[];
  /** FDB entries of devices in this namespace. */
  readonly fdb: readonly FdbEntry[];
  /** Listening sockets (hostNetwork pods' sockets live in the node's namespace). */
  readonly sockets: readonly Socket[];
  /** Whether the kernel forwards between interfaces (nodes: yes). */
  readonly ipForward: boolean;
}

/** Addresses and placement of one pod. */
export interface PodNet {
  /** The pod id. */
  readonly id: PodId;
  /** The node it runs on. */
  readonly node: string;
  /** The namespace its containers share: its own, or the node's for hostNetwork. */
  readonly netns: NetnsId;
  /** Its IP (the node IP for hostNetwork). */
  readonly ip: Ipv4;
  /** Its eth0 MAC (the node's eth0 MAC for hostNetwork). */
  readonly mac: Mac;
  /** Containers that failed to start. */
  readonly failures: readonly StartFailure[];
}

/** Addresses of one node. */
export interface NodeNet {
  /** Node name. */
  readonly name: string;
  /** Its root namespace. */
  readonly netns: NetnsId;
  /** eth0 address. */
  readonly ip: Ipv4;
  /** Its pod range. */
  readonly podCidr: Cidr;
  /** cni0's address: the first host of podCidr, the pods' gateway. */
  readonly bridgeIp: Ipv4;
}

/** The whole derived network: every namespace and device, looked up by id. */
export interface Network {
  /** Nodes in scenario order. */
  readonly nodes: readonly NodeNet[];
  /** Pods in scenario order. */
  readonly pods: readonly PodNet[];
  /** Namespaces by id. */
  readonly netns: ReadonlyMap<NetnsId, Netns>;
  /** Devices by id. */
  readonly devices: ReadonlyMap<DeviceId, Device>;
  /** Which namespace owns a local address, for the tracer's delivery decisions. */
  readonly ipOwner: ReadonlyMap<Ipv4, NetnsId>;
}
