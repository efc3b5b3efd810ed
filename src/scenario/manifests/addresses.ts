/** A real cluster's addresses in the scenario: ranges worked out from node, pod and Service addresses, pod IPs that fit their node's range, an outside world on the node network. */
import {
  broadcastOf,
  cidrContains,
  formatCidr,
  parseCidr,
  parseIpv4,
  type NodeSpec,
  type OutsideSpec,
  type PodSpec,
  type ServiceSpec,
} from '../../sim';
import { DEFAULTS, K8S_DEFAULTS } from '../defaults';
import type { LabSettings } from './configMaps';
import { freeHost, intervalsOf, smallestCovering } from './ranges';
import type { ManifestNote } from './read';

/** The cluster's ranges and the outside world. */
export interface Ranges {
  readonly clusterCidr: string;
  readonly nodeNetwork: string;
  readonly serviceCidr?: string;
  readonly outside?: OutsideSpec;
}

const inferred = (path: string, range: string): ManifestNote => ({
  kind: 'Cluster',
  name: '',
  path,
  reason: 'inferred',
  detail: range,
});

/** The ranges: as the lab's ConfigMaps say, else the smallest covering the addresses found, else the defaults. */
export function inferRanges(
  nodes: readonly NodeSpec[],
  pods: readonly PodSpec[],
  services: readonly ServiceSpec[],
  lab: LabSettings,
  notes: ManifestNote[],
): Ranges {
  if (lab.fromLab)
    return {
      clusterCidr: lab.clusterCidr ?? DEFAULTS.clusterCidr,
      nodeNetwork: lab.nodeNetwork ?? DEFAULTS.nodeNetwork,
      ...(lab.serviceCidr !== undefined ? { serviceCidr: lab.serviceCidr } : {}),
    };
  const podNet = smallestCovering(
    intervalsOf(
      pods.map((p) => p.ip),
      nodes.map((n) => n.podCidr),
    ),
  );
  const clusterCidr = lab.clusterCidr ?? (podNet ? formatCidr(podNet) : DEFAULTS.clusterCidr);
  if (!lab.clusterCidr && podNet) notes.push(inferred('clusterCidr', clusterCidr));

  const nodeIps = nodes.map((n) => n.ip);
  const unaddressed = nodeIps.filter((ip) => ip === undefined).length;
  let nodeNet = smallestCovering(intervalsOf(nodeIps), { hosts: true, spare: 2 + unaddressed });
  // Nodes without an address get .11, .12, … of the node network: leave room for them.
  if (nodeNet && unaddressed > 0 && nodeNet.prefix > 24)
    nodeNet = smallestCovering([[nodeNet.base, nodeNet.base + 255]], { hosts: true });
  const nodeNetwork = lab.nodeNetwork ?? (nodeNet ? formatCidr(nodeNet) : DEFAULTS.nodeNetwork);
  if (!lab.nodeNetwork && nodeNet) notes.push(inferred('nodeNetwork', nodeNetwork));

  const fixed = services.map((s) => (s.clusterIP === 'None' ? undefined : s.clusterIP));
  const svcNet = smallestCovering(intervalsOf(fixed), { hosts: true });
  const serviceCidr = lab.serviceCidr ?? (svcNet ? formatCidr(svcNet) : undefined);
  if (!lab.serviceCidr && svcNet && serviceCidr) notes.push(inferred('serviceCidr', serviceCidr));

  const outside =
    lab.outside !== undefined || nodeNetwork === DEFAULTS.nodeNetwork
      ? undefined
      : outsideOn(nodeNetwork, nodeIps);
  return {
    clusterCidr,
    nodeNetwork,
    ...(serviceCidr !== undefined ? { serviceCidr } : {}),
    ...(outside ? { outside } : {}),
  };
}

/** A gateway (the first free address) and an external client (from .100) on a node network that is not the default one. */
function outsideOn(
  network: string,
  nodeIps: readonly (string | undefined)[],
): OutsideSpec | undefined {
  const range = parseCidr(network);
  if (!range) return undefined;
  const taken = new Set(intervalsOf(nodeIps).map((i) => i[0]));
  const gatewayIp = freeHost(range, taken, 1);
  if (gatewayIp === null) return undefined;
  taken.add(parseIpv4(gatewayIp) ?? 0);
  const clientIp = freeHost(range, taken, 100);
  if (clientIp === null) return undefined;
  return { clientIp, gatewayIp, internetHostIp: K8S_DEFAULTS.outside.internetHostIp };
}

/** Drops a pod IP its node's range cannot hold as a flannel pod address (outside it, or its network, bridge or broadcast address). */
export function fitPodIps(
  pods: readonly PodSpec[],
  podCidrOf: ReadonlyMap<string, string | null>,
  notes: ManifestNote[],
): PodSpec[] {
  return pods.map((p) => {
    if (p.ip === undefined) return p;
    const cidr = podCidrOf.get(p.node);
    const range = cidr ? parseCidr(cidr) : null;
    const ip = parseIpv4(p.ip);
    const fits =
      range !== null &&
      ip !== null &&
      cidrContains(range, ip) &&
      ip > range.base + 1 &&
      ip < broadcastOf(range);
    if (fits) return p;
    notes.push({
      kind: 'Pod',
      name: `${p.namespace}/${p.name}`,
      path: 'status.podIP',
      reason: 'approximated',
      detail: p.ip,
    });
    const { ip: _dropped, ...rest } = p;
    return rest;
  });
}
