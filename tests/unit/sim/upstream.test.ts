/** The derived network is set up as flannel, the CNI bridge plugin and the kubelet set up real nodes. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/sim';
import type { CniMode, Device, Network } from '../../../src/sim';
import { nthAddress as nth, UPSTREAM } from '../../upstream';
import { lab } from './fixtures';

function devicesOf(net: Network, netns: string): Device[] {
  return [...net.devices.values()].filter((d) => d.netns === netns);
}

function named(net: Network, netns: string, name: string): Device {
  const d = devicesOf(net, netns).find((x) => x.name === name);
  if (!d) throw new Error(`no ${name} in ${netns}`);
  return d;
}

describe.each<CniMode>(['vxlan', 'bridge-hostgw'])('a %s node, as flannel sets it up', (cni) => {
  const cluster = lab(cni);
  const net = buildNetwork(cluster);

  it.each(net.nodes.map((n) => [n.name, n] as const))(
    '%s: pod range a /24 of the cluster network, cni0 its gateway (.1) and MTU',
    (_name, node) => {
      expect(cluster.clusterCidr).toBe(UPSTREAM.clusterCidr);
      expect(node.podCidr.endsWith(`/${UPSTREAM.nodePodPrefix}`)).toBe(true);
      expect(nth(node.podCidr, 0).startsWith('10.244.')).toBe(true);
      const eth0 = named(net, node.netns, 'eth0');
      const cni0 = named(net, node.netns, UPSTREAM.bridge);
      expect(eth0.mtu).toBe(UPSTREAM.nicMtu);
      expect(cni0.ip).toBe(nth(node.podCidr, UPSTREAM.gatewayHost));
      const flannelMtu =
        cni === 'vxlan' ? UPSTREAM.nicMtu - UPSTREAM.vxlanOverhead : UPSTREAM.nicMtu;
      expect(cni0.mtu).toBe(flannelMtu);
      for (const port of [...net.devices.values()].filter((d) => d.master === cni0.id)) {
        expect(port.mtu, port.id).toBe(flannelMtu);
        expect(net.devices.get(port.peer ?? ('' as never))?.mtu, port.id).toBe(flannelMtu);
      }
      expect(net.netns.get(node.netns)?.ipForward).toBe(Boolean(UPSTREAM.nodeIpForward));
    },
  );

  it('gives each node the flannel VTEP only under VXLAN: VNI 1, port 8472, MTU 1450, the range address /32', () => {
    for (const node of net.nodes) {
      const vteps = devicesOf(net, node.netns).filter((d) => d.kind === 'vxlan');
      if (cni !== 'vxlan') {
        expect(vteps).toEqual([]);
        continue;
      }
      const vtep = named(net, node.netns, UPSTREAM.vxlanDevice);
      expect(vtep.vxlan?.vni).toBe(UPSTREAM.vxlanVni);
      expect(vtep.vxlan?.port).toBe(UPSTREAM.vxlanPort);
      expect(vtep.mtu).toBe(named(net, node.netns, 'eth0').mtu - UPSTREAM.vxlanOverhead);
      expect(vtep.ip).toBe(nth(node.podCidr, 0));
      expect(vtep.prefix).toBe(UPSTREAM.vtepPrefix);
    }
  });

  it('gives pods their own namespace, the first pod .2, routed via cni0', () => {
    const pods = net.pods.filter(
      (p) => !cluster.pods.find((s) => p.id.endsWith(`/${s.name}`))?.hostNetwork,
    );
    for (const node of net.nodes) {
      const first = pods.find((p) => p.node === node.name);
      expect(first?.ip).toBe(nth(node.podCidr, UPSTREAM.firstPodHost));
    }
    for (const p of pods) {
      const ns = net.netns.get(p.netns);
      expect(ns?.kind, p.id).toBe('pod');
      const gw = net.nodes.find((n) => n.name === p.node)?.bridgeIp;
      expect(ns?.routes.find((r) => r.dst === '0.0.0.0/0')?.via, p.id).toBe(gw);
    }
  });

  it("runs hostNetwork pods in their node's namespace, with its address, beside the kubelet on 10250", () => {
    const hostPods = cluster.pods.filter((s) => s.hostNetwork);
    expect(hostPods.length).toBeGreaterThan(0);
    for (const s of hostPods) {
      const p = net.pods.find((x) => x.id === `${s.namespace}/${s.name}`);
      const node = net.nodes.find((n) => n.name === s.node);
      expect(UPSTREAM.hostNetworkSharesNode).toBe(true);
      expect(p?.netns).toBe(node?.netns);
      expect(p?.ip).toBe(node?.ip);
    }
    expect([...net.netns.values()].filter((ns) => ns.kind === 'pod')).toHaveLength(
      cluster.pods.length - hostPods.length,
    );
    for (const node of net.nodes) {
      const kubelet = net.netns.get(node.netns)?.sockets.find((s) => s.container === 'kubelet');
      expect(kubelet).toMatchObject({ protocol: 'TCP', port: UPSTREAM.kubeletPort });
    }
  });
});
