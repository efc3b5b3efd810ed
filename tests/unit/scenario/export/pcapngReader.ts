/** A minimal pcapng reader for tests: interface names and each packet's interface, time, length and comment. */

/** What a test checks in a pcapng file. */
export interface ReadPcapng {
  /** if_name of each Interface Description Block, in order. */
  readonly interfaces: string[];
  /** Each Enhanced Packet Block. */
  readonly packets: { iface: number; time: number; length: number; comment?: string }[];
}

function optionsOf(b: Uint8Array, view: DataView, from: number, to: number): Map<number, string> {
  const out = new Map<number, string>();
  let at = from;
  while (at + 4 <= to) {
    const code = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (code === 0) break;
    out.set(code, new TextDecoder().decode(b.subarray(at + 4, at + 4 + len)));
    at += 4 + ((len + 3) & ~3);
  }
  return out;
}

/** Reads a little-endian pcapng file written by the export; throws on a malformed block. */
export function readPcapng(b: Uint8Array): ReadPcapng {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const result: ReadPcapng = { interfaces: [], packets: [] };
  let at = 0;
  while (at < b.length) {
    const type = view.getUint32(at, true);
    const total = view.getUint32(at + 4, true);
    if (total < 12 || total % 4 !== 0 || view.getUint32(at + total - 4, true) !== total)
      throw new Error(`bad block at ${at}`);
    if (type === 1)
      result.interfaces.push(optionsOf(b, view, at + 16, at + total - 4).get(2) ?? '');
    if (type === 6) {
      const captured = view.getUint32(at + 20, true);
      const time = view.getUint32(at + 12, true) * 2 ** 32 + view.getUint32(at + 16, true);
      const comment = optionsOf(b, view, at + 28 + ((captured + 3) & ~3), at + total - 4).get(1);
      result.packets.push({
        iface: view.getUint32(at + 8, true),
        time,
        length: captured,
        ...(comment === undefined ? {} : { comment }),
      });
    }
    at += total;
  }
  return result;
}
