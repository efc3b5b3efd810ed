/** Where the TTL drops: every IP forwarding decision decrements it by one; bridging and local delivery never do. */
import type { IpHeader } from '../trace/traceTypes';

/** The TTL Linux puts on packets it originates (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;

/** The TTL a sender sets (`ping -t`, IP_TTL): 1 to 255; anything else means the default. */
export function initialTtl(ttl: number | undefined): number {
  return ttl !== undefined && Number.isInteger(ttl) && ttl >= 1 && ttl <= 255 ? ttl : DEFAULT_TTL;
}

/** The IP header after a router forwards it: TTL one lower. */
export function decrementTtl(ip: IpHeader): IpHeader {
  return { ...ip, ttl: ip.ttl - 1 };
}

/** Whether a router must drop the packet instead of forwarding it (TTL would reach 0): ip_forward's `ttl <= 1`. */
export function ttlExpires(ip: IpHeader): boolean {
  return ip.ttl <= 1;
}
