/** The state of one leg being traced: the hops so far and the packet's current headers. */
import { diffHeaders } from './headers';
import type { NetIndex } from '../model/topology';
import { Conntrack, type TrackedConnection } from '../netfilter/conntrack';
import { NeighbourCaches } from '../link/neighbours';
import type { NetIndex as Idx } from '../model/topology';
import type { DeviceId, Ipv4, NetnsId, PodId } from '../model/types';
import type {
  ArpExchange,
  Explanation,
  Headers,
  Hop,
  HopAction,
  NetfilterStep,
  OutcomeKind,
} from './traceTypes';

/** How a leg stops before reaching its destination namespace. */
export interface Stop {
  /** The trace outcome. */
  readonly outcome: OutcomeKind;
  /** Why. */
  readonly reason: Explanation;
  /** When a namespace's kernel reports the failure back to the sender with an ICMP error. */
  readonly icmpError?: IcmpErrorOrigin;
}

/** Where an ICMP error comes from: the namespace that gave up on the packet, and why. */
export interface IcmpErrorOrigin {
  /** The namespace whose kernel sends the error (gave up on ARP, or would have forwarded it). */
  readonly netns: NetnsId;
  /** The address ARP could not resolve, or the destination of the packet whose TTL ran out. */
  readonly target: Ipv4;
  /**
   * Host unreachable (ARP gave up) when absent; time exceeded when a router found the TTL at 1; port
   * unreachable when kube-proxy's REJECT rule refused a Service without endpoints.
   */
  readonly error?: 'time-exceeded' | 'port-unreachable';
  /** For a REJECT: the rule's explanation, shown on the error's first hop. */
  readonly explain?: Explanation;
}

/** Netfilter's view of the packet in the namespace it is in now, and what the sender asked for. */
export interface NetfilterState {
  /** KUBE-MARK-MASQ set the masquerade mark (it lives until the packet leaves the node). */
  marked: boolean;
  /** The bridge already ran nat PREROUTING for this frame (bridge-nf-call-iptables). */
  prerouted: boolean;
  /** The endpoint the learner pinned for a Service's KUBE-SVC choice. */
  readonly pin?: PodId;
  /** Where the sender sent to (address and port), which its socket expects the reply from. */
  readonly origin?: { readonly ip: Ipv4; readonly port: number };
  /** The node's FORWARD already judged the destination pod's ingress policy (a routed packet). */
  ingressJudged?: boolean;
  /** The connection the packet belongs to in the node it is crossing, and its direction there. */
  conn?: { readonly entry: TrackedConnection; readonly dir: 'original' | 'reply' } | undefined;
}

/**
 * A new request leg with empty conntrack tables (`pin`: a pinned Service endpoint, `origin`: where
 * the sender sends, `neighbours`: the caches it starts from, else the scenario's cold or warm ones).
 */
export function newWalk(
  idx: Idx,
  hops: Hop[] = [],
  opts: { pin?: PodId; origin?: { ip: Ipv4; port: number }; neighbours?: NeighbourCaches } = {},
): Walk {
  return {
    idx,
    leg: 'request',
    hops,
    headers: {},
    ct: new Conntrack(),
    nb: opts.neighbours ?? new NeighbourCaches(idx.cluster.neighbourCaches ?? 'cold'),
    nf: {
      marked: false,
      prerouted: false,
      ...(opts.pin !== undefined ? { pin: opts.pin } : {}),
      ...(opts.origin !== undefined ? { origin: opts.origin } : {}),
    },
  };
}

/** Where a leg ended: in the namespace that owns the destination address, or stopped on the way. */
export type LegEnd =
  | { readonly kind: 'local'; readonly netns: NetnsId }
  | { readonly kind: 'stop'; readonly stop: Stop };

/** A leg in progress. */
export interface Walk {
  /** The network's lookup tables. */
  readonly idx: NetIndex;
  /** Request or reply. */
  readonly leg: 'request' | 'reply';
  /** Every hop of the trace so far (both legs share one list). */
  readonly hops: Hop[];
  /** The headers as they are now. */
  headers: Headers;
  /** Connection tracking of every namespace, shared by the request and reply legs. */
  readonly ct: Conntrack;
  /** Every namespace's neighbour cache, shared by the request and reply legs (an ARP fills both sides). */
  readonly nb: NeighbourCaches;
  /** Netfilter state of the packet. */
  readonly nf: NetfilterState;
}

/** A reply leg for a walk: same network, hops and conntrack; fresh netfilter state. */
export function replyWalk(w: Walk): Walk {
  return {
    idx: w.idx,
    leg: 'reply',
    hops: w.hops,
    headers: {},
    ct: w.ct,
    nb: w.nb,
    nf: {
      marked: false,
      prerouted: false,
      ...(w.nf.origin ? { origin: w.nf.origin } : {}),
    },
  };
}

/** What a hop records besides headers and changes. */
export interface HopStep {
  /** The namespace where it happens. */
  readonly netns: NetnsId;
  /** Where the packet is after the hop, if on a device. */
  readonly device?: DeviceId;
  /** The container sending or receiving, for socket-level hops. */
  readonly container?: string;
  /** What was decided. */
  readonly action: HopAction;
  /** Why, for the learner. */
  readonly explain: Explanation;
  /** The ARP exchange, on an `arp` hop. */
  readonly arp?: ArpExchange;
  /** What netfilter did, on a dnat / snat / unnat hop or a hop a filter rule stopped. */
  readonly netfilter?: NetfilterStep;
}

/** Safety net against routing loops: no leg is longer than this. */
export const MAX_HOPS = 64;

/** Appends a hop with the headers after it; `fresh` marks a newly created packet (no changes). */
export function pushHop(w: Walk, step: HopStep, headers: Headers, fresh = false): void {
  const node = w.idx.network.netns.get(step.netns)?.node ?? '';
  const kind = step.device !== undefined ? w.idx.network.devices.get(step.device)?.kind : undefined;
  const changes = fresh ? [] : diffHeaders(w.headers, headers, step.action, node, kind === 'vxlan');
  const hop: Hop = {
    index: w.hops.length,
    leg: w.leg,
    node,
    netns: step.netns,
    ...(step.device !== undefined ? { device: step.device } : {}),
    ...(step.container !== undefined ? { container: step.container } : {}),
    action: step.action,
    explain: step.explain,
    headers,
    ...(step.arp !== undefined ? { arp: step.arp } : {}),
    changes,
    ...(step.netfilter !== undefined ? { netfilter: step.netfilter } : {}),
  };
  w.hops.push(hop);
  w.headers = headers;
}

/** Ends a leg early. */
export function stop(outcome: OutcomeKind, reason: Explanation): LegEnd {
  return { kind: 'stop', stop: { outcome, reason } };
}
