/** Route lookup: longest-prefix match over a namespace's main table, and the source address it implies. */
import { cidrContains, parseCidr, parseIpv4, type ParsedCidr } from '../model/ipv4';
import type { Device, Route } from '../model/networkTypes';
import type { Cidr, Ipv4 } from '../model/types';

/** The default route's destination. */
export const DEFAULT_DST = '0.0.0.0/0' as Cidr;

/** A route with its destination parsed once, for fast lookups. */
export interface ParsedRoute {
  /** The route as `ip route` shows it. */
  readonly route: Route;
  /** Its destination, parsed. */
  readonly cidr: ParsedCidr;
}

/** Sorts routes most specific first (stable) and parses their destinations. */
export function parseRoutes(routes: readonly Route[]): ParsedRoute[] {
  return routes
    .map((route) => ({ route, cidr: parseCidr(route.dst) ?? { base: 0, prefix: 0 } }))
    .sort((a, b) => b.cidr.prefix - a.cidr.prefix);
}

/** The most specific route covering an address, or undefined when none does. */
export function lookupRoute(table: readonly ParsedRoute[], dst: Ipv4): Route | undefined {
  const ip = parseIpv4(dst);
  if (ip === null) return undefined;
  for (const r of table) if (cidrContains(r.cidr, ip)) return r.route;
  return undefined;
}

/** The source address a new packet gets: the route's `src`, else the output device's address (fact 12). */
export function sourceFor(route: Route, dev: Device): Ipv4 | undefined {
  return route.src ?? dev.ip;
}

/** Whether the route is the default route (0.0.0.0/0). */
export function isDefaultRoute(route: Route): boolean {
  return route.dst === DEFAULT_DST;
}

/** The address whose MAC must be resolved to send on a route: its gateway, or the destination itself. */
export function nextHopOf(route: Route, dst: Ipv4): Ipv4 {
  return route.via ?? dst;
}
