/** A pcapng writer: Section Header, one Interface Description per interface (with its name), Enhanced Packet Blocks. */

/** An interface of the capture (every one Ethernet). */
export interface PcapngInterface {
  /** if_name: the device with its namespace, e.g. "node1:eth0". */
  readonly name: string;
}

/** One captured frame. */
export interface PcapngPacket {
  /** Index into the interfaces. */
  readonly iface: number;
  /** Microseconds since 1970-01-01 (the default if_tsresol). */
  readonly time: number;
  /** The frame, from the Ethernet header on. */
  readonly data: Uint8Array;
  /** opt_comment shown beside the frame (Wireshark's "Packet comments"). */
  readonly comment?: string;
}

const SHB = 0x0a0d0d0a;
const IDB = 0x00000001;
const EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const LINKTYPE_ETHERNET = 1;
const SNAPLEN = 262144;
const OPT_END = 0;
const OPT_COMMENT = 1;
const IF_NAME = 2;
const SHB_USERAPPL = 4;

const utf8 = new TextEncoder();

/** Rounds up to a multiple of 4, as every pcapng field is padded. */
function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** The bytes of an options list: each option (code, length, value padded), then opt_endofopt. */
function options(list: readonly (readonly [number, string | undefined])[]): Uint8Array {
  const present = list.flatMap(([code, v]) =>
    v === undefined ? [] : [[code, utf8.encode(v)] as const],
  );
  if (present.length === 0) return new Uint8Array(0);
  const size = present.reduce((s, [, v]) => s + 4 + pad4(v.length), 4);
  const b = new Uint8Array(size);
  const view = new DataView(b.buffer);
  let at = 0;
  for (const [code, v] of present) {
    view.setUint16(at, code, true);
    view.setUint16(at + 2, v.length, true);
    b.set(v, at + 4);
    at += 4 + pad4(v.length);
  }
  view.setUint16(at, OPT_END, true);
  return b;
}

/** A block: type, total length, the body (padded), its options, the total length again. */
function block(type: number, body: Uint8Array, opts: Uint8Array): Uint8Array {
  const total = 12 + pad4(body.length) + opts.length;
  const b = new Uint8Array(total);
  const view = new DataView(b.buffer);
  view.setUint32(0, type, true);
  view.setUint32(4, total, true);
  b.set(body, 8);
  b.set(opts, 8 + pad4(body.length));
  view.setUint32(total - 4, total, true);
  return b;
}

function sectionHeader(application: string): Uint8Array {
  const body = new Uint8Array(16);
  const view = new DataView(body.buffer);
  view.setUint32(0, BYTE_ORDER_MAGIC, true);
  view.setUint16(4, 1, true);
  view.setUint16(6, 0, true);
  // section length unknown: -1
  view.setBigInt64(8, -1n, true);
  return block(SHB, body, options([[SHB_USERAPPL, application]]));
}

function interfaceDescription(i: PcapngInterface): Uint8Array {
  const body = new Uint8Array(8);
  const view = new DataView(body.buffer);
  view.setUint16(0, LINKTYPE_ETHERNET, true);
  view.setUint32(4, SNAPLEN, true);
  return block(IDB, body, options([[IF_NAME, i.name]]));
}

function enhancedPacket(p: PcapngPacket): Uint8Array {
  const body = new Uint8Array(20 + p.data.length);
  const view = new DataView(body.buffer);
  const ts = BigInt(Math.max(0, Math.round(p.time)));
  view.setUint32(0, p.iface, true);
  view.setUint32(4, Number(ts >> 32n), true);
  view.setUint32(8, Number(ts & 0xffffffffn), true);
  view.setUint32(12, p.data.length, true);
  view.setUint32(16, p.data.length, true);
  body.set(p.data, 20);
  return block(EPB, body, options([[OPT_COMMENT, p.comment]]));
}

/** The pcapng file of some frames on some interfaces (little-endian, microsecond timestamps). */
export function encodePcapng(
  interfaces: readonly PcapngInterface[],
  packets: readonly PcapngPacket[],
  application = 'Pod Network Lab',
): Uint8Array {
  const blocks = [
    sectionHeader(application),
    ...interfaces.map(interfaceDescription),
    ...packets.map(enhancedPacket),
  ];
  const out = new Uint8Array(blocks.reduce((s, b) => s + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
