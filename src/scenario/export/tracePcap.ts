/** Traces as a pcapng capture: one interface per device a frame crosses, one packet per frame on a wire. */
import { dnsExchanges } from './dnsMessage';
import { arpFrameBytes, packetFrameBytes } from './frameBytes';
import type { PacketOptions } from './ipPacket';
import { encodePcapng, type PcapngPacket } from './pcapng';
import { wireFramesOf, wireFramesOfAll, type WireFrame } from './wireFrames';
import type { Network } from '../../sim/model/networkTypes';
import type { ClusterSpec } from '../../sim/model/types';
import type { Hop, Trace } from '../../sim/trace/traceTypes';

/** The file name a capture is offered under. */
export const PCAP_FILE_NAME = 'pod-network-lab.pcapng';

/** The MIME type of a pcapng file. */
export const PCAP_MIME = 'application/x-pcapng';

/** The TCP MSS each leg's sender offers: the MTU of the device it first sends by (a route's, or lo), at most 65535, − 40. */
function legMss(trace: Trace, network: Network | undefined): Map<Hop['leg'], number> {
  const out = new Map<Hop['leg'], number>();
  for (const hop of trace.hops) {
    const mtu = hop.device === undefined ? undefined : network?.devices.get(hop.device)?.mtu;
    const sends = hop.action === 'route' || hop.action === 'loopback';
    if (sends && mtu !== undefined && !out.has(hop.leg))
      out.set(hop.leg, Math.min(mtu, 65535) - 40);
  }
  return out;
}

/** The frame's bytes: an ARP message or the packet (with VXLAN's outer layers while encapsulated). */
export function frameBytes(f: WireFrame, opts: PacketOptions = {}): Uint8Array {
  if (f.arp) return arpFrameBytes(f.arp);
  const quoted = f.quoted ? { quoted: f.quoted } : {};
  return f.headers ? packetFrameBytes(f.headers, { ...opts, ...quoted }) : new Uint8Array(0);
}

/** What a frame's comment says: which flow and hop it comes from, what was done there. */
function commentOf(f: WireFrame, traces: readonly Trace[]): string {
  const hop = traces[f.flow]?.hops[f.hop];
  const what = f.arp ? `arp ${f.arp.arp.op}` : (hop?.action ?? '');
  const flow = traces.length > 1 ? `flow ${f.flow + 1}, ` : '';
  return `${flow}hop ${f.hop + 1} (${hop?.leg ?? ''}): ${what}`;
}

/** Encodes frames as pcapng: interfaces in order of first use, each frame's comment naming its hop; with the cluster, DNS datagrams carry their messages. */
function encodeFrames(
  frames: readonly WireFrame[],
  traces: readonly Trace[],
  network: Network | undefined,
  cluster: ClusterSpec | undefined,
): Uint8Array {
  const mss = traces.map((t) => legMss(t, network));
  const dns = traces.map((t) => (cluster ? dnsExchanges(t, cluster) : new Map()));
  const ifaces: string[] = [];
  const index = new Map<string, number>();
  const packets: PcapngPacket[] = frames.map((f) => {
    let i = index.get(f.iface);
    if (i === undefined) {
      i = ifaces.push(f.iface) - 1;
      index.set(f.iface, i);
    }
    const hop = traces[f.flow]?.hops[f.hop];
    const legMssValue = mss[f.flow]?.get(hop?.leg ?? 'request');
    const msg = hop?.exchange === undefined ? undefined : dns[f.flow]?.get(hop.exchange);
    const udpData = hop?.leg === 'reply' ? msg?.response : msg?.query;
    // one connection per flow and exchange: its numbers survive NAT from interface to interface
    const data = frameBytes(f, {
      conversation: `flow ${f.flow} exchange ${hop?.exchange ?? 0}`,
      ...(legMssValue === undefined ? {} : { mss: legMssValue }),
      ...(udpData === undefined ? {} : { udpData }),
    });
    return { iface: i, time: f.time, data, comment: commentOf(f, traces) };
  });
  return encodePcapng(
    ifaces.map((name) => ({ name })),
    packets,
  );
}

/**
 * One trace as a pcapng file; with its network, a SYN offers its sender's MSS (1460 without); with
 * its cluster, a lookup's datagrams carry the DNS query and CoreDNS's answer (filler without).
 */
export function tracePcapng(trace: Trace, network?: Network, cluster?: ClusterSpec): Uint8Array {
  return encodeFrames(wireFramesOf(trace), [trace], network, cluster);
}

/** Every flow playing, as one pcapng file: their frames merged in the order the app plays them. */
export function tracesPcapng(
  traces: readonly Trace[],
  network?: Network,
  cluster?: ClusterSpec,
): Uint8Array {
  return encodeFrames(wireFramesOfAll(traces), traces, network, cluster);
}
