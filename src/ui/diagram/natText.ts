/** The address rewrite of a NAT hop as one short line for the packet's label: "10.96.0.20:80 → 10.244.2.2:8080". */
import type { Hop } from '../../sim';

/** The "address:port" side a NAT hop rewrote, before and after; null when the hop is not NAT or changed nothing. */
export function natText(hop: Hop): string | null {
  if (hop.action !== 'dnat' && hop.action !== 'snat' && hop.action !== 'unnat') return null;
  const side =
    hop.changes.some((c) => c.field === 'ip.dst') || hop.action === 'dnat' ? 'dst' : 'src';
  const ip = hop.changes.find((c) => c.field === `ip.${side}`);
  if (!ip) return null;
  const portField = side === 'dst' ? 'l4.dport' : 'l4.sport';
  const port = hop.changes.find((c) => c.field === portField);
  const l4 = hop.headers.l4;
  const now = l4 && l4.kind !== 'icmp' ? String(side === 'dst' ? l4.dport : l4.sport) : '';
  const before = port ? `${ip.from}:${port.from}` : now ? `${ip.from}:${now}` : ip.from;
  const after = port ? `${ip.to}:${port.to}` : now ? `${ip.to}:${now}` : ip.to;
  return `${side} ${before} → ${after}`;
}
