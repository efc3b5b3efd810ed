import { describe, expect, it } from 'vitest';
import { arpOfFrame, parseArpHex, withArpBodies } from '../../conformance/arpBodies';
import { parsePacketLine, type CapturedPacket } from '../../conformance/tcpdumpParse';

/** tcpdump -nn -xx of a who-has and its is-at, as captured on node1's eth0 (issue 13's experiment). */
const HEX = `11:02:31.490918 ARP, Request who-has 192.168.10.12 tell 192.168.10.11, length 28
\t0x0000:  ffff ffff ffff 9e50 f743 fa45 0806 0001
\t0x0010:  0800 0604 0001 9e50 f743 fa45 c0a8 0a0b
\t0x0020:  0000 0000 0000 c0a8 0a0c
11:02:31.490942 ARP, Reply 192.168.10.12 is-at ca:d8:aa:33:4b:ae, length 28
\t0x0000:  9e50 f743 fa45 cad8 aa33 4bae 0806 0001
\t0x0010:  0800 0604 0002 cad8 aa33 4bae c0a8 0a0c
\t0x0020:  9e50 f743 fa45 c0a8 0a0b
`;

describe('ARP bodies from the frame bytes', () => {
  it('reads every field of a request and a reply, the ones tcpdump’s text leaves out included', () => {
    expect(parseArpHex(HEX)).toEqual([
      {
        op: 'request',
        senderMac: '9e:50:f7:43:fa:45',
        senderIp: '192.168.10.11',
        targetMac: '00:00:00:00:00:00',
        targetIp: '192.168.10.12',
      },
      {
        op: 'reply',
        senderMac: 'ca:d8:aa:33:4b:ae',
        senderIp: '192.168.10.12',
        targetMac: '9e:50:f7:43:fa:45',
        targetIp: '192.168.10.11',
      },
    ]);
  });
  it('ignores a frame that is not an Ethernet/IPv4 ARP request or reply', () => {
    expect(arpOfFrame([0xff, 0xff])).toBeNull();
    expect(arpOfFrame(new Array<number>(42).fill(0))).toBeNull();
  });
  it('puts each body on its ARP frame in order, leaving other frames as they are', () => {
    const line =
      '11:02:31.490942 9e:50:f7:43:fa:45 > ca:d8:aa:33:4b:ae, ethertype ARP (0x0806), length 42: Ethernet (len 6), IPv4 (len 4), Reply 192.168.10.12 is-at ca:d8:aa:33:4b:ae, length 28';
    const p = parsePacketLine(line) as CapturedPacket;
    const [reply] = parseArpHex(HEX).slice(1);
    const out = withArpBodies([p], reply ? [reply] : []);
    expect(out[0]?.headers.arp?.targetIp).toBe('192.168.10.11');
    expect(p.headers.arp?.targetIp).toBe('');
  });
});
