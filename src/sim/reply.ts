/** The reply leg's packet: the request mirrored (addresses and ports swapped), fresh TTL, the answer's flags and DF. */
import { DEFAULT_TTL } from './ttl';
import type { Headers, IpHeader, L4Header } from './traceTypes';

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
  };
  const l4 = req.l4;
  let out: L4Header;
  if (l4?.kind === 'tcp') {
    out = {
      kind: 'tcp',
      sport: l4.dport,
      dport: l4.sport,
      flags: answer === 'accept' ? ['SYN', 'ACK'] : ['RST', 'ACK'],
    };
  } else if (l4?.kind === 'udp') {
    if (answer === 'refuse') {
      return {
        ip: { ...base, protocol: 'ICMP', df: false },
        l4: { kind: 'icmp', type: 'dest-unreachable', code: 3 },
      };
    }
    out = { kind: 'udp', sport: l4.dport, dport: l4.sport };
  } else {
    out = { kind: 'icmp', type: 'echo-reply' };
  }
  return { ip: base, l4: out };
}
