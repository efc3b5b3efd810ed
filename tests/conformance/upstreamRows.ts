/**
 * Reads the namespaces back from the kernel and checks them against how flannel, the CNI bridge
 * plugin and the kubelet set real nodes up (tests/upstream.ts): the harness builds the kernel from
 * the simulation's own Network, so without this a wrong constant would be echoed, not caught.
 */
import type { Network } from '../../src/sim/model/networkTypes';
import type { ClusterSpec, NetnsId } from '../../src/sim/model/types';
import { nthAddress, UPSTREAM } from '../upstream';
import type { Row } from './compare';
import { inNs, run } from './exec';
import type { LiveCluster } from './netnsCluster';

/** The part of `ip -d -j addr show` read here. */
interface IpLink {
  readonly ifname: string;
  readonly mtu: number;
  readonly linkinfo?: {
    readonly info_kind?: string;
    readonly info_data?: { readonly id?: number; readonly port?: number };
  };
  readonly addr_info?: readonly { readonly local: string; readonly prefixlen: number }[];
}

function linksOf(ns: string): IpLink[] {
  const out = run(['ip', '-n', ns, '-d', '-j', 'addr', 'show']).stdout;
  return out.trim() === '' ? [] : (JSON.parse(out) as IpLink[]);
}

const forwarding = (ns: string): string =>
  run(inNs(ns, ['sysctl', '-n', 'net.ipv4.ip_forward'])).stdout.trim() || '(unknown)';

const listening = (ns: string, port: number): string =>
  run(inNs(ns, ['ss', '-Hltn', `sport = :${port}`])).stdout.trim() === '' ? 'no' : 'yes';

const addressOf = (l: IpLink | undefined): string => {
  const a = l?.addr_info?.[0];
  return a ? `${a.local}/${a.prefixlen}` : '(none)';
};

/** A row whose expected value is the upstream default (marked so, as the report's column says "sim"). */
function row(what: string, upstream: string | number, kernel: string | number): Row {
  const ok = String(upstream) === String(kernel);
  return { what, sim: `${upstream} (upstream)`, kernel: String(kernel), ok };
}

function nodeRows(node: string, ns: string, vxlan: boolean): Row[] {
  const links = linksOf(ns);
  const link = (name: string) => links.find((l) => l.ifname === name);
  const eth0 = link('eth0');
  const cni0 = link(UPSTREAM.bridge);
  const mtu = (eth0?.mtu ?? 0) - (vxlan ? UPSTREAM.vxlanOverhead : 0);
  const range = addressOf(cni0);
  const rows = [
    row(`${node} ip_forward`, UPSTREAM.nodeIpForward, forwarding(ns)),
    row(`${node} eth0 MTU`, UPSTREAM.nicMtu, eth0?.mtu ?? '(none)'),
    row(
      `${node} ${UPSTREAM.bridge} address (the range's .1)`,
      `${nthAddress(range, UPSTREAM.gatewayHost)}/${UPSTREAM.nodePodPrefix}`,
      range,
    ),
    row(`${node} ${UPSTREAM.bridge} MTU (flannel's network MTU)`, mtu, cni0?.mtu ?? '(none)'),
    row(
      `${node} kubelet listens on ${UPSTREAM.kubeletPort}`,
      'yes',
      listening(ns, UPSTREAM.kubeletPort),
    ),
  ];
  const vtep = link(UPSTREAM.vxlanDevice);
  if (!vxlan)
    return [
      ...rows,
      row(`${node} has no ${UPSTREAM.vxlanDevice}`, 'absent', vtep ? 'present' : 'absent'),
    ];
  const info = vtep?.linkinfo?.info_data;
  return [
    ...rows,
    row(`${node} ${UPSTREAM.vxlanDevice} VNI`, UPSTREAM.vxlanVni, info?.id ?? '(none)'),
    row(`${node} ${UPSTREAM.vxlanDevice} UDP port`, UPSTREAM.vxlanPort, info?.port ?? '(none)'),
    row(`${node} ${UPSTREAM.vxlanDevice} MTU (eth0 − 50)`, mtu, vtep?.mtu ?? '(none)'),
    row(
      `${node} ${UPSTREAM.vxlanDevice} address (the range's network address)`,
      `${nthAddress(range, 0)}/${UPSTREAM.vtepPrefix}`,
      addressOf(vtep),
    ),
  ];
}

/** Every check of the live cluster against the upstream defaults, one row each. */
export function upstreamRows(cluster: ClusterSpec, network: Network, live: LiveCluster): Row[] {
  const nsOf = (id: NetnsId): string => live.plan.nsName.get(id) ?? '(not built)';
  const vxlan = cluster.cni === 'vxlan';
  const rows = network.nodes.flatMap((n) => nodeRows(n.name, nsOf(n.netns), vxlan));
  const mtu = UPSTREAM.nicMtu - (vxlan ? UPSTREAM.vxlanOverhead : 0);
  for (const spec of cluster.pods) {
    const id = `${spec.namespace}/${spec.name}`;
    const net = network.pods.find((p) => p.id === id);
    if (!net) continue;
    const ns = nsOf(net.netns);
    if (spec.hostNetwork) {
      // the pod's listener must run in its node's kernel namespace: it has none of its own
      const node = network.nodes.find((n) => n.name === spec.node);
      const port = network.netns
        .get(net.netns)
        ?.sockets.find((x) => x.pod === id && x.protocol === 'TCP');
      if (node && port)
        rows.push(
          row(
            `${id} (hostNetwork) listens in ${spec.node}'s namespace on ${port.port}`,
            'yes',
            listening(nsOf(node.netns), port.port),
          ),
        );
      continue;
    }
    const eth0 = linksOf(ns).find((l) => l.ifname === 'eth0');
    rows.push(row(`${id} eth0 MTU`, mtu, eth0?.mtu ?? '(none)'));
  }
  return rows;
}
