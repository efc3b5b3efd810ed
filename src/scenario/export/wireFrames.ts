/** Which frames a trace puts on which interface, and when: the hops where the packet is on a wire. */
import type { ArpFrame, Headers, Hop, HopAction, Trace } from '../../sim/trace/traceTypes';

/** One frame on one interface, as a capture there would see it. */
export interface WireFrame {
  /** The interface, named with its namespace: "node1:eth0", "default/web:eth0". */
  readonly iface: string;
  /** Microseconds from the start of the capture. */
  readonly time: number;
  /** The trace (flow) it comes from, from 0. */
  readonly flow: number;
  /** The hop it comes from. */
  readonly hop: number;
  /** The packet's headers (Ethernet, IP, transport, and `outer` while encapsulated). */
  readonly headers?: Headers;
  /** Or an ARP message (`Hop.arp`'s request or reply). */
  readonly arp?: ArpFrame;
  /** For an ICMP error: the packet it quotes (the request as it last was). */
  readonly quoted?: Headers;
}

/**
 * The actions whose hop device carries the frame: `route` and `forward` send it out of the device
 * (once its Ethernet header is known), `arp` exchanges the request and reply on the asking device
 * and then sends the packet, `veth` shows it arriving on the peer, `bridge` leaving by the port that
 * owns the MAC, `bridge-up` arriving on cni0 for the node, `encapsulate` leaving eth0 wrapped in
 * VXLAN, `wire` arriving on the other node's eth0, `decapsulate` coming out of its flannel.1 and
 * `loopback` going round lo. Socket calls, netfilter rewrites, delivery and drops put nothing on a wire.
 */
export const WIRE_ACTIONS: ReadonlySet<HopAction> = new Set<HopAction>([
  'route',
  'arp',
  'veth',
  'bridge',
  'bridge-up',
  'forward',
  'encapsulate',
  'wire',
  'decapsulate',
  'loopback',
]);

/** Time between hops, and between a flow's frames at one hop (ARP request, reply, packet). */
const HOP_US = 10_000;
const STEP_US = 1_000;

/** The interface name of a device id "<netns>#<name>": "node1:eth0" for "node:node1#eth0". */
export function interfaceName(device: string): string {
  const hash = device.lastIndexOf('#');
  const netns = device.slice(0, hash).replace(/^(node|pod):/, '');
  return `${netns}:${device.slice(hash + 1)}`;
}

/** The packet an ICMP error at a reply hop quotes: the request's last headers with a transport header. */
function quotedRequest(trace: Trace): Headers | undefined {
  let last: Headers | undefined;
  for (const h of trace.hops)
    if (h.leg === 'request' && h.headers.ip && h.headers.l4) last = h.headers;
  return last;
}

function isIcmpError(h: Headers): boolean {
  return (
    h.l4?.kind === 'icmp' && (h.l4.type === 'dest-unreachable' || h.l4.type === 'time-exceeded')
  );
}

/** Whether a hop shows the packet itself on its device (it has an IP packet in an Ethernet frame). */
function carriesPacket(hop: Hop): boolean {
  return hop.headers.ip !== undefined && (hop.headers.eth !== undefined || !!hop.headers.outer);
}

/**
 * The frames of one trace, in order. A route followed by a hop on the same device (the ARP that
 * completes its Ethernet header), or a forward or encapsulation followed by its ARP, gives one
 * frame, the last. A packet
 * whose ARP request nobody answers never leaves: only the request is on the wire.
 */
export function wireFramesOf(trace: Trace, flow = 0): WireFrame[] {
  const out: WireFrame[] = [];
  const quoted = quotedRequest(trace);
  let held: string | undefined;
  for (const hop of trace.hops) {
    if (hop.device === undefined || !WIRE_ACTIONS.has(hop.action) || hop.device === held) continue;
    const iface = interfaceName(hop.device);
    const at = (step: number) => hop.index * HOP_US + step * STEP_US + flow;
    const base = { iface, flow, hop: hop.index };
    const prev = out[out.length - 1];
    const prevHop = prev ? trace.hops[prev.hop] : undefined;
    // a forwarded or encapsulated packet waiting for ARP on its device is sent once, after it
    const waits =
      prevHop?.action === 'route' ||
      (hop.action === 'arp' &&
        (prevHop?.action === 'forward' || prevHop?.action === 'encapsulate'));
    if (prev?.headers && prev.iface === iface && waits && prevHop?.leg === hop.leg) out.pop();
    if (hop.action === 'arp' && hop.arp) {
      out.push({ ...base, time: at(0), arp: hop.arp.request });
      if (!hop.arp.reply) {
        held = hop.device;
        continue;
      }
      out.push({ ...base, time: at(1), arp: hop.arp.reply });
    }
    if (!carriesPacket(hop)) continue;
    const frame = { ...base, time: at(2), headers: hop.headers };
    out.push(isIcmpError(hop.headers) && quoted ? { ...frame, quoted } : frame);
  }
  return out;
}

/** The frames of several traces playing together (as the app plays all flows): merged in time order. */
export function wireFramesOfAll(traces: readonly Trace[]): WireFrame[] {
  return traces
    .flatMap((t, i) => wireFramesOf(t, Math.min(i, STEP_US - 1)))
    .sort((a, b) => a.time - b.time || a.flow - b.flow);
}
