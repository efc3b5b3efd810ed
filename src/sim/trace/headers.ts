/** Field-by-field comparison of headers before and after a hop, with the reason each field changed. */
import { ex } from './explain';
import type { Explanation, FieldChange, Headers, HopAction } from './traceTypes';

type Getter = (h: Headers) => string;

const FIELDS: readonly (readonly [string, Getter])[] = [
  ['eth.src', (h) => h.eth?.src ?? ''],
  ['eth.dst', (h) => h.eth?.dst ?? ''],
  ['ip.src', (h) => h.ip?.src ?? ''],
  ['ip.dst', (h) => h.ip?.dst ?? ''],
  ['ip.ttl', (h) => (h.ip ? String(h.ip.ttl) : '')],
  ['l4.sport', (h) => (h.l4 && h.l4.kind !== 'icmp' ? String(h.l4.sport) : '')],
  ['l4.dport', (h) => (h.l4 && h.l4.kind !== 'icmp' ? String(h.l4.dport) : '')],
  [
    'outer',
    (h) =>
      h.outer
        ? `${h.outer.ip.src} → ${h.outer.ip.dst} udp ${h.outer.udp.sport} → ${h.outer.udp.dport} vni ${h.outer.vxlan.vni}`
        : '',
  ],
];

/**
 * Why a field changed at a hop of this kind. `permanent`: the hop's device resolves neighbours from
 * permanent entries (flannel.1), not from ARP.
 */
export function causeOf(
  field: string,
  action: HopAction,
  node: string,
  permanent = false,
): Explanation {
  if (field === 'ip.ttl') return ex('sim.change.ttl', { node });
  if (field === 'outer')
    return ex(action === 'decapsulate' ? 'sim.change.outerRemoved' : 'sim.change.outerAdded');
  if (field.startsWith('eth.')) {
    if (action === 'loopback') return ex('sim.change.ethLoopback');
    if (action === 'forward') return ex('sim.change.ethForward', { node });
    // the source MAC is always the sender's own; only the destination had to be found
    if (field === 'eth.src') return ex('sim.change.ethSrcOwn');
    if (action === 'arp') return ex('sim.change.ethDstArp');
    return ex(permanent ? 'sim.change.ethDstPermanent' : 'sim.change.ethNeighbour');
  }
  const nat = natCause(field, action);
  if (nat) return nat;
  if (field === 'ip.src' || field === 'ip.dst') return ex('sim.change.nat');
  return ex('sim.change.other');
}

/** Why an address or port changed at a NAT hop: DNAT, MASQUERADE, or conntrack reversing one. */
function natCause(field: string, action: HopAction): Explanation | undefined {
  const isSrc = field === 'ip.src' || field === 'l4.sport';
  const isDst = field === 'ip.dst' || field === 'l4.dport';
  if (!isSrc && !isDst) return undefined;
  if (action === 'dnat') return ex('sim.change.dnat');
  if (action === 'snat') return ex('sim.change.snat');
  if (action === 'unnat') return ex(isSrc ? 'sim.change.unDnat' : 'sim.change.unSnat');
  return undefined;
}

/** Every compared field whose value differs between two header sets, with its cause. */
export function diffHeaders(
  before: Headers,
  after: Headers,
  action: HopAction,
  node: string,
  permanent = false,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of FIELDS) {
    const from = get(before);
    const to = get(after);
    if (from !== to) out.push({ field, from, to, cause: causeOf(field, action, node, permanent) });
  }
  return out;
}
