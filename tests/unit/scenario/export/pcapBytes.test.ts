/** The bytes the pcap export writes: the Internet checksum, and pcapng's section and interface blocks. */
import { describe, expect, it } from 'vitest';
import { internetChecksum } from '../../../../src/scenario/export/ipPacket';
import { encodePcapng } from '../../../../src/scenario/export/pcapng';

describe('the Internet checksum', () => {
  it("is RFC 1071's worked example: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2, checksum 220d", () => {
    expect(internetChecksum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7))).toBe(
      0x220d,
    );
  });

  it('pads an odd length with a zero byte', () => {
    expect(internetChecksum(Uint8Array.of(0x01))).toBe(0xfeff);
  });
});

describe('a pcapng file', () => {
  it('starts with a little-endian Section Header Block naming the application, then one Interface Description Block per interface', () => {
    const b = encodePcapng([{ name: 'node1:eth0' }], [], 'PNL');
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');
    expect(hex).toBe(
      [
        // SHB: type, length 40, byte-order magic, version 1.0, section length -1
        '0a 0d 0d 0a 28 00 00 00 4d 3c 2b 1a 01 00 00 00 ff ff ff ff ff ff ff ff',
        // shb_userappl "PNL" padded to 4, end of options, length again
        '04 00 03 00 50 4e 4c 00 00 00 00 00 28 00 00 00',
        // IDB: type 1, length 40, link type 1 (Ethernet), snaplen 262144
        '01 00 00 00 28 00 00 00 01 00 00 00 00 00 04 00',
        // if_name "node1:eth0" (10 bytes, padded to 12), end of options, length again
        '02 00 0a 00 6e 6f 64 65 31 3a 65 74 68 30 00 00 00 00 00 00 28 00 00 00',
      ].join(' '),
    );
  });
});
