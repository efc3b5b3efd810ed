/** The reply leg's packet: the request mirrored (addresses and ports swapped), fresh TTL, the answer's flags, DF and size. */
import { icmpErrorLength, tcpLength, udpLength } from './sizes';
import { DEFAULT_TTL } from '../ip/ttl';
import type { Headers, IpHeader, TcpFlag } from './traceTypes';

/** How the destination answers. */
export type Answer = 'accept' | 'refuse';

/** The headers of the answer to a request that arrived with `req`. */
export function replyHeaders(req: Headers, answer: Answer): Headers {
  const ip = req.ip;
  if (!ip) return {};
  const base: IpHeader = {
    src: ip.dst,
    dst: ip.src,
    ttl: DEFAULT_TTL,
    protocol: ip.protocol,
    // TCP's and UDP's sockets do path-MTU discovery and set DF; the kernel's own ICMP socket,
    // which answers echo requests and sends errors, does not (icmp_sk_init: IP_PMTUDISC_DONT)
    df: ip.protocol !== 'ICMP',
    // an echo reply carries the request's data back, so it is as long as the request
    totalLength: ip.totalLength,
  };
  const l4 = req.l4;
  if (l4?.kind === 'tcp') {
    const flags: TcpFlag[] = answer === 'accept' ? ['SYN', 'ACK'] : ['RST', 'ACK'];
    return {
      ip: { ...base, totalLength: tcpLength(flags) },
      l4: { kind: 'tcp', sport: l4.dport, dport: l4.sport, flags },
    };
  }
  if (l4?.kind === 'udp') {
    if (answer === 'refuse') {
      return {
        ip: { ...base, protocol: 'ICMP', df: false, totalLength: icmpErrorLength(ip.totalLength) },
        l4: { kind: 'icmp', type: 'dest-unreachable', code: 3 },
      };
    }
    // the server echoes the datagram's data back
    return {
      ip: { ...base, totalLength: udpLength() },
      l4: { kind: 'udp', sport: l4.dport, dport: l4.sport },
    };
  }
  return { ip: base, l4: { kind: 'icmp', type: 'echo-reply' } };
}
