/** Core types of the simulation: the cluster a scenario describes, the devices derived from it, and traces. */
import type {
  IngressControllerSpec,
  IngressSpec,
  NamespaceSpec,
  NetworkPolicySpec,
  NodeNetfilterSettings,
  OutsideSpec,
  ServiceSpec,
} from './k8sTypes';

/** A nominal type: a value of T that has been checked to be a B. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** A dotted-quad IPv4 address, e.g. "10.244.1.2". */
export type Ipv4 = Brand<string, 'Ipv4'>;
/** A CIDR block, e.g. "10.244.1.0/24". */
export type Cidr = Brand<string, 'Cidr'>;
/** A lower-case colon-separated MAC address, e.g. "0a:58:0a:f4:01:02". */
export type Mac = Brand<string, 'Mac'>;
/** A TCP/UDP port number 1..65535. */
export type Port = Brand<number, 'Port'>;
/** A pod id "namespace/name", unique within a cluster. */
export type PodId = Brand<string, 'PodId'>;
/**
 * A network namespace id: "node:<node>" for a node's root namespace, "pod:<ns>/<name>" for a pod's,
 * "outside:client" / "outside:gateway" / "outside:internet" for the hosts beside the cluster.
 */
export type NetnsId = Brand<string, 'NetnsId'>;
/** A device id "<netns id>#<device name>", unique within a cluster. */
export type DeviceId = Brand<string, 'DeviceId'>;

/** How pod traffic crosses between nodes. */
export type CniMode = 'bridge-hostgw' | 'vxlan';
/** A transport protocol a container can listen on. */
export type ListenProtocol = 'TCP' | 'UDP';
/** What a request sends: a network packet or an IPC message through shared memory. */
export type RequestProtocol = 'TCP' | 'UDP' | 'ICMP' | 'SHM';

// ---------------------------------------------------------------- the cluster (input)

/** A port a container listens on. */
export interface PortSpec {
  /** The port number bound. */
  readonly port: number;
  /** TCP or UDP: the two have separate port spaces. */
  readonly protocol: ListenProtocol;
  /** An optional name, as in a Kubernetes containerPort. */
  readonly name?: string;
}

/** One container of a pod. */
export interface ContainerSpec {
  /** Unique within its pod. */
  readonly name: string;
  /** The image it runs; shown to the learner, not interpreted. */
  readonly image: string;
  /** The ports it binds at start, in order; a port already bound in the pod fails the start (C5). */
  readonly ports: readonly PortSpec[];
}

/** A pod: containers sharing one network namespace on one node (C1, C4). */
export interface PodSpec {
  /** Unique within its namespace. */
  readonly name: string;
  /** The Kubernetes namespace; "default" when not given. */
  readonly namespace: string;
  /** The node it is scheduled on: a pod lives on exactly one node (C1). */
  readonly node: string;
  /** Labels, used by Services and NetworkPolicy later. */
  readonly labels: Readonly<Record<string, string>>;
  /** A fixed pod IP; otherwise allocated from the node's pod CIDR (C7). */
  readonly ip?: string;
  /** Shares the node's network namespace, address and port space instead of its own. */
  readonly hostNetwork: boolean;
  /** The app containers, in start order (the pause container is implicit). */
  readonly containers: readonly ContainerSpec[];
}

/** A node of the cluster. */
export interface NodeSpec {
  /** Unique node name. */
  readonly name: string;
  /** Address on the node network; otherwise allocated in order (.11, .12, …). */
  readonly ip?: string;
  /** The node's pod range; otherwise the node's index-th /24 of the cluster CIDR (from .1.0/24). */
  readonly podCidr?: string;
}

