/** Where the TTL drops: every IP forwarding decision decrements it by one; bridging and local delivery never do. */
import type { IpHeader } from './traceTypes';

/** The TTL Linux puts on packets it originates (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;

/** The IP header after a router forwards it: TTL one lower. */
export function decrementTtl(ip: IpHeader): IpHeader {
  return { ...ip, ttl: ip.ttl - 1 };
}

/** Whether a router must drop the packet instead of forwarding it (TTL would reach 0). */
export function ttlExpires(ip: IpHeader): boolean {
  return ip.ttl <= 1;
}
