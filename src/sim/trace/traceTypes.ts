/** Types of a trace: the ordered hops a packet (and its reply) takes, with headers and explanations. */
import type { DeviceId, Ipv4, Mac, NetnsId, PacketRequest } from '../model/types';

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
  /** Total Length in bytes: this 20-byte header, the transport header and the payload (what the MTU limits). */
  readonly totalLength: number;
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
      readonly type: 'echo-request' | 'echo-reply' | 'dest-unreachable' | 'time-exceeded';
      readonly code?: number;
    };

/**
 * An ARP message as on the wire (RFC 826): a request asks "who-has targetIp tell senderIp"; in a
 * reply the owner of the address is the sender and the asker the target.
 */
export interface ArpHeader {
  /** request (who-has) or reply (is-at). */
  readonly op: 'request' | 'reply';
  /** The MAC of the device sending this message (in a reply: the answer). */
  readonly senderMac: Mac;
  /** The address of the one sending this message (in a request: the "tell" address). */
  readonly senderIp: Ipv4;
  /** The MAC of the one addressed: 00:00:00:00:00:00 in a request, since that is what is asked. */
  readonly targetMac: Mac;
  /** The address asked about (request), or the asker's address (reply). */
  readonly targetIp: Ipv4;
}

/** One ARP message on the wire: its Ethernet frame and ARP body. */
export interface ArpFrame {
  /** Ethernet header: broadcast for a request, unicast for a reply; type ARP. */
  readonly eth: EthHeader;
  /** The ARP message it carries. */
  readonly arp: ArpHeader;
}

/** The ARP exchange behind an `arp` hop. */
export interface ArpExchange {
  /** The broadcast who-has (eth dst ff:ff:ff:ff:ff:ff, type ARP). */
  readonly request: ArpFrame;
  /** The unicast is-at back to the asker; absent when nobody answered. */
  readonly reply?: ArpFrame;
  /**
   * Devices the broadcast reaches on the segment: for a pod eth0 / cni0 every other bridge port's
   * pod-side eth0 and cni0 (the bridge itself); for a node eth0 every other node's eth0 on the node
   * network. In network order.
   */
  readonly reached: readonly DeviceId[];
  /** The device whose owner answers (its MAC is the reply's senderMac); absent when nobody answered. */
  readonly answeredBy?: DeviceId;
}

/** The outer headers of a VXLAN-encapsulated frame. */
export interface OuterHeaders {
  readonly eth: EthHeader;
  readonly ip: IpHeader;
  /** UDP to 8472; the source port is a flow hash. */
  readonly udp: { readonly sport: number; readonly dport: number };
  readonly vxlan: { readonly vni: number };
}

/** The headers of the packet as they are after a hop. Absent layers do not exist at this point. */
export interface Headers {
  readonly eth?: EthHeader;
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
  | 'arp' // ARP asked for the next hop's MAC (`Hop.arp` holds the request and the reply)
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
  /** The headers of the packet after this hop (at an `arp` hop: with the Ethernet header just resolved). */
  readonly headers: Headers;
  /** At an `arp` hop: the request and reply exchanged before the packet can go (separate frames). */
  readonly arp?: ArpExchange;
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