/** The whole cluster a scenario describes. */
export interface ClusterSpec {
  /** A display name. */
  readonly name: string;
  /** The range all pod CIDRs are carved from (default 10.244.0.0/16). */
  readonly clusterCidr: string;
  /** The network the nodes' eth0 sit on (default 192.168.10.0/24). */
  readonly nodeNetwork: string;
  /** How pods on different nodes reach each other. */
  readonly cni: CniMode;
  /** The nodes, in order (order drives address allocation). */
  readonly nodes: readonly NodeSpec[];
  /** The pods, in order (order drives address allocation within a node). */
  readonly pods: readonly PodSpec[];
  /** Namespaces with labels (for namespaceSelector); a pod's namespace not listed here has only its name label. */
  readonly namespaces?: readonly NamespaceSpec[];
  /** The range ClusterIPs come from (default 10.96.0.0/12; kube-dns is its 10th address). */
  readonly serviceCidr?: string;
  /** Services, in order (order drives ClusterIP and nodePort allocation). */
  readonly services?: readonly ServiceSpec[];
  /** Ingress resources, served by `ingressController`. */
  readonly ingresses?: readonly IngressSpec[];
  /** The pod that runs the ingress controller. */
  readonly ingressController?: IngressControllerSpec;
  /** NetworkPolicies, enforced by the CNI (default allow while none selects a pod). */
  readonly networkPolicies?: readonly NetworkPolicySpec[];
  /** The external client and the internet beside the cluster (defaults when absent). */
  readonly outside?: OutsideSpec;
  /** Kernel switches on every node (defaults: both on, as Kubernetes and flannel set them). */
  readonly netfilter?: NodeNetfilterSettings;
  /**
   * How every namespace's neighbour (ARP) cache starts (default cold, as after boot or a flush):
   * cold makes each segment's first packet ARP, warm resolves every neighbour without asking.
   */
  readonly neighbourCaches?: 'cold' | 'warm';
}

// ---------------------------------------------------------------- requests (input)

/** Where a request starts. */
export type Endpoint =
  /** A process in one container of a pod. */
  | { readonly kind: 'container'; readonly pod: PodId; readonly container: string }
  /** A process in a node's root namespace: the kubelet or another host process. */
  | { readonly kind: 'node'; readonly node: string; readonly agent: 'kubelet' | 'host' }
  /** The external client on the node network (`outside.clientIp`), e.g. a browser or curl. */
  | { readonly kind: 'external' };

/** Where a request goes. */
export type Target =
  /** localhost / 127.0.0.1 as written in the sender's own namespace. */
  | { readonly kind: 'localhost' }
  /** A typed IPv4 address. */
  | { readonly kind: 'ip'; readonly ip: string }
  /** A pod, by its IP. */
  | { readonly kind: 'pod'; readonly pod: PodId }
  /** A container of a pod (by the pod's IP for network protocols; directly for SHM). */
  | { readonly kind: 'container'; readonly pod: PodId; readonly container: string }
  /** A node, by its eth0 IP. */
  | { readonly kind: 'node'; readonly node: string }
  /** A Service by its ClusterIP ("namespace/name"); the request's port is the Service port. */
  | { readonly kind: 'service'; readonly service: string }
  /** A Service's nodePort on a node's eth0 address; the request's port is the nodePort. */
  | { readonly kind: 'nodeport'; readonly node: string; readonly service: string }
  /** A DNS name the sender's resolver looks up first (`api`, `api.shop`, `api.shop.svc.cluster.local`). */
  | { readonly kind: 'name'; readonly name: string }
  /** The host on the internet (`outside.internetHostIp`). */
  | { readonly kind: 'internet' };

/** A packet (or IPC message) for the tracer to follow. */
export interface PacketRequest {
  /** The sender. */
  readonly from: Endpoint;
  /** The destination. */
  readonly to: Target;
  /** The protocol; SHM is an IPC message between containers through shared memory (C10). */
  readonly protocol: RequestProtocol;
  /** Destination port for TCP/UDP; ignored for ICMP and SHM. */
  readonly port?: number;
  /**
   * ICMP only: total IP length in bytes of an echo request sent with DF and no local fragmentation
   * (`ping -M do -s <size − 28>`), to show the MTU at work; absent = a small packet. TCP segments by
   * MSS and UDP fragments locally, so their size never stops them.
   */
  readonly size?: number;
  /**
   * The IP TTL the sender sets (1..255, as `ping -t` or the IP_TTL socket option); absent = 64.
   * A router that receives the packet with TTL 1 drops it and answers ICMP time exceeded.
   */
  readonly ttl?: number;
  /**
   * A Service request only: the endpoint pod the KUBE-SVC chain's probability rules pick, instead of
   * the choice the flow hash makes (a lesson pins it to show one path; kube-proxy itself picks at random).
   */
  readonly endpoint?: PodId;
  /** TCP to an ingress controller: the HTTP request line's Host and path, which the Ingress rules match. */
  readonly http?: { readonly host: string; readonly path: string };
}
