/** Parses `tcpdump -e -nn -v [-T vxlan]` text into the simulation's own header types. */
import type { Ipv4, Mac } from '../../src/sim/model/types';
import type {
  ArpHeader,
  EthHeader,
  Headers,
  IpHeader,
  L4Header,
  OuterHeaders,
  TcpFlag,
} from '../../src/sim/trace/traceTypes';

/** A captured frame's headers: a trace hop's, or an ARP message (which a trace keeps in `Hop.arp`). */
export interface CapturedHeaders extends Headers {
  /** The ARP message of an ARP frame. */
  readonly arp?: ArpHeader;
}

/** One captured packet, decoded. */
export interface CapturedPacket {
  /** Capture time in microseconds since midnight (all namespaces share one clock). */
  readonly time: number;
  /** The decoded headers, shaped like a trace hop's (inner headers + `outer` for VXLAN), or an ARP frame's. */
  readonly headers: CapturedHeaders;
  /** The line as tcpdump printed it, for the side-by-side report. */
  readonly raw: string;
  /** The frame's EtherType as tcpdump names it ("IPv4", "ARP", "IPv6", …); "" when it printed none (802.3/LLC). */
  readonly ethertype: string;
}

const LINE_START = /^\d\d:\d\d:\d\d\.\d{6} /;
const MAC = '([0-9a-f]{2}(?::[0-9a-f]{2}){5})';
const ETH = new RegExp(`^${MAC} > ${MAC}, ethertype (\\w+) \\(0x[0-9a-f]+\\), length \\d+: (.*)$`);
const IPV4 = '(\\d{1,3}(?:\\.\\d{1,3}){3})';
const IP = new RegExp(`^\\((.*?)\\) ${IPV4}(?:\\.(\\d+))? > ${IPV4}(?:\\.(\\d+))?: (.*)$`);
const ARP_REQ = new RegExp(`Request who-has ${IPV4} tell ${IPV4}`);
const ARP_REP = new RegExp(`Reply ${IPV4} is-at ${MAC}`);
const VXLAN = /^VXLAN, flags \[[^\]]*\] \(0x[0-9a-f]+\), vni (\d+) (.*)$/;
const FLAG_NAMES: Readonly<Record<string, TcpFlag>> = {
  S: 'SYN',
  F: 'FIN',
  R: 'RST',
  P: 'PSH',
  '.': 'ACK',
};

/** Joins tcpdump's continuation lines so that each packet is one line (as `-v` wraps them). */
export function joinPacketLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (LINE_START.test(line)) out.push(line.trimEnd());
    else if (line.trim() !== '' && out.length > 0) out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}

/** Parses the text of one capture into packets: every frame, decoded as far as it is IPv4 or ARP. */
export function parseCapture(text: string): CapturedPacket[] {
  return joinPacketLines(text).flatMap((l) => {
    const p = parsePacketLine(l);
    return p ? [p] : [];
  });
}

/**
 * Parses one joined tcpdump line. Every timestamped frame is kept, so that none can pass unseen:
 * an IPv4 or ARP frame with its decoded headers, any other (IPv6, LLC, …) with empty headers and
 * its EtherType. Null only for a line that is no frame (tcpdump's "reading from file" banner).
 */
export function parsePacketLine(line: string): CapturedPacket | null {
  const [clock, ...rest] = line.split(' ');
  if (!clock || !LINE_START.test(line)) return null;
  const text = rest.join(' ');
  const ethertype = /, ethertype (\w+) /.exec(text)?.[1] ?? '';
  const [h, m, s] = clock.split(':').map(Number);
  const time = Math.round(((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1e6);
  return { time, headers: parseFrame(text) ?? {}, raw: line, ethertype };
}

function parseFrame(text: string): CapturedHeaders | null {
  const e = ETH.exec(text);
  if (!e) return null;
  const [, src, dst, type, payload = ''] = e;
  if (type !== 'IPv4' && type !== 'ARP') return null;
  const eth: EthHeader = { src: src as Mac, dst: dst as Mac, type };
  if (type === 'ARP') {
    const req = ARP_REQ.exec(payload);
    if (req)
      return {
        eth,
        arp: {
          op: 'request',
          targetIp: req[1] as Ipv4,
          senderIp: req[2] as Ipv4,
          senderMac: eth.src,
          targetMac: '00:00:00:00:00:00' as Mac,
        },
      };
    const rep = ARP_REP.exec(payload);
    if (!rep) return { eth };
    return {
      eth,
      arp: {
        op: 'reply',
        senderIp: rep[1] as Ipv4,
        senderMac: rep[2] as Mac,
        targetIp: '' as Ipv4,
        targetMac: eth.dst,
      },
    };
  }
  return parseIp(eth, payload);
}

function parseIp(eth: EthHeader, text: string): Headers | null {
  const m = IP.exec(text);
  if (!m) return { eth };
  const [, meta = '', src, sport, dst, dport, rest = ''] = m;
  const ttl = Number(/ttl (\d+)/.exec(meta)?.[1] ?? NaN);
  const flags = /flags \[([^\]]*)\]/.exec(meta)?.[1] ?? '';
  const proto = /proto (\w+)/.exec(meta)?.[1] ?? '';
  if (proto !== 'TCP' && proto !== 'UDP' && proto !== 'ICMP') return { eth };
  const ip: IpHeader = {
    src: src as Ipv4,
    dst: dst as Ipv4,
    ttl,
    protocol: proto,
    df: flags.includes('DF'),
    totalLength: Number(/length (\d+)/.exec(meta)?.[1] ?? NaN),
  };
  if (proto === 'UDP') {
    const vx = VXLAN.exec(rest);
    const udp = { sport: Number(sport), dport: Number(dport) };
    if (vx) {
      const inner = parseFrame(vx[2] ?? '');
      if (!inner) return { eth, ip, l4: { kind: 'udp', ...udp } };
      const outer: OuterHeaders = { eth, ip, udp, vxlan: { vni: Number(vx[1]) } };
      return { ...inner, outer };
    }
    return { eth, ip, l4: { kind: 'udp', ...udp } };
  }
  return { eth, ip, l4: parseL4(proto, sport, dport, rest) };
}

function parseL4(proto: 'TCP' | 'ICMP', sport?: string, dport?: string, rest = ''): L4Header {
  if (proto === 'TCP') {
    const letters = /^Flags \[([^\]]*)\]/.exec(rest)?.[1] ?? '';
    const flags = [...letters].flatMap((c) => (FLAG_NAMES[c] ? [FLAG_NAMES[c]] : []));
    return { kind: 'tcp', sport: Number(sport), dport: Number(dport), flags };
  }
  if (rest.startsWith('ICMP echo request')) return { kind: 'icmp', type: 'echo-request' };
  if (rest.startsWith('ICMP echo reply')) return { kind: 'icmp', type: 'echo-reply' };
  // "ICMP time exceeded in-transit": code 0 (code 1, "in-reassembly", never arises here)
  if (rest.startsWith('ICMP time exceeded'))
    return { kind: 'icmp', type: 'time-exceeded', code: 0 };
  const code = /unreachable - need to frag/.test(rest)
    ? 4
    : /port \d+ unreachable/.test(rest)
      ? 3
      : 1;
  return { kind: 'icmp', type: 'dest-unreachable', code };
}
