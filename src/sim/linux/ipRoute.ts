/** `ip route`: a namespace's main routing table as iproute2 prints it, in the kernel's order. */
import { formatCidr, maskOf, parseCidr, parseIpv4 } from '../model/ipv4';
import type { Network, Route } from '../model/networkTypes';
import type { NetnsId } from '../model/types';

/**
 * Whether the kernel made this route itself from an address on the device (`proto kernel`): an
 * on-link route to exactly the device address's prefix.
 */
export function isKernelRoute(network: Network, r: Route): boolean {
  const d = network.devices.get(r.dev);
  if (r.via !== undefined || d?.ip === undefined || d.prefix === undefined) return false;
  const base = parseIpv4(d.ip);
  if (base === null) return false;
  return formatCidr({ base: (base & maskOf(d.prefix)) >>> 0, prefix: d.prefix }) === r.dst;
}

/** One line: destination, via, dev, proto, scope, src, then flags, each followed by a space. */
function routeLine(network: Network, r: Route): string {
  const words: string[] = [];
  const c = parseCidr(r.dst);
  words.push(
    r.dst === '0.0.0.0/0' ? 'default' : c?.prefix === 32 ? (r.dst.split('/')[0] ?? r.dst) : r.dst,
  );
  if (r.via !== undefined) words.push('via', r.via);
  words.push('dev', network.devices.get(r.dev)?.name ?? r.dev);
  if (isKernelRoute(network, r)) words.push('proto', 'kernel');
  if (r.scope !== 'global') words.push('scope', r.scope);
  if (r.src !== undefined) words.push('src', r.src);
  if (r.onlink) words.push('onlink');
  return `${words.join(' ')} \n`;
}

/**
 * What `ip route` prints in a namespace: the main table (local `scope host` routes live in the
 * local table and do not show), in the order the kernel's FIB trie dumps it — by network address,
 * a longer prefix before a shorter one on the same address.
 */
export function ipRoute(network: Network, netns: NetnsId): string {
  const ns = network.netns.get(netns);
  const key = (r: Route) => parseCidr(r.dst) ?? { base: 0, prefix: 0 };
  return [...(ns?.routes ?? [])]
    .filter((r) => r.scope !== 'host')
    .sort((a, b) => key(a).base - key(b).base || key(b).prefix - key(a).prefix)
    .map((r) => routeLine(network, r))
    .join('');
}
