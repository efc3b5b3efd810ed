/** Helpers to build Explanation objects (i18n keys under "sim." with parameters) and the route text they quote. */
import type { NetIndex } from '../model/topology';
import type { Route } from '../model/networkTypes';
import type { Explanation } from './traceTypes';

/** Parameters of an explanation. */
export type ExplainParams = Readonly<Record<string, string | number>>;

/** An explanation for the learner: a "sim." catalog key and its parameters. */
export function ex(key: `sim.${string}`, params: ExplainParams = {}): Explanation {
  return { key, params };
}

/** The short name of a device id ("eth0", "cni0", "veth1a2b3c4d"). */
export function devName(idx: NetIndex, id: string): string {
  return idx.network.devices.get(id as never)?.name ?? id.slice(id.indexOf('#') + 1);
}

/** A route as `ip route` prints it, e.g. "10.244.2.0/24 via 192.168.10.12 dev eth0". */
export function routeText(idx: NetIndex, r: Route): string {
  const dst = r.dst === '0.0.0.0/0' ? 'default' : r.dst;
  const parts = [dst];
  if (r.via !== undefined) parts.push(`via ${r.via}`);
  parts.push(`dev ${devName(idx, r.dev)}`);
  if (r.onlink) parts.push('onlink');
  if (r.scope === 'link') parts.push('scope link');
  if (r.src !== undefined) parts.push(`src ${r.src}`);
  return parts.join(' ');
}
