import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleOf } from '../../conformance/crossings';
import { joinPacketLines, parseCapture } from '../../conformance/tcpdumpParse';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('reading tcpdump -e -nn -v output', () => {
  it('joins the continuation lines of a packet into one', () => {
    const text =
      '03:23:28.934383 aa > bb, ethertype IPv4\n    10.0.0.1 > 10.0.0.2: x\n03:23:28.934384 next\n';
    expect(joinPacketLines(text)).toEqual([
      '03:23:28.934383 aa > bb, ethertype IPv4 10.0.0.1 > 10.0.0.2: x',
      '03:23:28.934384 next',
    ]);
  });

  it('reads a loopback TCP handshake with all-zero MACs, ports, TTL, DF and flags', () => {
    const [syn, synAck] = parseCapture(fixture('loopback-tcp.txt'));
    expect(syn?.headers).toEqual({
      eth: { src: '00:00:00:00:00:00', dst: '00:00:00:00:00:00', type: 'IPv4' },
      ip: {
        src: '127.0.0.1',
        dst: '127.0.0.1',
        ttl: 64,
        protocol: 'TCP',
        df: true,
        totalLength: 60,
      },
      l4: { kind: 'tcp', sport: 37838, dport: 7000, flags: ['SYN'] },
    });
    expect(synAck?.headers.l4).toEqual({
      kind: 'tcp',
      sport: 7000,
      dport: 37838,
      flags: ['SYN', 'ACK'],
    });
    expect(syn?.time).toBe((3 * 3600 + 23 * 60 + 28.934383) * 1e6);
  });

  it('reads the RST of a refused port, sent by the remote pod with TTL 62', () => {
    const [, rst] = parseCapture(fixture('refused-tcp.txt'));
    expect(rst?.headers.ip).toMatchObject({ src: '10.244.2.2', ttl: 62, df: true });
    expect(rst?.headers.l4).toMatchObject({ kind: 'tcp', sport: 9999, flags: ['RST', 'ACK'] });
  });

  it('reads a VXLAN packet as outer headers around the inner frame', () => {
    const [request] = parseCapture(fixture('vxlan-icmp.txt'));
    expect(request?.headers.outer).toEqual({
      eth: { src: '8a:23:f2:bc:f2:a8', dst: '62:0a:9f:73:50:1d', type: 'IPv4' },
      ip: {
        src: '192.168.10.11',
        dst: '192.168.10.12',
        ttl: 64,
        protocol: 'UDP',
        df: false,
        totalLength: 134,
      },
      udp: { sport: 52474, dport: 8472 },
      vxlan: { vni: 1 },
    });
    expect(request?.headers.eth).toEqual({
      src: 'c6:37:01:8c:a7:e2',
      dst: '56:f4:0b:42:9c:a7',
      type: 'IPv4',
    });
    expect(request?.headers.ip).toMatchObject({ src: '10.244.1.2', dst: '10.244.2.2', ttl: 63 });
    expect(request?.headers.l4).toEqual({ kind: 'icmp', type: 'echo-request' });
  });

  it('sees that a kernel echo reply carries no DF flag while the request does', () => {
    const [request, reply] = parseCapture(fixture('hostgw-pod-icmp.txt'));
    expect(request?.headers.ip?.df).toBe(true);
    expect(reply?.headers.ip).toMatchObject({ ttl: 62, df: false });
    expect(reply?.headers.l4).toEqual({ kind: 'icmp', type: 'echo-reply' });
  });

  it('reads a UDP exchange (DF both ways) and the kernel’s ICMP port unreachable (no DF, code 3)', () => {
    const ip = parseCapture(fixture('udp.txt')).filter((p) => p.headers.ip);
    const [request, reply, closed, unreachable] = ip.map((p) => p.headers);
    expect(request?.l4).toEqual({ kind: 'udp', sport: 35532, dport: 5353 });
    expect(reply?.l4).toEqual({ kind: 'udp', sport: 5353, dport: 35532 });
    expect([request?.ip?.df, reply?.ip?.df, closed?.ip?.df]).toEqual([true, true, true]);
    expect(unreachable?.ip).toMatchObject({ src: '10.9.0.2', protocol: 'ICMP', df: false });
    expect(unreachable?.l4).toEqual({ kind: 'icmp', type: 'dest-unreachable', code: 3 });
    expect(roleOf(request?.l4, 5353)).toBe('request');
    expect(roleOf(reply?.l4, 5353)).toBe('reply');
    expect(roleOf(unreachable?.l4, 9999)).toBe('reply');
  });

  it('reads a router’s ICMP time exceeded (type 11, code 0, no DF) by its own header, not the packet it quotes', () => {
    const [request, expired] = parseCapture(fixture('ttl-exceeded.txt')).map((p) => p.headers);
    expect(request?.ip).toMatchObject({ ttl: 1, df: true, totalLength: 84 });
    expect(expired?.ip).toMatchObject({
      src: '10.1.0.1',
      dst: '10.1.0.2',
      ttl: 64,
      df: false,
      totalLength: 112,
    });
    expect(expired?.l4).toEqual({ kind: 'icmp', type: 'time-exceeded', code: 0 });
    expect(roleOf(expired?.l4)).toBe('reply');
  });

  it('reads ARP who-has and is-at messages', () => {
    const [req, rep] = parseCapture(fixture('arp.txt'));
    expect(req?.headers.arp).toMatchObject({
      op: 'request',
      targetIp: '10.244.1.3',
      senderIp: '10.244.1.2',
    });
    expect(req?.headers.eth?.dst).toBe('ff:ff:ff:ff:ff:ff');
    expect(rep?.headers.arp).toMatchObject({
      op: 'reply',
      senderIp: '10.244.1.3',
      senderMac: 'c2:17:e7:e9:32:e4',
    });
  });

  it('skips lines that are not Ethernet frames', () => {
    expect(parseCapture('reading from file x.pcap, link-type EN10MB\n')).toEqual([]);
  });
});
