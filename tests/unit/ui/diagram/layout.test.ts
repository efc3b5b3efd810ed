import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/sim';
import { contains, overlaps } from '../../../../src/ui/diagram/geometry';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import { withExtras } from '../../../../src/ui/diagram/layoutExtras';
import { bigCluster, twoNodes, vxlanWithHostPod } from './fixtures';

const lay = (c: typeof twoNodes) => layoutCluster(c, buildNetwork(c));

describe('the cluster layout', () => {
  it('is deterministic: the same cluster lays out the same way twice', () => {
    const a = lay(twoNodes);
    const b = layoutCluster(twoNodes, buildNetwork({ ...twoNodes }));
    expect(JSON.stringify(a.nodes)).toEqual(JSON.stringify(b.nodes));
    expect([...a.anchors.entries()]).toEqual([...b.anchors.entries()]);
  });

  it('nests containers inside pods inside nodes, and pods inside the bounds', () => {
    const l = lay(vxlanWithHostPod);
    for (const node of l.nodes) {
      expect(contains(l.bounds, node.box)).toBe(true);
      for (const pod of node.pods) {
        expect(contains(node.box, pod.box)).toBe(true);
        for (const c of pod.containers) expect(contains(pod.box, c.box)).toBe(true);
      }
    }
  });

  it('never overlaps two sibling pods or two nodes, even with many pods', () => {
    const l = lay(bigCluster(7, 90));
    for (const node of l.nodes) {
      node.pods.forEach((p, i) =>
        node.pods.slice(i + 1).forEach((q) => expect(overlaps(p.box, q.box)).toBe(false)),
      );
    }
    l.nodes.forEach((n, i) =>
      l.nodes.slice(i + 1).forEach((m) => expect(overlaps(n.box, m.box)).toBe(false)),
    );
  });

  it('gives every device of the cluster an anchor, in bridge and VXLAN modes', () => {
    for (const c of [twoNodes, vxlanWithHostPod, bigCluster(3, 20)]) {
      const net = buildNetwork(c);
      const l = layoutCluster(c, net);
      for (const [id, d] of net.devices)
        if (!d.netns.startsWith('outside:')) expect(l.anchors.has(id), id).toBe(true);
    }
  });

  it('with the outside drawn, gives the outside hosts’ NICs anchors on the node network line', () => {
    const net = buildNetwork(twoNodes);
    const l = withExtras(layoutCluster(twoNodes, net), twoNodes, net, true);
    for (const [id, d] of net.devices)
      if (d.kind === 'nic') expect(l.anchors.has(id), id).toBe(true);
    expect(l.outside?.hosts.map((h) => h.role)).toEqual(['client', 'gateway', 'internet']);
    const wire = l.wires[0];
    const client = l.anchors.get('outside:client#eth0');
    expect(client?.chain.at(-1)).toEqual({ x: l.trunk?.x ?? wire?.x1, y: wire?.y });
  });

  it('draws flannel.1 only in VXLAN mode', () => {
    const kinds = (c: typeof twoNodes) => lay(c).nodes.flatMap((n) => n.devices.map((d) => d.kind));
    expect(kinds(twoNodes)).not.toContain('vxlan');
    expect(kinds(vxlanWithHostPod)).toContain('vxlan');
  });

  it('shows both containers of a pod with the one pod IP, and a hostNetwork pod without its own eth0', () => {
    const l = lay(vxlanWithHostPod);
    const pods = l.nodes.flatMap((n) => n.pods);
    const web = pods.find((p) => p.name === 'web');
    expect(web?.containers.map((c) => c.name)).toEqual(['nginx', 'log-shipper']);
    expect(web?.devices.map((d) => d.name).sort()).toEqual(['eth0', 'lo']);
    expect(web?.vethHost?.kind).toBe('veth-host');
    const agent = pods.find((p) => p.name === 'agent');
    expect(agent?.hostNetwork).toBe(true);
    expect(agent?.devices).toEqual([]);
    expect(agent?.ip).toBe(l.nodes[1]?.ip);
  });

  it('anchors containers, pods, nodes and kubelets by their selection ids', () => {
    const l = lay(twoNodes);
    for (const id of [
      'pod:default/web',
      'container:default/web/nginx',
      'node:node1',
      'kubelet:node2',
    ])
      expect(l.anchors.has(id), id).toBe(true);
  });
});
