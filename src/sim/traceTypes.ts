/** Types of a trace: the ordered hops a packet (and its reply) takes, with headers and explanations. */
import type { DeviceId, Ipv4, Mac, NetnsId, PacketRequest } from './types';

/** An explanation for the learner: an i18n key under "sim." and its parameters. */
export interface Explanation {
  /** Catalog key, e.g. "sim.hop.bridgeForward". */
  readonly key: string;
  /** Values interpolated into the message ({{name}}). */
  readonly params: Readonly<Record<string, string | number>>;
}

/** An Ethernet header. */
export interface EthHeader {
  readonly src: Mac;
  readonly dst: Mac;
  /** EtherType: IPv4 or ARP. */
  readonly type: 'IPv4' | 'ARP';
}

/** An IPv4 header (the fields the learner needs). */
export interface IpHeader {
  readonly src: Ipv4;
  readonly dst: Ipv4;
  readonly ttl: number;
  readonly protocol: 'TCP' | 'UDP' | 'ICMP';
  /** Don't-fragment flag. */
  readonly df: boolean;
}

/** TCP flags in tcpdump order (S, F, R, P, .). */
export type TcpFlag = 'SYN' | 'ACK' | 'RST' | 'FIN' | 'PSH';

/** The transport header. */
export type L4Header =
  | {
      readonly kind: 'tcp';
      readonly sport: number;
      readonly dport: number;
      readonly flags: readonly TcpFlag[];
    }
  | { readonly kind: 'udp'; readonly sport: number; readonly dport: number }
  | {
      readonly kind: 'icmp';
      readonly type: 'echo-request' | 'echo-reply' | 'dest-unreachable';
      readonly code?: number;
    };

/** An ARP message. */
export interface ArpHeader {
  readonly op: 'request' | 'reply';
  /** who-has this IP … */
  readonly targetIp: Ipv4;
  /** … tell this IP. */
  readonly senderIp: Ipv4;
  readonly senderMac: Mac;
  /** The resolved MAC (replies only). */
  readonly targetMac?: Mac;
}

/** The outer headers of a VXLAN-encapsulated frame. */
export interface OuterHeaders {
  readonly eth: EthHeader;
  readonly ip: IpHeader;
  /** UDP to 8472; the source port is a flow hash. */
  readonly udp: { readonly sport: number; readonly dport: number };
  readonly vxlan: { readonly vni: number };
}

/** The headers as they are after a hop. Absent layers do not exist at this point. */
export interface Headers {
  readonly eth?: EthHeader;
  readonly arp?: ArpHeader;
  readonly ip?: IpHeader;
  readonly l4?: L4Header;
  /** Present while the frame is encapsulated. */
  readonly outer?: OuterHeaders;
  /** For SHM messages: the IPC object used. */
  readonly ipc?: { readonly mechanism: 'posix-shm' | 'sysv-sem'; readonly name: string };
}

/** What happened at a hop. */
export type HopAction =
  | 'send' // a socket hands the packet to its namespace's stack
  | 'loopback' // out and back in on lo
  | 'route' // a routing decision picked an output device and next hop
  | 'arp' // ARP resolved (or was answered for) the next hop's MAC
  | 'veth' // the frame crossed a veth pair to its peer
  | 'bridge' // the bridge forwarded the frame between ports by MAC
  | 'bridge-up' // the bridge handed the frame up to the node's IP stack (cni0 as a port)
  | 'forward' // a node forwarded (routed) the packet: TTL-1, new MACs
  | 'encapsulate' // wrapped in outer Ethernet/IP/UDP/VXLAN headers
  | 'wire' // crossed the node network
  | 'decapsulate' // outer headers removed
  | 'deliver' // a listening socket received it
  | 'reject' // the kernel answered with RST or ICMP unreachable
  | 'drop' // silently dropped
  | 'bind-fail' // a container's bind() failed (EADDRINUSE)
  | 'ipc'; // an IPC message through shared memory, no network hop

/** A field that changed at a hop, with why. */
export interface FieldChange {
  /** Dotted path into Headers, e.g. "ip.ttl", "eth.src", "outer". */
  readonly field: string;
  /** Value before, as text ("" when the layer did not exist). */
  readonly from: string;
  /** Value after, as text ("" when the layer was removed). */
  readonly to: string;
  /** Why it changed. */
  readonly cause: Explanation;
}

/** One step of a trace. */
export interface Hop {
  /** Position in the trace, from 0. */
  readonly index: number;
  /** Whether this hop belongs to the request or to the reply. */
  readonly leg: 'request' | 'reply';
  /** The node where it happens. */
  readonly node: string;
  /** The namespace where it happens. */
  readonly netns: NetnsId;
  /** The device involved, if any (none for a socket-level or IPC step). */
  readonly device?: DeviceId;
  /** The container sending or receiving at this hop (send, deliver, bind-fail, ipc). */
  readonly container?: string;
  /** What was decided. */
  readonly action: HopAction;
  /** Why, for the learner. */
  readonly explain: Explanation;
  /** The headers after this hop. */
  readonly headers: Headers;
  /** Fields that changed at this hop. */
  readonly changes: readonly FieldChange[];
}

/** How a trace ended. */
export type OutcomeKind =
  | 'delivered' // the destination socket got it (and the reply came back)
  | 'refused' // nobody listens: TCP RST / ICMP port unreachable
  | 'unreachable' // no route, or no such address
  | 'dropped' // lost on the way, silently
  | 'failed-to-start' // the sending or receiving container never started (C5)
  | 'impossible'; // cannot happen at all (e.g. shared memory across pods)

/** The result of tracing one request. */
export interface Trace {
  /** The request, as given. */
  readonly request: PacketRequest;
  /** How it ended, and why. */
  readonly outcome: { readonly kind: OutcomeKind; readonly reason: Explanation };
  /** The request's hops followed by the reply's. */
  readonly hops: readonly Hop[];
}
