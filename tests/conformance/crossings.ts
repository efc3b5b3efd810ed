/** Which interfaces a simulated trace says the packet crosses, in order, with the headers on each. */
import type { Network } from '../../src/sim/model/networkTypes';
import type { Headers, Hop, HopAction, L4Header, Trace } from '../../src/sim/trace/traceTypes';
import type { DeviceId } from '../../src/sim/model/types';

/** The packet as it is on one interface, according to the simulation. */
export interface Crossing {
  /** Request or reply. */
  readonly leg: 'request' | 'reply';
  /** The device the frame is on. */
  readonly device: DeviceId;
  /** The headers on that device. */
  readonly headers: Headers;
  /** The trace hop this comes from (for the report). */
  readonly hop: number;
  /** The conversation it belongs to (`Hop.exchange`): a DNS lookup, the connection, an upstream; 0 when the trace has one. */
  readonly exchange: number;
}

/**
 * Actions where the packet is not on an interface: a socket call, an IPC message, a failed bind, a
 * resolver's answer, and a NetworkPolicy drop (filter FORWARD drops the frame before the port it
 * names transmits it).
 */
const OFF_WIRE: ReadonlySet<HopAction> = new Set([
  'send',
  'bind-fail',
  'ipc',
  'resolve',
  'policy-deny',
]);

/** NAT actions: where they act at arrival, the wire of their device still carries the packet before them. */
const NAT: ReadonlySet<HopAction> = new Set(['dnat', 'snat', 'unnat']);

/**
 * Whether a hop is a NAT rewrite done after the packet was seen on its device: at PREROUTING (and
 * OUTPUT, INPUT) the capture on the arriving interface already happened, so the wire shows the
 * headers before the rewrite; at POSTROUTING the rewrite precedes transmission and is on the wire.
 */
export function rewritesAfterCapture(hop: Hop): boolean {
  return NAT.has(hop.action) && hop.netfilter !== undefined && hop.netfilter.hook !== 'POSTROUTING';
}

/** A packet's role in its conversation: what the kernel capture is matched on. */
export type Role = 'request' | 'reply';

/**
 * Whether an L4 header belongs to the request or the answer: SYN and echo request open a request;
 * SYN+ACK, RST and ICMP errors answer. A UDP datagram is an answer when it comes from a port a
 * request was sent to (`service`: one port, or every port the trace's requests go to, e.g. 53 for
 * its DNS lookups), a request otherwise.
 */
export function roleOf(
  l4: L4Header | undefined,
  service?: number | ReadonlySet<number>,
): Role | null {
  if (!l4) return null;
  if (l4.kind === 'tcp') {
    if (l4.flags.includes('RST') || (l4.flags.includes('SYN') && l4.flags.includes('ACK')))
      return 'reply';
    return l4.flags.includes('SYN') ? 'request' : null;
  }
  if (l4.kind === 'icmp') return l4.type === 'echo-request' ? 'request' : 'reply';
  const ports = typeof service === 'number' ? new Set([service]) : (service ?? new Set<number>());
  return ports.has(l4.sport) && !ports.has(l4.dport) ? 'reply' : 'request';
}

/**
 * The ports a trace's requests are sent to, before and after any DNAT (the request's own port and
 * every request crossing's TCP/UDP destination port): a datagram from one of them is an answer.
 */
export function servicePorts(trace: Trace, crossings: readonly Crossing[]): Set<number> {
  const ports = new Set<number>();
  if (trace.request.port !== undefined) ports.add(trace.request.port);
  for (const c of crossings)
    if (c.leg === 'request' && c.headers.l4 && c.headers.l4.kind !== 'icmp')
      ports.add(c.headers.l4.dport);
  return ports;
}

/** An ARP exchange the trace shows: who asked for which address, on which device, and whether it was answered. */
export interface ArpExpectation {
  /** The device the request goes out of. */
  readonly device: DeviceId;
  /** "who-has" this address … */
  readonly targetIp: string;
  /** … "tell" this one. */
  readonly senderIp: string;
  /** The MAC of the answer; absent when nobody answers. */
  readonly answer?: string;
  /** The trace hop (for the report). */
  readonly hop: number;
}

/**
 * The interfaces a trace crosses, in order. Every hop at a device with an IP packet counts (an `arp`
 * hop carries the frame's resolved Ethernet header); a `veth` hop names the receiving end, so the
 * sending end (its peer) comes first; consecutive hops on one device collapse into the last. A
 * packet waiting for an ARP answer that never comes is not transmitted: that device is no crossing.
 */
export function crossingsOf(trace: Trace, network: Network): Crossing[] {
  const out: Crossing[] = [];
  let held: DeviceId | undefined;
  const push = (hop: Hop, device: DeviceId): void => {
    const last = out[out.length - 1];
    const exchange = hop.exchange ?? 0;
    const c: Crossing = { leg: hop.leg, device, headers: hop.headers, hop: hop.index, exchange };
    // a packet sent back out of the device it arrived on (routed out of cni0 to a pod on the same
    // bridge, or a hairpin bridge port) is on that device twice: arriving, then leaving
    const leaving = (a: HopAction | undefined): boolean => a === 'forward' || a === 'bridge';
    const leavesAgain = leaving(hop.action) && !leaving(lastAction);
    // an answer sent back out of the device the packet it answers arrived on (the client's RST to a
    // stray SYN-ACK) is another frame: its addresses are the other one's swapped (a NAT rewrite of
    // one address at the same device is the same frame, captured as it leaves)
    const answer =
      last?.headers.ip !== undefined &&
      last.headers.ip.src !== last.headers.ip.dst &&
      last.headers.ip.src === hop.headers.ip?.dst &&
      last.headers.ip.dst === hop.headers.ip.src;
    const sameWay = !answer;
    if (
      last &&
      last.device === device &&
      last.leg === hop.leg &&
      last.exchange === exchange &&
      sameWay &&
      !leavesAgain
    )
      out[out.length - 1] = c;
    else out.push(c);
    lastAction = hop.action;
  };
  let lastAction: HopAction | undefined;
  let exchange = 0;
  for (const hop of trace.hops) {
    if ((hop.exchange ?? 0) !== exchange) {
      exchange = hop.exchange ?? 0;
      held = undefined;
    }
    if (hop.device === undefined || OFF_WIRE.has(hop.action) || !hop.headers.ip) continue;
    if (rewritesAfterCapture(hop)) continue;
    // a drop where the packet already is (the bridge refusing to send a frame back out of the
    // port it came in by): the wire there carries it as it arrived
    if (hop.action === 'drop' && out[out.length - 1]?.device === hop.device) continue;
    if (hop.device === held) continue;
    if (hop.action === 'arp' && hop.arp && !hop.arp.reply) {
      if (out[out.length - 1]?.device === hop.device) out.pop();
      held = hop.device;
      continue;
    }
    const peer = network.devices.get(hop.device)?.peer;
    if (hop.action === 'veth' && peer !== undefined) push(hop, peer);
    push(hop, hop.device);
  }
  return out;
}

/** The ARP exchanges a trace shows (its `arp` hops), answered (a reply) or not. */
export function arpExpectationsOf(trace: Trace): ArpExpectation[] {
  return trace.hops.flatMap((hop) => {
    const arp = hop.arp;
    if (hop.action !== 'arp' || !arp || hop.device === undefined) return [];
    const base = {
      device: hop.device,
      targetIp: arp.request.arp.targetIp,
      senderIp: arp.request.arp.senderIp,
      hop: hop.index,
    };
    return [arp.reply ? { ...base, answer: arp.reply.arp.senderMac } : base];
  });
}
