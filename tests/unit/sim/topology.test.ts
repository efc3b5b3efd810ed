import { describe, expect, it } from 'vitest';
import {
  buildNetwork,
  devicesOfNetns,
  hostVethOf,
  ownerOfIp,
  nodeNetOf,
  podNetOf,
  startFailureOf,
} from '../../../src/sim';
import type { DeviceId, NetnsId } from '../../../src/sim';
import { lab, pid } from './fixtures';

const dev = (net: ReturnType<typeof buildNetwork>, id: string) => {
  const d = net.devices.get(id as DeviceId);
  if (!d) throw new Error(`no device ${id}`);
  return d;
};

describe('buildNetwork', () => {
  it('gives nodes .11, .12 on the node network and the index-th /24 of the cluster CIDR', () => {
    const net = buildNetwork(lab());
    expect(nodeNetOf(net, 'node1')).toMatchObject({
      ip: '192.168.10.11',
      podCidr: '10.244.1.0/24',
      bridgeIp: '10.244.1.1',
    });
    expect(nodeNetOf(net, 'node2')).toMatchObject({
      ip: '192.168.10.12',
      podCidr: '10.244.2.0/24',
      bridgeIp: '10.244.2.1',
    });
  });

  it('gives pods .2, .3 … in scenario order on their node, skipping fixed addresses', () => {
    const base = lab();
    const cluster = {
      ...base,
      pods: base.pods.map((p) => (p.name === 'web' ? { ...p, ip: '10.244.1.3' } : p)),
    };
    const net = buildNetwork(cluster);
    expect(podNetOf(net, pid('web'))?.ip).toBe('10.244.1.3');
    expect(podNetOf(net, pid('cache'))?.ip).toBe('10.244.1.2');
    expect(podNetOf(net, pid('clash'))?.ip).toBe('10.244.1.4');
    expect(podNetOf(net, pid('api'))?.ip).toBe('10.244.2.2');
    expect(podNetOf(net, pid('dns'))?.ip).toBe('10.244.2.3');
  });

  it('honours node IPs and pod CIDRs given in the spec', () => {
    const cluster = {
      ...lab(),
      nodes: [
        { name: 'node1', ip: '192.168.10.12' },
        { name: 'node2', podCidr: '10.244.9.0/24' },
      ],
    };
    const net = buildNetwork(cluster);
    expect(nodeNetOf(net, 'node1')?.ip).toBe('192.168.10.12');
    expect(nodeNetOf(net, 'node2')?.ip).toBe('192.168.10.11');
    expect(nodeNetOf(net, 'node2')?.podCidr).toBe('10.244.9.0/24');
    expect(podNetOf(net, pid('api'))?.ip).toBe('10.244.9.2');
  });

  it('builds a pod namespace with lo and eth0 as the bridge plugin does', () => {
    const net = buildNetwork(lab());
    const devs = devicesOfNetns(net, 'pod:default/web' as NetnsId);
    expect(devs.map((d) => d.name)).toEqual(['lo', 'eth0']);
    expect(devs[0]).toMatchObject({
      kind: 'loopback',
      ip: '127.0.0.1',
      prefix: 8,
      mac: '00:00:00:00:00:00',
      mtu: 65536,
    });
    expect(devs[1]).toMatchObject({
      kind: 'veth-pod',
      ip: '10.244.1.2',
      prefix: 24,
      mac: '0a:58:0a:f4:01:02',
      mtu: 1500,
    });
    const host = dev(net, devs[1]?.peer ?? '');
    expect(host.name).toMatch(/^veth[0-9a-f]{8}$/);
    expect(host).toMatchObject({
      kind: 'veth-host',
      netns: 'node:node1',
      master: 'node:node1#cni0',
      peer: 'pod:default/web#eth0',
    });
  });

  it('gives a pod three routes, as flannel and the bridge plugin do: its node range on-link, the cluster range and a default route via cni0', () => {
    const ns = buildNetwork(lab()).netns.get('pod:default/web' as NetnsId);
    expect(ns?.routes).toEqual([
      { dst: '10.244.1.0/24', dev: 'pod:default/web#eth0', src: '10.244.1.2', scope: 'link' },
      { dst: '10.244.0.0/16', via: '10.244.1.1', dev: 'pod:default/web#eth0', scope: 'global' },
      { dst: '0.0.0.0/0', via: '10.244.1.1', dev: 'pod:default/web#eth0', scope: 'global' },
    ]);
    expect(ns?.ipForward).toBe(false);
  });

  it('gives cni0 the .1 address and the lowest MAC among its ports', () => {
    const net = buildNetwork(lab());
    const cni0 = dev(net, 'node:node1#cni0');
    const ports = [...net.devices.values()].filter((d) => d.master === cni0.id).map((d) => d.mac);
    expect(cni0.ip).toBe('10.244.1.1');
    expect(cni0.mac).toBe([...ports].sort()[0]);
    expect(dev(net, 'node:node1#eth0')).toMatchObject({
      ip: '192.168.10.11',
      mac: '52:54:00:a8:0a:0b',
      kind: 'nic',
    });
  });

  it('routes remote pod ranges via the other node in host-gw mode', () => {
    const ns = buildNetwork(lab()).netns.get('node:node1' as NetnsId);
    expect(ns?.routes.map((r) => [r.dst, r.via ?? '', r.dev, r.src ?? ''])).toEqual([
      ['10.244.1.0/24', '', 'node:node1#cni0', '10.244.1.1'],
      ['10.244.2.0/24', '192.168.10.12', 'node:node1#eth0', ''],
      ['192.168.10.0/24', '', 'node:node1#eth0', '192.168.10.11'],
      ['0.0.0.0/0', '192.168.10.1', 'node:node1#eth0', ''],
    ]);
    expect(ns?.ipForward).toBe(true);
  });

  it('sets up flannel.1 with routes, permanent neighbours and FDB entries in VXLAN mode', () => {
    const net = buildNetwork(lab('vxlan'));
    const fl1 = dev(net, 'node:node1#flannel.1');
    const fl2 = dev(net, 'node:node2#flannel.1');
    expect(fl1).toMatchObject({ kind: 'vxlan', ip: '10.244.1.0', prefix: 32, mtu: 1450 });
    expect(fl1.vxlan).toEqual({
      vni: 1,
      port: 8472,
      local: '192.168.10.11',
      dev: 'node:node1#eth0',
    });
    const ns = net.netns.get('node:node1' as NetnsId);
    expect(ns?.routes[1]).toEqual({
      dst: '10.244.2.0/24',
      via: '10.244.2.0',
      dev: fl1.id,
      onlink: true,
      scope: 'global',
    });
    expect(ns?.neighbours).toEqual([{ ip: '10.244.2.0', mac: fl2.mac, dev: fl1.id }]);
    expect(ns?.fdb).toEqual([{ mac: fl2.mac, dev: fl1.id, dst: '192.168.10.12' }]);
    expect(dev(net, 'pod:default/web#eth0').mtu).toBe(1450);
  });

  it('fails the second container that binds a port already bound in the pod, keeping none of its sockets', () => {
    const net = buildNetwork(lab());
    expect(startFailureOf(net, pid('clash'), 'sidecar')).toEqual({
      pod: 'default/clash',
      container: 'sidecar',
      port: 8080,
      protocol: 'TCP',
      heldBy: 'app',
    });
    const sockets = net.netns.get('pod:default/clash' as NetnsId)?.sockets ?? [];
    expect(sockets.map((s) => `${s.container}:${s.port}`)).toEqual(['app:8080']);
  });

  it('puts hostNetwork pods in the node namespace, where they clash with each other and with the kubelet', () => {
    const net = buildNetwork(lab());
    expect(podNetOf(net, pid('exporter'))).toMatchObject({
      netns: 'node:node1',
      ip: '192.168.10.11',
      mac: '52:54:00:a8:0a:0b',
    });
    expect(startFailureOf(net, pid('exporter2'), 'node-exporter')).toMatchObject({
      heldBy: 'node-exporter',
      heldByPod: 'default/exporter',
    });
    expect(startFailureOf(net, pid('rogue'), 'fake-kubelet')).toMatchObject({
      heldBy: 'kubelet',
      port: 10250,
    });
    const sockets = net.netns.get('node:node1' as NetnsId)?.sockets ?? [];
    expect(sockets.map((s) => `${s.container}:${s.port}`)).toEqual([
      'kubelet:10250',
      'node-exporter:9100',
    ]);
  });

  it('records which namespace owns each local address', () => {
    const net = buildNetwork(lab('vxlan'));
    expect(net.ipOwner.get('10.244.2.2' as never)).toBe('pod:default/api');
    expect(net.ipOwner.get('10.244.1.1' as never)).toBe('node:node1');
    expect(net.ipOwner.get('10.244.1.0' as never)).toBe('node:node1');
    expect(net.ipOwner.get('192.168.10.12' as never)).toBe('node:node2');
  });

  it('is built once per cluster object and identically for an equal cluster', () => {
    const cluster = lab('vxlan');
    expect(buildNetwork(cluster)).toBe(buildNetwork(cluster));
    expect(buildNetwork(structuredClone(cluster))).toEqual(buildNetwork(cluster));
  });
});

describe('network lookups for the UI', () => {
  it('finds a pod’s host veth end and the owner of an address', () => {
    const net = buildNetwork(lab());
    expect(hostVethOf(net, pid('web'))).toMatchObject({
      kind: 'veth-host',
      peer: 'pod:default/web#eth0',
    });
    expect(hostVethOf(net, pid('exporter'))).toBeUndefined();
    expect(ownerOfIp(net, '10.244.1.3')).toBe('pod:default/cache');
    expect(ownerOfIp(net, '10.9.9.9')).toBeUndefined();
  });
});
