/** Checks on the addresses a cluster ends up with: node IPs and pod ranges as the simulation allocates them, fixed pod IPs. */
import {
  broadcastOf,
  cidrContains,
  cidrSize,
  cidrsOverlap,
  formatCidr,
  parseCidr,
  parseIpv4,
  planNodeAddresses,
  type ClusterSpec,
  type ParsedCidr,
} from '../sim';
import { joinPath, scenarioError, type ScenarioError } from './errors';

/** How many pods a range can address: all but the network, the bridge (.1) and the broadcast. */
export function podCapacity(c: ParsedCidr): number {
  return Math.max(0, cidrSize(c) - 3);
}

/** Checks the cluster's ranges, node addresses and fixed pod addresses. */
export function checkAddresses(cluster: ClusterSpec): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const base = 'cluster';
  const clusterNet = parseCidr(cluster.clusterCidr);
  const nodeNet = parseCidr(cluster.nodeNetwork);
  if (!clusterNet)
    errors.push(
      scenarioError('cluster.clusterCidr', 'scenario.error.cidrHostBits', {
        cidr: cluster.clusterCidr,
      }),
    );
  if (!nodeNet)
    errors.push(
      scenarioError('cluster.nodeNetwork', 'scenario.error.cidrHostBits', {
        cidr: cluster.nodeNetwork,
      }),
    );
  if (clusterNet && nodeNet && cidrsOverlap(clusterNet, nodeNet))
    errors.push(
      scenarioError('cluster.nodeNetwork', 'scenario.error.networksOverlap', {
        nodeNetwork: cluster.nodeNetwork,
        clusterCidr: cluster.clusterCidr,
      }),
    );

  /** Who holds each address so far: "node1", "default/web". */
  const owners = new Map<number, string>();
  const ranges: (ParsedCidr | null)[] = [];
  // the addresses the simulation will give each node (given, or allocated), checked here
  const planned = planNodeAddresses(cluster);
  cluster.nodes.forEach((node, i) => {
    const at = joinPath(joinPath(base, 'nodes'), i);
    const ipText = planned[i]?.ip ?? null;
    const ip = ipText === null ? null : parseIpv4(ipText);
    const ipPath = node.ip === undefined ? at : joinPath(at, 'ip');
    if (ip !== null && ipText !== null && nodeNet) {
      if (!cidrContains(nodeNet, ip))
        errors.push(
          scenarioError(ipPath, 'scenario.error.nodeIpOutside', {
            ip: ipText,
            network: cluster.nodeNetwork,
          }),
        );
      else if (nodeNet.prefix < 31 && (ip === nodeNet.base || ip === broadcastOf(nodeNet)))
        errors.push(
          scenarioError(ipPath, 'scenario.error.nodeIpReserved', {
            ip: ipText,
            network: cluster.nodeNetwork,
          }),
        );
      const other = owners.get(ip);
      if (other !== undefined)
        errors.push(scenarioError(ipPath, 'scenario.error.duplicateIp', { ip: ipText, other }));
      else owners.set(ip, node.name);
    }

    const cidrText = planned[i]?.podCidr ?? null;
    const range = cidrText === null ? null : parseCidr(cidrText);
    const cidrPath = node.podCidr === undefined ? at : joinPath(at, 'podCidr');
    ranges.push(range);
    if (cidrText !== null && !range) {
      errors.push(scenarioError(cidrPath, 'scenario.error.cidrHostBits', { cidr: cidrText }));
      return;
    }
    if (!range || cidrText === null) return;
    if (clusterNet && !(range.prefix >= clusterNet.prefix && cidrsOverlap(range, clusterNet)))
      errors.push(
        scenarioError(cidrPath, 'scenario.error.podCidrOutsideCluster', {
          cidr: cidrText,
          cluster: cluster.clusterCidr,
        }),
      );
    const clash = ranges.findIndex((r, j) => j < i && r !== null && cidrsOverlap(r, range));
    if (clash >= 0)
      errors.push(
        scenarioError(cidrPath, 'scenario.error.podCidrOverlap', {
          cidr: cidrText,
          other: cluster.nodes[clash]?.name ?? '',
        }),
      );
  });

  const nodeIndex = new Map(cluster.nodes.map((n, i) => [n.name, i] as const));
  const podCounts = new Map<number, number>();
  cluster.pods.forEach((pod, j) => {
    const at = joinPath(joinPath(base, 'pods'), j);
    const i = nodeIndex.get(pod.node);
    const range = i === undefined ? null : (ranges[i] ?? null);
    if (pod.hostNetwork) {
      if (pod.ip !== undefined)
        errors.push(scenarioError(joinPath(at, 'ip'), 'scenario.error.hostNetworkIp'));
      return;
    }
    if (i !== undefined) podCounts.set(i, (podCounts.get(i) ?? 0) + 1);
    if (pod.ip === undefined) return;
    const ip = parseIpv4(pod.ip);
    if (ip === null) return;
    const ipPath = joinPath(at, 'ip');
    if (range) {
      const cidr = formatCidr(range);
      const params = { ip: pod.ip, cidr };
      if (!cidrContains(range, ip))
        errors.push(scenarioError(ipPath, 'scenario.error.podIpOutsideCidr', params));
      else if (ip === range.base)
        errors.push(scenarioError(ipPath, 'scenario.error.podIpNetwork', params));
      else if (ip === range.base + 1)
        errors.push(scenarioError(ipPath, 'scenario.error.podIpGateway', params));
      else if (ip === broadcastOf(range))
        errors.push(scenarioError(ipPath, 'scenario.error.podIpBroadcast', params));
    }
    const other = owners.get(ip);
    if (other !== undefined)
      errors.push(scenarioError(ipPath, 'scenario.error.duplicateIp', { ip: pod.ip, other }));
    else owners.set(ip, `${pod.namespace}/${pod.name}`);
  });

  for (const [i, count] of podCounts) {
    const range = ranges[i];
    if (!range || count <= podCapacity(range)) continue;
    errors.push(
      scenarioError(joinPath(joinPath(base, 'nodes'), i), 'scenario.error.podCidrExhausted', {
        node: cluster.nodes[i]?.name ?? '',
        cidr: formatCidr(range),
        count,
        capacity: podCapacity(range),
      }),
    );
  }
  return errors;
}
