/** Checks on the world beside the cluster: the external client and gateway on the node network, the internet host outside every range. */
import {
  broadcastOf,
  cidrContains,
  parseCidr,
  parseIpv4,
  planNodeAddresses,
  type ClusterSpec,
} from '../sim';
import { K8S_DEFAULTS } from './defaults';
import { scenarioError, type ScenarioError } from './errors';

/** Checks `cluster.outside` when the document gives it (its defaults suit the default node network). */
export function checkOutside(cluster: ClusterSpec): ScenarioError[] {
  const outside = cluster.outside;
  if (!outside) return [];
  const errors: ScenarioError[] = [];
  const nodeNet = parseCidr(cluster.nodeNetwork);
  const owners = new Map<number, string>();
  planNodeAddresses(cluster).forEach((plan, i) => {
    const ip = plan.ip === null ? null : parseIpv4(plan.ip);
    if (ip !== null) owners.set(ip, cluster.nodes[i]?.name ?? '');
  });
  for (const field of ['clientIp', 'gatewayIp'] as const) {
    const text = outside[field];
    const ip = parseIpv4(text);
    const at = `cluster.outside.${field}`;
    if (ip === null || !nodeNet) continue;
    if (!cidrContains(nodeNet, ip) || ip === nodeNet.base || ip === broadcastOf(nodeNet))
      errors.push(
        scenarioError(at, 'scenario.error.outsideIpOutside', {
          ip: text,
          network: cluster.nodeNetwork,
        }),
      );
    const other = owners.get(ip);
    if (other !== undefined)
      errors.push(scenarioError(at, 'scenario.error.duplicateIp', { ip: text, other }));
    else owners.set(ip, field);
  }
  const host = parseIpv4(outside.internetHostIp);
  const ranges = [
    cluster.clusterCidr,
    cluster.nodeNetwork,
    cluster.serviceCidr ?? K8S_DEFAULTS.serviceCidr,
  ];
  const inside = ranges.find((r) => {
    const range = parseCidr(r);
    return host !== null && range !== null && cidrContains(range, host);
  });
  if (inside !== undefined)
    errors.push(
      scenarioError('cluster.outside.internetHostIp', 'scenario.error.internetHostInside', {
        ip: outside.internetHostIp,
        range: inside,
      }),
    );
  return errors;
}
