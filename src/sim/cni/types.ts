/** Types of pod creation through CNI (C11): the runtime's and plugins' steps, IPAM state and the plugin's result. */
import type { Brand, Cidr, DeviceId, Ipv4, Mac, NetnsId, PodId } from '../model/types';

/** A container runtime's sandbox (pause container) id: 64 lower-case hex digits, derived from the pod id. */
export type ContainerId = Brand<string, 'ContainerId'>;

/** One address host-local handed out: the file `<dataDir>/<network>/<ip>` holding "<container id>\r\n<ifname>". */
export interface IpamLease {
  /** The address taken (the file's name). */
  readonly ip: Ipv4;
  /** The sandbox that holds it (the file's first line): DEL releases by this id. */
  readonly containerId: ContainerId;
  /** The interface inside the sandbox (the file's second line), always eth0 here. */
  readonly ifName: string;
  /** The pod the sandbox belongs to, so the app can say whose address it is (not in the real file). */
  readonly pod: PodId;
}

/** What the CNI plugins leave on one node between calls. */
export interface NodeCniState {
  /** Whether cni0 exists: the bridge plugin creates it on the node's first pod and never deletes it. */
  readonly bridge: boolean;
  /** Pods whose host veth end is a port of cni0, in attach order (a failed ADD leaves its veth here). */
  readonly ports: readonly PodId[];
  /** host-local's leases, sorted by address. */
  readonly leases: readonly IpamLease[];
  /** host-local's `last_reserved_ip.0`: the next allocation starts just after it (round robin). */
  readonly lastReserved?: Ipv4;
}

/** The CNI state of every node, by node name: what survives from one pod creation to the next. */
export type CniState = Readonly<Record<string, NodeCniState>>;

/** One interface of a CNI result, in the plugin's order (cni0, host veth, eth0). */
export interface CniInterface {
  /** The interface name. */
  readonly name: string;
  /** Its MAC address. */
  readonly mac: Mac;
  /** For the container's interface only: the path of the network namespace holding it. */
  readonly sandbox?: string;
}

/** One address of a CNI result. */
export interface CniIpConfig {
  /** The address with its prefix, e.g. "10.244.1.2/24". */
  readonly address: Cidr;
  /** The gateway the bridge plugin computed: the subnet's first host, cni0's address. */
  readonly gateway: Ipv4;
  /** The index in `interfaces` of the interface holding the address (2: the container's eth0). */
  readonly interface: number;
}

/** One route of a CNI result: applied in the pod, via the gateway when `gw` is absent. */
export interface CniRoute {
  /** The destination prefix. */
  readonly dst: Cidr;
  /** The next hop, when the plugin names one. */
  readonly gw?: Ipv4;
}

/** The result JSON a CNI plugin prints on success (CNI spec 1.0.0). */
export interface CniResult {
  /** The spec version of the result. */
  readonly cniVersion: '1.0.0';
  /** Interfaces created or used: cni0, the host veth end, the container's eth0. */
  readonly interfaces: readonly CniInterface[];
  /** Addresses assigned. */
  readonly ips: readonly CniIpConfig[];
  /** Routes added in the pod. */
  readonly routes: readonly CniRoute[];
  /** DNS settings: empty, as the bridge plugin passes on only what its configuration holds. */
  readonly dns: Readonly<Record<string, never>>;
}

/** The error JSON a CNI plugin prints on failure (exit status 1). */
export interface CniError {
  /** The CNI error code (999: an internal error, as host-local's "no addresses" is wrapped). */
  readonly code: number;
  /** The message as the plugin prints it. */
  readonly msg: string;
}

/** The environment the runtime passes to a CNI plugin. */
export interface CniEnv {
  /** ADD or DEL. */
  readonly CNI_COMMAND: 'ADD' | 'DEL';
  /** The sandbox's id. */
  readonly CNI_CONTAINERID: ContainerId;
  /** The path of the sandbox's network namespace. */
  readonly CNI_NETNS: string;
  /** The interface to create inside it. */
  readonly CNI_IFNAME: 'eth0';
  /** Where plugins are looked up. */
  readonly CNI_PATH: string;
}

/** Who acts in a step. */
export type CniActor = 'runtime' | 'flannel' | 'bridge' | 'host-local';

/** What one step does. */
export type CniStepKind =
  /** The runtime starts the pause container that holds the pod's namespaces. */
  | 'create-sandbox'
  /** The runtime creates the pod's network namespace (lo only, down). */
  | 'create-netns'
  /** The runtime executes the plugin named by the network configuration, config on stdin. */
  | 'exec-plugin'
  /** flannel reads its node's subnet.env. */
  | 'read-subnet-env'
  /** flannel writes the delegated configuration (kept for DEL) and executes the bridge plugin. */
  | 'delegate'
  /** The bridge plugin creates cni0 (first pod on the node only) and sets it up. */
  | 'create-bridge'
  /** The veth pair is created inside the pod's namespace: eth0 there, the host end moved to the node. */
  | 'create-veth'
  /** The host end becomes a port of cni0, with hairpin mode as configured. */
  | 'attach-bridge'
  /** host-local reserves the next free address. */
  | 'ipam-allocate'
  /** eth0 gets its address and is set up. */
  | 'set-address'
  /** A route is added in the pod. */
  | 'add-route'
  /** cni0 gets the gateway address (first pod) and forwarding is switched on. */
  | 'bridge-gateway'
  /** The plugin prints its result (or error) to the runtime. */
  | 'result'
  /** flannel reads the configuration it saved at ADD. */
  | 'load-saved-config'
  /** eth0 is deleted in the pod's namespace, which deletes its peer on cni0 too. */
  | 'delete-veth'
  /** host-local releases the addresses held by the container id. */
  | 'ipam-release'
  /** The runtime removes the network namespace and the sandbox. */
  | 'remove-sandbox';

/** One step of a CNI ADD or DEL, in order, for the app to show and animate. */
export interface CniStep {
  /** What happens. */
  readonly kind: CniStepKind;
  /** Who does it. */
  readonly actor: CniActor;
  /** The namespace where it happens. */
  readonly netns: NetnsId;
  /** The device it creates, changes or deletes, when there is one. */
  readonly device?: DeviceId;
  /** The address involved (allocated, set, released), when there is one. */
  readonly ip?: Ipv4;
  /** The MTU set, for create-bridge and create-veth (the delegated configuration's, from FLANNEL_MTU). */
  readonly mtu?: number;
  /** attach-bridge: whether the port reflects frames back to their sender (hairpinMode). */
  readonly hairpin?: boolean;
  /** The route added, for add-route. */
  readonly route?: CniRoute;
  /** The configuration or file text involved (plugin config on stdin, subnet.env, result JSON). */
  readonly text?: string;
  /** The environment, for exec-plugin. */
  readonly env?: CniEnv;
  /** The IPAM leases on the node after this step, for ipam-allocate and ipam-release. */
  readonly leases?: readonly IpamLease[];
}
