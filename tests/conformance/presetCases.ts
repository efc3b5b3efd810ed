/** The Services, DNS, NodePort, egress, Ingress and NetworkPolicy cases: each a packet of a built-in preset (issue 12). */
import type { NodeNetfilterSettings } from '../../src/sim/model/k8sTypes';
import type { CniMode } from '../../src/sim/model/types';

/** One case: a preset's packet, in a CNI mode, with kernel switches changed from the preset's. */
export interface PresetCase {
  /** What it shows, as the report lists it. */
  readonly name: string;
  /** The network facts it checks. */
  readonly covers: string;
  /** The preset id (src/scenario/presets*). */
  readonly preset: string;
  /** Which of the preset's packets. */
  readonly packet: number;
  /** The CNI mode; the preset's own when absent. */
  readonly cni?: CniMode;
  /** Switches set differently from the preset, to show what they are for. */
  readonly netfilter?: Partial<NodeNetfilterSettings>;
}

const H: CniMode = 'bridge-hostgw';
const V: CniMode = 'vxlan';

/** Every preset case, grouped by the cluster they share (preset, CNI mode, switches). */
export const PRESET_CASES: readonly PresetCase[] = [
  {
    name: 'ClusterIP to a remote endpoint: DNAT, un-DNAT',
    covers: 'fact 8',
    preset: 'clusterip-remote',
    packet: 0,
    cni: H,
  },
  {
    name: 'ClusterIP to the pinned second endpoint',
    covers: 'fact 8',
    preset: 'clusterip-remote',
    packet: 1,
    cni: H,
  },
  {
    name: 'ping to a ClusterIP: nothing answers',
    covers: 'fact 8',
    preset: 'clusterip-remote',
    packet: 2,
    cni: H,
  },
  {
    name: 'ClusterIP to a remote endpoint over VXLAN',
    covers: 'fact 8',
    preset: 'clusterip-remote',
    packet: 0,
    cni: V,
  },
  {
    name: 'ClusterIP to a same-node endpoint, bridge netfilter on',
    covers: 'fact 14',
    preset: 'clusterip-same-node',
    packet: 0,
  },
  {
    name: 'ClusterIP to a same-node endpoint, bridge netfilter off: the reply escapes un-DNAT',
    covers: 'fact 14',
    preset: 'clusterip-same-node',
    packet: 0,
    netfilter: { bridgeNfCallIptables: false },
  },
  {
    name: 'hairpin: a pod through its own Service',
    covers: 'fact 13',
    preset: 'service-hairpin',
    packet: 0,
  },
  {
    name: 'hairpin mode off: the bridge never sends it back',
    covers: 'fact 13',
    preset: 'service-hairpin',
    packet: 0,
    netfilter: { hairpinMode: false },
  },
  {
    name: 'hairpin without masquerade: the pod drops its own address',
    covers: 'fact 13',
    preset: 'service-hairpin',
    packet: 0,
    netfilter: { masquerade: false },
  },
  {
    name: 'a short DNS name to a Service (search list, kube-dns DNAT)',
    covers: 'C12 DNS',
    preset: 'dns-service',
    packet: 0,
  },
  {
    name: 'a name with one dot: ndots:5 tries the search list first',
    covers: 'C12 DNS',
    preset: 'dns-service',
    packet: 1,
  },
  {
    name: 'an unknown name: NXDOMAIN on every search domain',
    covers: 'C12 DNS',
    preset: 'dns-service',
    packet: 2,
  },
  {
    name: 'a headless Service: DNS answers with pod IPs',
    covers: 'C12 DNS',
    preset: 'headless-service',
    packet: 0,
  },
  {
    name: 'NodePort Cluster on a node without the endpoint: masquerade',
    covers: 'fact 10',
    preset: 'nodeport-cluster',
    packet: 0,
    cni: H,
  },
  {
    name: 'NodePort Cluster on the endpoint node',
    covers: 'fact 10',
    preset: 'nodeport-cluster',
    packet: 1,
    cni: H,
  },
  {
    name: 'NodePort Cluster over VXLAN: masquerade to flannel.1',
    covers: 'fact 10',
    preset: 'nodeport-cluster',
    packet: 0,
    cni: V,
  },
  {
    name: 'NodePort Local on the endpoint node: the client IP is kept',
    covers: 'C12 NodePort',
    preset: 'nodeport-local',
    packet: 0,
  },
  {
    name: 'NodePort Local on a node without an endpoint: dropped',
    covers: 'C12 NodePort',
    preset: 'nodeport-local',
    packet: 1,
  },
  {
    name: 'egress to the internet: masquerade to the node address',
    covers: 'fact 15',
    preset: 'egress-internet',
    packet: 0,
  },
  {
    name: 'an address in the cluster range that no node owns',
    covers: 'C12 egress',
    preset: 'egress-internet',
    packet: 1,
  },
  {
    name: 'Ingress /api/orders: two connections, X-Forwarded-For',
    covers: 'C12 Ingress',
    preset: 'ingress-two-paths',
    packet: 0,
  },
  {
    name: 'Ingress /: the other backend',
    covers: 'C12 Ingress',
    preset: 'ingress-two-paths',
    packet: 1,
  },
  {
    name: 'default deny, the allowed pod',
    covers: 'C12 NetworkPolicy',
    preset: 'policy-default-deny',
    packet: 0,
  },
  {
    name: 'default deny, a denied pod: dropped where the policy is enforced',
    covers: 'C12 NetworkPolicy',
    preset: 'policy-default-deny',
    packet: 1,
  },
];
