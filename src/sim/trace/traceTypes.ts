/** Types of a trace: the ordered hops a packet (and its reply) takes, with headers and explanations. */
import type { DeviceId, Ipv4, Mac, NetnsId, PacketRequest } from '../model/types';
import type { NeighbourEntry } from '../link/neighbours';

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
  | 'ipc' // an IPC message through shared memory, no network hop
  | 'dnat' // netfilter's nat table rewrote the destination (a Service's KUBE-SEP DNAT); `Hop.netfilter` says where
  | 'snat' // netfilter rewrote the source (MASQUERADE in POSTROUTING)
  | 'unnat' // conntrack reversed an earlier NAT on a reply (un-DNAT / un-SNAT)
  | 'policy-deny' // a NetworkPolicy dropped the packet where the CNI enforces it; `Hop.policy` says why
  | 'resolve' // the sender's resolver got a DNS answer (or NXDOMAIN) for a name
  | 'proxy'; // an ingress controller ended the client's connection and opens its own to the backend

/** One rule an iptables chain walk passed through, as `iptables-save` prints it. */
export interface NetfilterRuleStep {
  /** The chain, e.g. "KUBE-SVC-TCOU7JCQXEZGVUNU". */
  readonly chain: string;
  /** The rule as `iptables-save` prints it (`-A CHAIN … -j TARGET`). */
  readonly rule: string;
}

/** A conntrack entry as `conntrack -L` shows it: the original and the reply tuple. */
export interface ConntrackEntry {
  /** tcp, udp or icmp. */
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  /** The tuple of the first packet, as it arrived (before NAT). */
  readonly original: {
    readonly src: Ipv4;
    readonly dst: Ipv4;
    readonly sport: number;
    readonly dport: number;
  };
  /** The tuple a reply must carry (after NAT): NAT shows as the difference from `original`. */
  readonly reply: {
    readonly src: Ipv4;
    readonly dst: Ipv4;
    readonly sport: number;
    readonly dport: number;
  };
  /** The entry as `conntrack -L` prints it. */
  readonly text: string;
}

/** A conntrack entry in one namespace's table at the end of a trace, and the hop whose packet created it. */
export interface ConntrackRecord {
  /** The namespace whose table holds it (a node's). */
  readonly netns: NetnsId;
  /** That namespace's node. */
  readonly node: string;
  /** The index of the hop at which the connection's first packet created it. */
  readonly hop: number;
  /** The entry, as `conntrack -L` on that node prints it at the end of the trace. */
  readonly entry: ConntrackEntry;
}

/** What netfilter did at a hop: the hook, the table, the rules the packet matched, and conntrack. */
export interface NetfilterStep {
  /** The hook: PREROUTING (arriving), OUTPUT (locally sent), POSTROUTING (leaving), FORWARD. */
  readonly hook: 'PREROUTING' | 'OUTPUT' | 'POSTROUTING' | 'FORWARD' | 'INPUT';
  /** The table. */
  readonly table: 'nat' | 'filter';
  /** The rules matched in order, from the hook's built-in chain to the target that acted. */
  readonly rules: readonly NetfilterRuleStep[];
  /** The Service endpoint choice, when a KUBE-SVC chain picked one: index among endpoints and their count. */
  readonly endpoint?: { readonly index: number; readonly count: number; readonly pinned: boolean };
  /** The conntrack entry created or matched here (absent when `unconfirmed`). */
  readonly conntrack?: ConntrackEntry;
  /**
   * Set on the hop that created an entry whose packet was dropped before POSTROUTING or INPUT of
   * this node: conntrack confirms an entry only there, so this one died with its packet unconfirmed
   * and `conntrack -L` never listed it.
   */
  readonly unconfirmed?: true;
}

/** Why a NetworkPolicy let a packet pass or not, where the CNI enforces it. */
export interface PolicyDecision {
  /** Which side's policies were checked: the source pod's egress or the destination pod's ingress. */
  readonly direction: 'egress' | 'ingress';
  /** The pod whose policies decide. */
  readonly pod: string;
  /** The policies that select that pod for that direction ("namespace/name"); empty = not isolated. */
  readonly policies: readonly string[];
  /** Whether the packet may pass. */
  readonly allowed: boolean;
  /** The policy and rule that allowed it, e.g. "shop/allow-web#ingress[0]". */
  readonly allowedBy?: string;
  /** Why it was decided, for the learner. */
  readonly explain: Explanation;
}

/** One conversation of a trace: the DNS lookups before a connection, the connection, an ingress's upstream. */
export interface Exchange {
  /** What the conversation is. */
  readonly kind: 'dns' | 'connection' | 'upstream';
  /** A sentence naming it, e.g. "DNS query for api.shop.svc.cluster.local". */
  readonly explain: Explanation;
}

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
  /** At a dnat / snat / unnat hop (or any hop netfilter acted on): the hook, rules and conntrack entry. */
  readonly netfilter?: NetfilterStep;
  /** At a hop where a NetworkPolicy was checked (and at a policy-deny hop): the decision. */
  readonly policy?: PolicyDecision;
  /** The index into `Trace.exchanges` this hop belongs to; absent when the trace has one exchange. */
  readonly exchange?: number;
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
  /**
   * When one request makes several conversations (DNS lookups, then the connection; an Ingress's client
   * connection, then its upstream one): what each is, in order. Hops point here with `exchange`.
   */
  readonly exchanges?: readonly Exchange[];
  /**
   * Every conntrack entry the trace left on the nodes it crossed: confirmed ones, as `conntrack -L`
   * lists them (empty when every entry died unconfirmed; absent when no node tracked the packets).
   */
  readonly conntrack?: readonly ConntrackRecord[];
  /**
   * With cold caches: every namespace's learned neighbour entries after the trace, as `ip neigh`
   * would list them right after it (the ones given to `simulate`, updated). The next send of a
   * session starts from them, so the same flow sent again needs no ARP.
   */
  readonly neighbours?: readonly NeighbourEntry[];
}
