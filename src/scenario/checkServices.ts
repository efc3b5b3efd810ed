/** Checks on namespaces and Services: unique names, ClusterIPs in the service range, ports and NodePorts. */
import {
  broadcastOf,
  cidrContains,
  cidrsOverlap,
  parseCidr,
  parseIpv4,
  type ClusterSpec,
  type PodSpec,
  type ServiceSpec,
} from '../sim';
import { joinPath, scenarioError, type ScenarioError, type ScenarioWarning } from './errors';
import { K8S_DEFAULTS } from './defaults';

/** "namespace/name" of a Service. */
export const serviceId = (s: ServiceSpec): string => `${s.namespace}/${s.name}`;

/** Whether a Service's selector picks a pod: same namespace, every selector pair on the pod (an empty selector picks none). */
export function serviceSelects(s: ServiceSpec, pod: PodSpec): boolean {
  const pairs = Object.entries(s.selector);
  return (
    pod.namespace === s.namespace &&
    pairs.length > 0 &&
    pairs.every(([k, val]) => pod.labels[k] === val)
  );
}

/** Checks unique namespace names. */
export function checkNamespaces(cluster: ClusterSpec): ScenarioError[] {
  const seen = new Set<string>();
  const errors: ScenarioError[] = [];
  (cluster.namespaces ?? []).forEach((ns, i) => {
    if (seen.has(ns.name))
      errors.push(
        scenarioError(`cluster.namespaces[${i}].name`, 'scenario.error.duplicateNamespace', {
          name: ns.name,
        }),
      );
    seen.add(ns.name);
  });
  return errors;
}

/** Checks the service range: no host bits, apart from the pod and node ranges. */
function checkServiceCidr(cluster: ClusterSpec): ScenarioError[] {
  const text = cluster.serviceCidr ?? K8S_DEFAULTS.serviceCidr;
  const at = 'cluster.serviceCidr';
  const range = parseCidr(text);
  if (!range)
    return cluster.serviceCidr === undefined
      ? []
      : [scenarioError(at, 'scenario.error.cidrHostBits', { cidr: text })];
  const errors: ScenarioError[] = [];
  for (const other of [cluster.clusterCidr, cluster.nodeNetwork]) {
    const r = parseCidr(other);
    if (r && cidrsOverlap(r, range))
      errors.push(
        scenarioError(
          cluster.serviceCidr === undefined ? 'cluster' : at,
          'scenario.error.serviceCidrOverlap',
          {
            serviceCidr: text,
            other,
          },
        ),
      );
  }
  return errors;
}

/** Checks one Service's ports: names when there are several, no repeats, NodePorts only on NodePort Services. */
function checkPorts(s: ServiceSpec, at: string, errors: ScenarioError[]): void {
  const names = new Set<string>();
  const ports = new Set<string>();
  s.ports.forEach((p, k) => {
    const pat = `${at}.ports[${k}]`;
    if (p.name === undefined && s.ports.length > 1)
      errors.push(scenarioError(pat, 'scenario.error.portNameRequired'));
    if (p.name !== undefined) {
      if (names.has(p.name))
        errors.push(
          scenarioError(joinPath(pat, 'name'), 'scenario.error.duplicatePortName', {
            name: p.name,
          }),
        );
      names.add(p.name);
    }
    const key = `${p.protocol}/${p.port}`;
    if (ports.has(key))
      errors.push(
        scenarioError(joinPath(pat, 'port'), 'scenario.error.duplicateServicePort', {
          port: p.port,
          protocol: p.protocol,
        }),
      );
    ports.add(key);
    if (p.nodePort !== undefined && s.type !== 'NodePort')
      errors.push(scenarioError(joinPath(pat, 'nodePort'), 'scenario.error.nodePortOnClusterIp'));
  });
}

/** The Services whose ClusterIP is implied when not given: the API server's own (the range's 1st address) and kube-dns (its 10th), as kubeadm sets them up. */
const IMPLIED: ReadonlyMap<number, string> = new Map([
  [1, 'default/kubernetes'],
  [10, 'kube-system/kube-dns'],
]);

/** Which Service an implied address belongs to, when that Service is in `unfixed` (has no clusterIP of its own) and is not `id`. */
function impliedOwner(
  offset: number,
  id: string,
  unfixed: ReadonlySet<string>,
): string | undefined {
  const owner = IMPLIED.get(offset);
  return owner === undefined || owner === id || !unfixed.has(owner) ? undefined : owner;
}

