/** Traces as a pcapng capture: one interface per device a frame crosses, one packet per frame on a wire. */
import { arpFrameBytes, packetFrameBytes } from './frameBytes';
import { encodePcapng, type PcapngPacket } from './pcapng';
import { wireFramesOf, wireFramesOfAll, type WireFrame } from './wireFrames';
import type { Trace } from '../../sim/trace/traceTypes';

/** The file name a capture is offered under. */
export const PCAP_FILE_NAME = 'pod-network-lab.pcapng';

/** The MIME type of a pcapng file. */
export const PCAP_MIME = 'application/x-pcapng';

/** The frame's bytes: an ARP message or the packet (with VXLAN's outer layers while encapsulated). */
export function frameBytes(f: WireFrame): Uint8Array {
  if (f.arp) return arpFrameBytes(f.arp);
  return f.headers ? packetFrameBytes(f.headers, f.quoted) : new Uint8Array(0);
}

/** What a frame's comment says: which flow and hop it comes from, what was done there. */
function commentOf(f: WireFrame, traces: readonly Trace[]): string {
  const hop = traces[f.flow]?.hops[f.hop];
  const what = f.arp ? `arp ${f.arp.arp.op}` : (hop?.action ?? '');
  const flow = traces.length > 1 ? `flow ${f.flow + 1}, ` : '';
  return `${flow}hop ${f.hop + 1} (${hop?.leg ?? ''}): ${what}`;
}

/** Encodes frames as pcapng: interfaces in order of first use, each frame's comment naming its hop. */
function encodeFrames(frames: readonly WireFrame[], traces: readonly Trace[]): Uint8Array {
  const ifaces: string[] = [];
  const index = new Map<string, number>();
  const packets: PcapngPacket[] = frames.map((f) => {
    let i = index.get(f.iface);
    if (i === undefined) {
      i = ifaces.push(f.iface) - 1;
      index.set(f.iface, i);
    }
    return { iface: i, time: f.time, data: frameBytes(f), comment: commentOf(f, traces) };
  });
  return encodePcapng(
    ifaces.map((name) => ({ name })),
    packets,
  );
}

/** One trace as a pcapng file. */
export function tracePcapng(trace: Trace): Uint8Array {
  return encodeFrames(wireFramesOf(trace), [trace]);
}

/** Every flow playing, as one pcapng file: their frames merged in the order the app plays them. */
export function tracesPcapng(traces: readonly Trace[]): Uint8Array {
  return encodeFrames(wireFramesOfAll(traces), traces);
}
