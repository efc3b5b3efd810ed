/** The Linux views print what iproute2 and ss print in the namespace (outputs checked against the kernel by the conformance suite). */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/sim/model/topology';
import { linuxViews } from '../../../../src/sim/linux/linuxViews';
import { ipNeigh } from '../../../../src/sim/linux/ipNeigh';
import { bridgeFdbShow } from '../../../../src/sim/linux/bridgeFdb';
import type { DeviceId, Ipv4, Mac, NetnsId } from '../../../../src/sim/model/types';
import { conformanceCluster } from '../../../conformance/cases';

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');
const viewsOf = (cni: 'vxlan' | 'bridge-hostgw', netns: string) =>
  Object.fromEntries(
    linuxViews(buildNetwork(conformanceCluster(cni)), netns as NetnsId).map((v) => [
      v.command,
      v.output,
    ]),
  );

describe('the Linux views of a VXLAN node', () => {
  const v = viewsOf('vxlan', 'node:node1');

  it('lists the commands a learner would type there, bridge and VXLAN device included', () => {
    expect(Object.keys(v)).toEqual([
      'ip -br addr',
      'ip route',
      'ip neigh',
      'bridge fdb show br cni0',
      'ip -d link show flannel.1',
      'ss -ltn',
    ]);
  });

  it('shows every device with its state and address, veth host ends naming their peer as @if2', () => {
    expect(v['ip -br addr']).toBe(
      lines(
        'lo               UNKNOWN        127.0.0.1/8 ',
        'eth0             UP             192.168.10.11/24 ',
        'flannel.1        UNKNOWN        10.244.1.0/32 ',
        'cni0             UP             10.244.1.1/24 ',
        'veth87fe1b7a@if2 UP             ',
        'veth01510736@if2 UP             ',
      ),
    );
  });

  it('prints the routes in the kernel order: default first, connected ones as proto kernel, the VXLAN one onlink', () => {
    expect(v['ip route']).toBe(
      lines(
        'default via 192.168.10.1 dev eth0 ',
        '10.244.1.0/24 dev cni0 proto kernel scope link src 10.244.1.1 ',
        '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink ',
        '192.168.10.0/24 dev eth0 proto kernel scope link src 192.168.10.11 ',
      ),
    );
  });

  it("shows flanneld's permanent neighbour for the other node's VTEP", () => {
    expect(v['ip neigh']).toBe(
      lines('10.244.2.0 dev flannel.1 lladdr 4e:d8:4e:a6:d5:2d PERMANENT '),
    );
  });

  it("lists cni0's FDB: its multicast entries, then each port's own MAC and multicast entries", () => {
    expect(v['bridge fdb show br cni0']).toBe(
      lines(
        '33:33:00:00:00:01 dev cni0 self permanent',
        '01:00:5e:00:00:6a dev cni0 self permanent',
        '33:33:00:00:00:6a dev cni0 self permanent',
        '01:00:5e:00:00:01 dev cni0 self permanent',
        '86:fe:1b:7a:5a:f3 dev veth87fe1b7a master cni0 permanent',
        '33:33:00:00:00:01 dev veth87fe1b7a self permanent',
        '01:00:5e:00:00:01 dev veth87fe1b7a self permanent',
        '02:51:07:36:81:c6 dev veth01510736 master cni0 permanent',
        '33:33:00:00:00:01 dev veth01510736 self permanent',
        '01:00:5e:00:00:01 dev veth01510736 self permanent',
      ),
    );
  });

  it('details flannel.1: VNI 1, local address, eth0 underneath, port 8472, no learning', () => {
    expect(v['ip -d link show flannel.1']).toBe(
      lines(
        '3: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000',
        '    link/ether 4e:d8:4d:13:ce:e0 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 ',
        '    vxlan id 1 local 192.168.10.11 dev eth0 srcport 0 0 dstport 8472 nolearning ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 ',
      ),
    );
  });

  it("lists the node's listening TCP sockets by port, columns as wide as their widest cell: a hostNetwork exporter and the kubelet", () => {
    expect(v['ss -ltn']).toBe(
      lines(
        'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess',
        'LISTEN 0      4096         0.0.0.0:9100       0.0.0.0:*          ',
        'LISTEN 0      4096         0.0.0.0:10250      0.0.0.0:*          ',
      ),
    );
  });
});

describe('the Linux views of a pod', () => {
  const v = viewsOf('vxlan', 'pod:default/web');

  it('has no bridge and no VXLAN device to show', () => {
    expect(Object.keys(v)).toEqual(['ip -br addr', 'ip route', 'ip neigh', 'ss -ltn']);
  });

  it("shows eth0 as the peer of the node's fifth device, and the bridge plugin's routes", () => {
    expect(v['ip -br addr']).toBe(
      lines(
        'lo               UNKNOWN        127.0.0.1/8 ',
        'eth0@if5         UP             10.244.1.2/24 ',
      ),
    );
    expect(v['ip route']).toBe(
      lines(
        'default via 10.244.1.1 dev eth0 ',
        '10.244.0.0/16 via 10.244.1.1 dev eth0 ',
        '10.244.1.0/24 dev eth0 proto kernel scope link src 10.244.1.2 ',
      ),
    );
    expect(v['ip neigh']).toBe('');
  });
});

describe('a host-gw node', () => {
  it('routes the other node’s pod range via its eth0 address, no onlink', () => {
    expect(viewsOf('bridge-hostgw', 'node:node1')['ip route']).toContain(
      '10.244.2.0/24 via 192.168.10.12 dev eth0 \n',
    );
  });
});

describe('neighbour and FDB caches given to the views', () => {
  const network = buildNetwork(conformanceCluster('bridge-hostgw'));

  it('prints a resolved entry with its MAC and an unresolved one without', () => {
    expect(
      ipNeigh(network, [
        {
          ip: '10.244.1.1' as Ipv4,
          dev: 'pod:default/web#eth0' as DeviceId,
          mac: '02:51:07:36:81:c6' as Mac,
          state: 'REACHABLE',
        },
        { ip: '10.244.1.99' as Ipv4, dev: 'pod:default/web#eth0' as DeviceId, state: 'INCOMPLETE' },
      ]),
    ).toBe(
      lines(
        '10.244.1.1 dev eth0 lladdr 02:51:07:36:81:c6 REACHABLE ',
        '10.244.1.99 dev eth0 INCOMPLETE ',
      ),
    );
  });

  it("lists a learned MAC before its port's own, with no state word", () => {
    const out = bridgeFdbShow(network, 'node:node1' as NetnsId, [
      { mac: '0a:58:0a:f4:01:02' as Mac, port: 'node:node1#veth87fe1b7a' as DeviceId },
    ]);
    expect(out?.split('\n').slice(4, 6)).toEqual([
      '0a:58:0a:f4:01:02 dev veth87fe1b7a master cni0 ',
      '86:fe:1b:7a:5a:f3 dev veth87fe1b7a master cni0 permanent',
    ]);
  });

  it('has no FDB to show in a pod (iproute2: Cannot find bridge device "cni0")', () => {
    expect(bridgeFdbShow(network, 'pod:default/web' as NetnsId)).toBeNull();
  });
});
