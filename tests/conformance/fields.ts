/** Flattens headers into named, comparable fields, marking the ones the kernel chooses freely. */
import type { Headers, L4Header, TcpFlag } from '../../src/sim/trace/traceTypes';

/** How a field is compared: exactly, or only for consistency (values the kernel picks itself). */
export type FieldKind =
  /** Must be equal. */
  | 'exact'
  /** The client's ephemeral port: the same simulated port must always map to the same real one. */
  | 'ephemeral'
  /** The VXLAN UDP source port, a flow hash: consistent within a leg. */
  | 'flow-hash';

/** One field's text value and how to compare it. */
export interface Field {
  /** The value as text. */
  readonly value: string;
  /** How it is compared. */
  readonly kind: FieldKind;
}

const FLAG_ORDER: readonly TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];

/** TCP flags in tcpdump order, joined: "SYN,ACK". */
export function flagsText(flags: readonly TcpFlag[]): string {
  return FLAG_ORDER.filter((f) => flags.includes(f)).join(',');
}

/** The comparable fields of some headers, for a packet of the given leg. */
export function fieldsOf(h: Headers, leg: 'request' | 'reply'): Map<string, Field> {
  const out = new Map<string, Field>();
  const put = (name: string, value: string | number | boolean, kind: FieldKind = 'exact'): void => {
    out.set(name, { value: String(value), kind });
  };
  if (h.eth) {
    put('eth.src', h.eth.src);
    put('eth.dst', h.eth.dst);
  }
  if (h.ip) {
    put('ip.src', h.ip.src);
    put('ip.dst', h.ip.dst);
    put('ip.ttl', h.ip.ttl);
    put('ip.protocol', h.ip.protocol);
    put('ip.df', h.ip.df);
    put('ip.totalLength', h.ip.totalLength);
  }
  if (h.l4) l4Fields(h.l4, leg, put);
  if (h.outer) {
    put('outer.eth.src', h.outer.eth.src);
    put('outer.eth.dst', h.outer.eth.dst);
    put('outer.ip.src', h.outer.ip.src);
    put('outer.ip.dst', h.outer.ip.dst);
    put('outer.ip.ttl', h.outer.ip.ttl);
    put('outer.ip.df', h.outer.ip.df);
    put('outer.ip.totalLength', h.outer.ip.totalLength);
    put('outer.udp.sport', h.outer.udp.sport, 'flow-hash');
    put('outer.udp.dport', h.outer.udp.dport);
    put('outer.vxlan.vni', h.outer.vxlan.vni);
  }
  return out;
}

function l4Fields(
  l4: L4Header,
  leg: 'request' | 'reply',
  put: (name: string, value: string | number, kind?: FieldKind) => void,
): void {
  if (l4.kind === 'icmp') {
    put('icmp.type', l4.type);
    if (l4.type === 'dest-unreachable' || l4.type === 'time-exceeded')
      put('icmp.code', l4.code ?? '(none)');
    return;
  }
  put(`${l4.kind}.sport`, l4.sport, leg === 'request' ? 'ephemeral' : 'exact');
  put(`${l4.kind}.dport`, l4.dport, leg === 'reply' ? 'ephemeral' : 'exact');
  if (l4.kind === 'tcp') put('tcp.flags', flagsText(l4.flags));
}

/** A one-line summary of headers for the report: "mac > mac | ip > ip ttl N | TCP sport > dport [flags]". */
export function describeHeaders(h: Headers): string {
  const parts: string[] = [];
  if (h.outer) {
    const o = h.outer;
    parts.push(
      `outer ${o.eth.src} > ${o.eth.dst} ${o.ip.src}:${o.udp.sport} > ${o.ip.dst}:${o.udp.dport} ttl ${o.ip.ttl} vni ${o.vxlan.vni}`,
    );
  }
  if (h.eth) parts.push(`${h.eth.src} > ${h.eth.dst}`);
  if (h.ip) parts.push(`${h.ip.src} > ${h.ip.dst} ttl ${h.ip.ttl}${h.ip.df ? ' DF' : ''}`);
  const l4 = h.l4;
  if (l4?.kind === 'icmp')
    parts.push(`ICMP ${l4.type}${l4.code === undefined ? '' : `/${l4.code}`}`);
  else if (l4?.kind === 'tcp') parts.push(`TCP ${l4.sport} > ${l4.dport} [${flagsText(l4.flags)}]`);
  else if (l4) parts.push(`UDP ${l4.sport} > ${l4.dport}`);
  return parts.join(' | ');
}
