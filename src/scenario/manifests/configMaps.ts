/**
 * The two ConfigMaps that carry what a cluster's objects do not say: flannel's net-conf.json (the
 * cluster CIDR and the backend, as kube-flannel-cfg holds them on a real cluster) and the lab's own
 * (node network, service range, outside world, kernel switches, prepared packets, title).
 */
import type { Scenario } from '../types';
import type { Meta } from './meta';
import { obj, text, textMap, type NoteSink } from './read';

/** Where flannel keeps its configuration (kube-flannel.yml). */
export const FLANNEL_CONFIG = { namespace: 'kube-flannel', name: 'kube-flannel-cfg' } as const;
/** Where the lab keeps the rest of a scenario. */
export const LAB_CONFIG = { namespace: 'kube-system', name: 'pod-network-lab' } as const;

/** Scenario settings found in the ConfigMaps; values not yet validated (the scenario gate does that). */
export interface LabSettings {
  /** The lab's own ConfigMap was read: what it leaves out is the default, not inferred. */
  fromLab?: boolean;
  clusterCidr?: string;
  cni?: 'bridge-hostgw' | 'vxlan';
  title?: string;
  description?: string;
  clusterName?: string;
  nodeNetwork?: string;
  serviceCidr?: string;
  outside?: unknown;
  netfilter?: unknown;
  ingressController?: string;
  packets?: unknown;
}

const JSON_KEYS = {
  'outside.json': 'outside',
  'netfilter.json': 'netfilter',
  'packets.json': 'packets',
} as const;
const TEXT_KEYS = {
  title: 'title',
  description: 'description',
  'cluster-name': 'clusterName',
  'node-network': 'nodeNetwork',
  'service-cidr': 'serviceCidr',
  'ingress-controller': 'ingressController',
} as const;

function parseJson(s: string, at: string, notes: NoteSink): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    notes.add(at, 'invalid', 'JSON');
    return undefined;
  }
}

/** Reads one of the two ConfigMaps into `into`; returns false for any other ConfigMap (left out). */
export function readConfigMap(
  doc: Record<string, unknown>,
  meta: Meta,
  into: LabSettings,
  notes: NoteSink,
): boolean {
  const data = textMap(doc.data, 'data');
  if (meta.namespace === FLANNEL_CONFIG.namespace && meta.name === FLANNEL_CONFIG.name) {
    const conf = obj(parseJson(data['net-conf.json'] ?? '{}', 'data.net-conf.json', notes), 'data');
    if (conf.Network !== undefined)
      into.clusterCidr = text(conf.Network, 'data.net-conf.json.Network');
    const type = obj(conf.Backend, 'data.net-conf.json.Backend').Type;
    if (type === 'vxlan') into.cni = 'vxlan';
    else if (type === 'host-gw') into.cni = 'bridge-hostgw';
    else if (type !== undefined)
      notes.add('data.net-conf.json.Backend.Type', 'unsupported', String(type));
    return true;
  }
  if (meta.namespace !== LAB_CONFIG.namespace || meta.name !== LAB_CONFIG.name) return false;
  into.fromLab = true;
  for (const [key, value] of Object.entries(data)) {
    if (key in TEXT_KEYS) into[TEXT_KEYS[key as keyof typeof TEXT_KEYS]] = value;
    else if (key in JSON_KEYS)
      into[JSON_KEYS[key as keyof typeof JSON_KEYS]] = parseJson(value, `data.${key}`, notes);
    else notes.add(`data.${key}`, 'unsupported');
  }
  return true;
}

/** The ConfigMaps for a scenario: flannel's, and the lab's with everything else that is not its default. */
export function configMapsOf(s: Scenario): Record<string, unknown>[] {
  const c = s.cluster;
  const netConf = {
    Network: c.clusterCidr,
    Backend: { Type: c.cni === 'vxlan' ? 'vxlan' : 'host-gw' },
  };
  const data: Record<string, string> = {
    title: s.title,
    ...(s.description !== '' ? { description: s.description } : {}),
    'cluster-name': c.name,
    'node-network': c.nodeNetwork,
    ...(c.serviceCidr !== undefined ? { 'service-cidr': c.serviceCidr } : {}),
    ...(c.ingressController ? { 'ingress-controller': c.ingressController.pod } : {}),
    ...(c.outside ? { 'outside.json': JSON.stringify(c.outside) } : {}),
    ...(c.netfilter ? { 'netfilter.json': JSON.stringify(c.netfilter) } : {}),
    ...(s.packets.length > 0 ? { 'packets.json': JSON.stringify(s.packets) } : {}),
  };
  const map = (where: { namespace: string; name: string }, d: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: where.name, namespace: where.namespace },
    data: d,
  });
  return [
    map(FLANNEL_CONFIG, { 'net-conf.json': JSON.stringify(netConf, null, 2) }),
    map(LAB_CONFIG, data),
  ];
}
