/** iptables rules as data: each rule's `iptables-save` text and the test it applies to a packet, built together so what is shown is what is evaluated. */
import { cidrContains, parseCidr, parseIpv4 } from '../model/ipv4';
import type { Ipv4 } from '../model/types';

/** The mark kube-proxy's KUBE-MARK-MASQ sets (--masquerade-bit 14), which flannel also honours. */
export const MASQ_MARK = '0x4000/0x4000';

/** The packet as the nat and filter tables see it. */
export interface PacketView {
  readonly src: Ipv4;
  readonly dst: Ipv4;
  readonly proto: 'tcp' | 'udp' | 'icmp';
  readonly sport: number;
  readonly dport: number;
}

/** What a match can look at besides the packet. */
export interface MatchContext {
  /** The packet. */
  readonly pkt: PacketView;
  /** Whether the packet carries the masquerade mark now. */
  readonly marked: boolean;
  /** Whether conntrack sees the first packet of a connection (ctstate NEW). */
  readonly isNew: boolean;
  /** `-m addrtype --src/--dst-type LOCAL`: an address of this node's namespace. */
  isLocal(ip: Ipv4): boolean;
  /** The endpoint a KUBE-SVC/KUBE-SVL chain's statistic rules lead to, as an index among `count`. */
  pick(chain: string, count: number): number;
}

/** What a rule does when it matches. */
export type RuleTarget =
  | { readonly kind: 'jump'; readonly chain: string }
  | { readonly kind: 'return' }
  | { readonly kind: 'mark' }
  | { readonly kind: 'unmark' }
  | { readonly kind: 'dnat'; readonly ip: Ipv4; readonly port: number }
  | { readonly kind: 'masquerade' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'drop' };

/** One condition of a rule and how `iptables-save` prints it. */
export interface Match {
  readonly text: string;
  readonly test: (c: MatchContext) => boolean;
}

/** A rule: its chain, its `iptables-save` line, its conditions and its target. */
export interface Rule {
  readonly chain: string;
  readonly text: string;
  readonly matches: readonly Match[];
  readonly target: RuleTarget;
}

/** An address or block as iptables-save prints it: a single address gets /32. */
function block(cidr: string): string {
  return cidr.includes('/') ? cidr : `${cidr}/32`;
}

function inBlock(cidr: string, ip: Ipv4): boolean {
  const c = parseCidr(block(cidr));
  const n = parseIpv4(ip);
  return c !== null && n !== null && cidrContains(c, n);
}

/** `[!] -s block`. */
export function src(cidr: string, negate = false): Match {
  return {
    text: `${negate ? '! ' : ''}-s ${block(cidr)}`,
    test: (c) => inBlock(cidr, c.pkt.src) !== negate,
  };
}

/** `[!] -d block`. */
export function dst(cidr: string, negate = false): Match {
  return {
    text: `${negate ? '! ' : ''}-d ${block(cidr)}`,
    test: (c) => inBlock(cidr, c.pkt.dst) !== negate,
  };
}

/** `-p proto`. */
export function proto(p: 'tcp' | 'udp'): Match {
  return { text: `-p ${p}`, test: (c) => c.pkt.proto === p };
}

/**
 * A string as iptables-save prints it (xtables_save_string): bare when it is only letters, digits,
 * `_` and `-`; otherwise in double quotes, with `"`, `\` and `'` escaped by a backslash. An empty
 * string prints as `""`.
 */
export function savedString(text: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(text)) return text;
  return `"${text.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

/** `-m comment --comment text`, the text as iptables-save prints it. */
export function comment(text: string): Match {
  return { text: `-m comment --comment ${savedString(text)}`, test: () => true };
}

/** `-m tcp|udp [--dport n]`. */
export function dport(p: 'tcp' | 'udp', port?: number): Match {
  if (port === undefined) return { text: `-m ${p}`, test: () => true };
  return { text: `-m ${p} --dport ${port}`, test: (c) => c.pkt.dport === port };
}

/** `-m mark [!] --mark 0x4000/0x4000`. */
export function mark(negate = false): Match {
  return {
    text: `-m mark ${negate ? '! ' : ''}--mark ${MASQ_MARK}`,
    test: (c) => c.marked !== negate,
  };
}

/** `-m addrtype --src-type|--dst-type LOCAL`. */
export function addrtypeLocal(which: 'src' | 'dst'): Match {
  return {
    text: `-m addrtype --${which}-type LOCAL`,
    test: (c) => c.isLocal(which === 'src' ? c.pkt.src : c.pkt.dst),
  };
}

/** `-m conntrack --ctstate NEW`. */
export function ctNew(): Match {
  return { text: '-m conntrack --ctstate NEW', test: (c) => c.isNew };
}

/**
 * The probability iptables-save prints for kube-proxy's "--probability 1/n" (10 decimals): the
 * statistic match stores it as a 31-bit fraction and prints that with 11 decimals.
 */
export function savedProbability(n: number): string {
  const given = Number((1 / n).toFixed(10));
  return (Math.round(0x80000000 * given) / 0x80000000).toFixed(11);
}

/** `-m statistic --mode random --probability p`: taken when the flow's pick is this rule's endpoint. */
export function statistic(chain: string, index: number, count: number): Match {
  return {
    text: `-m statistic --mode random --probability ${savedProbability(count - index)}`,
    test: (c) => c.pick(chain, count) === index,
  };
}

const TARGET_TEXT: Record<RuleTarget['kind'], (t: RuleTarget) => string> = {
  jump: (t) => (t.kind === 'jump' ? t.chain : ''),
  return: () => 'RETURN',
  mark: () => `MARK --set-xmark ${MASQ_MARK}`,
  unmark: () => 'MARK --set-xmark 0x4000/0x0',
  dnat: (t) => (t.kind === 'dnat' ? `DNAT --to-destination ${t.ip}:${t.port}` : ''),
  masquerade: () => 'MASQUERADE',
  reject: () => 'REJECT --reject-with icmp-port-unreachable',
  drop: () => 'DROP',
};

/**
 * A rule in iptables-save's order: -s, -d, -p first, then the other matches in the order written.
 */
export function rule(chain: string, matches: readonly Match[], target: RuleTarget): Rule {
  const rank = (m: Match) =>
    /^(! )?-s /.test(m.text) ? 0 : /^(! )?-d /.test(m.text) ? 1 : m.text.startsWith('-p ') ? 2 : 3;
  const ordered = [...matches].sort((a, b) => rank(a) - rank(b));
  const parts = [
    `-A ${chain}`,
    ...ordered.map((m) => m.text),
    `-j ${TARGET_TEXT[target.kind](target)}`,
  ];
  return { chain, text: parts.join(' '), matches: ordered, target };
}

/** A jump target. */
export const jump = (chain: string): RuleTarget => ({ kind: 'jump', chain });