/** Checks Services: unique per namespace, ClusterIPs unique and inside the service range, ports, NodePorts. */
export function checkServices(cluster: ClusterSpec): ScenarioError[] {
  const services = cluster.services ?? [];
  const errors = services.length > 0 || cluster.serviceCidr ? checkServiceCidr(cluster) : [];
  const range = parseCidr(cluster.serviceCidr ?? K8S_DEFAULTS.serviceCidr);
  const ids = new Set<string>();
  const unfixed = new Set(services.filter((s) => s.clusterIP === undefined).map(serviceId));
  const clusterIps = new Map<number, string>();
  const nodePorts = new Map<string, string>();
  services.forEach((s, i) => {
    const at = `cluster.services[${i}]`;
    const id = serviceId(s);
    if (ids.has(id))
      errors.push(
        scenarioError(joinPath(at, 'name'), 'scenario.error.duplicateService', {
          name: s.name,
          namespace: s.namespace,
        }),
      );
    ids.add(id);
    const ipAt = joinPath(at, 'clusterIP');
    if (s.clusterIP === 'None' && s.type === 'NodePort')
      errors.push(scenarioError(ipAt, 'scenario.error.headlessNodePort'));
    const ip = s.clusterIP === undefined ? null : parseIpv4(s.clusterIP);
    if (ip !== null && range && s.clusterIP !== undefined) {
      const params = { ip: s.clusterIP, cidr: cluster.serviceCidr ?? K8S_DEFAULTS.serviceCidr };
      if (!cidrContains(range, ip))
        errors.push(scenarioError(ipAt, 'scenario.error.clusterIpOutside', params));
      else if (range.prefix < 31 && (ip === range.base || ip === broadcastOf(range)))
        errors.push(scenarioError(ipAt, 'scenario.error.clusterIpReserved', params));
      const other = clusterIps.get(ip) ?? impliedOwner(ip - range.base, id, unfixed);
      if (other !== undefined)
        errors.push(scenarioError(ipAt, 'scenario.error.duplicateIp', { ip: s.clusterIP, other }));
      else clusterIps.set(ip, id);
    }
    if (s.externalTrafficPolicy === 'Local' && s.type !== 'NodePort')
      errors.push(
        scenarioError(joinPath(at, 'externalTrafficPolicy'), 'scenario.error.localNeedsNodePort'),
      );
    checkPorts(s, at, errors);
    s.ports.forEach((p, k) => {
      if (p.nodePort === undefined || s.type !== 'NodePort') return;
      // one Service may use a NodePort for TCP and UDP alike (DNS does); no other Service may
      const other = nodePorts.get(String(p.nodePort));
      if (other !== undefined && other !== id)
        errors.push(
          scenarioError(`${at}.ports[${k}].nodePort`, 'scenario.error.duplicateNodePort', {
            port: p.nodePort,
            other,
          }),
        );
      else nodePorts.set(String(p.nodePort), id);
    });
  });
  return errors;
}

/** Warnings about Services: none of the pods selected, or a named targetPort no selected pod declares. */
export function serviceWarnings(cluster: ClusterSpec): ScenarioWarning[] {
  const warnings: ScenarioWarning[] = [];
  (cluster.services ?? []).forEach((s, i) => {
    const at = `cluster.services[${i}]`;
    const pods = cluster.pods.filter((p) => serviceSelects(s, p));
    if (pods.length === 0) {
      warnings.push({
        path: joinPath(at, 'selector'),
        key: 'scenario.warning.noEndpoints',
        params: { service: serviceId(s) },
      });
      return;
    }
    s.ports.forEach((p, k) => {
      const name = p.targetPort;
      if (typeof name !== 'string') return;
      const declared = pods.some((pod) =>
        pod.containers.some((c) =>
          c.ports.some((cp) => cp.name === name && cp.protocol === p.protocol),
        ),
      );
      if (!declared)
        warnings.push({
          path: `${at}.ports[${k}].targetPort`,
          key: 'scenario.warning.namedPortMissing',
          params: { service: serviceId(s), port: name },
        });
    });
  });
  return warnings;
}
