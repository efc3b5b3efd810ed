import { describe, expect, it } from 'vitest';
import type { Device, Network } from '../../../src/sim/model/networkTypes';
import type { DeviceId, NetnsId } from '../../../src/sim/model/types';
import {
  fdbEntries,
  firstNextHop,
  inSubnet,
  parseAddrJson,
  planCaches,
  warmEntries,
  type LinkAddrs,
} from '../../conformance/neighbours';
import { network } from './fixtureTrace';

const link = (ifname: string, mac: string, cidr: string[], arp = true): LinkAddrs => ({
  ifname,
  mac,
  arp,
  addrs: cidr.map((c) => {
    const [ip = '', prefix = '32'] = c.split('/');
    return { ip, prefix: Number(prefix) };
  }),
});

const NODE1 = [
  link('lo', '00:00:00:00:00:00', ['127.0.0.1/8'], false),
  link('eth0', '52:54:00:a8:0a:0b', ['192.168.10.11/24']),
  link('cni0', '02:00:00:00:00:0a', ['10.244.1.1/24']),
  link('flannel.1', '7a:00:00:00:00:01', ['10.244.1.0/32']),
];
const NAMESPACES = new Map<string, LinkAddrs[]>([
  ['n1', NODE1],
  ['n2', [link('eth0', '52:54:00:a8:0a:0c', ['192.168.10.12/24'])]],
  ['web', [link('eth0', '0a:58:0a:f4:01:02', ['10.244.1.2/24'])]],
  ['cache', [link('eth0', '0a:58:0a:f4:01:03', ['10.244.1.3/24'])]],
]);

describe('preparing neighbour caches as the simulation assumes them', () => {
  it('reads interfaces, their MACs, IPv4 addresses and whether they use ARP from ip -j addr', () => {
    const json = JSON.stringify([
      {
        ifname: 'lo',
        address: '00:00:00:00:00:00',
        link_type: 'loopback',
        flags: ['LOOPBACK'],
        addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8 }],
      },
      {
        ifname: 'eth0',
        address: '0a:58:0a:f4:01:02',
        link_type: 'ether',
        flags: ['UP'],
        addr_info: [
          { family: 'inet', local: '10.244.1.2', prefixlen: 24 },
          { family: 'inet6', local: 'fe80::1', prefixlen: 64 },
        ],
      },
    ]);
    expect(parseAddrJson(json)).toEqual([
      link('lo', '00:00:00:00:00:00', ['127.0.0.1/8'], false),
      link('eth0', '0a:58:0a:f4:01:02', ['10.244.1.2/24']),
    ]);
  });

  it('knows which addresses share a subnet', () => {
    expect(inSubnet('10.244.1.0', '10.244.1.2', 24)).toBe(true);
    expect(inSubnet('10.244.2.2', '10.244.1.2', 24)).toBe(false);
    expect(inSubnet('10.244.1.2', '10.244.1.0', 32)).toBe(false);
  });

  it('pre-fills every on-link neighbour at the MAC of the interface that answers on that link', () => {
    const text = warmEntries(NAMESPACES).map((e) => `${e.ns} ${e.dev} ${e.ip} ${e.mac}`);
    expect(text.sort()).toEqual(
      [
        // the node answers on cni0 for its flannel.1 address too (arp_ignore 0)
        'web eth0 10.244.1.1 02:00:00:00:00:0a',
        'web eth0 10.244.1.0 02:00:00:00:00:0a',
        'web eth0 10.244.1.3 0a:58:0a:f4:01:03',
        'cache eth0 10.244.1.1 02:00:00:00:00:0a',
        'cache eth0 10.244.1.0 02:00:00:00:00:0a',
        'cache eth0 10.244.1.2 0a:58:0a:f4:01:02',
        'n1 cni0 10.244.1.2 0a:58:0a:f4:01:02',
        'n1 cni0 10.244.1.3 0a:58:0a:f4:01:03',
        'n1 eth0 192.168.10.12 52:54:00:a8:0a:0c',
        'n2 eth0 192.168.10.11 52:54:00:a8:0a:0b',
      ].sort(),
    );
  });

  it("reads the sender's first next hop from ip route get: the gateway, or the destination on-link", () => {
    expect(
      firstNextHop(
        '10.244.2.2 via 10.244.1.1 dev eth0 src 10.244.1.2 uid 0 \n    cache \n',
        '10.244.2.2',
      ),
    ).toEqual({ dev: 'eth0', ip: '10.244.1.1' });
    expect(firstNextHop('10.244.1.3 dev eth0 src 10.244.1.2 uid 0', '10.244.1.3')).toEqual({
      dev: 'eth0',
      ip: '10.244.1.3',
    });
    expect(
      firstNextHop('local 10.244.1.2 dev lo table local src 10.244.1.2 uid 0', '10.244.1.2'),
    ).toBeNull();
  });

  it('pre-fills nothing for cold caches, naming the sender’s first next hop as the one it will ask', () => {
    const warm = warmEntries(NAMESPACES);
    const prep = planCaches(warm, 'web', { dev: 'eth0', ip: '10.244.1.1' });
    expect(prep.cold).toEqual({
      ns: 'web',
      dev: 'eth0',
      ip: '10.244.1.1',
      mac: '02:00:00:00:00:0a',
    });
    expect(prep.warm).toEqual([]);
  });

  it('pre-fills every learnable entry for warm caches, the sender’s gateway and cache’s alike', () => {
    const warm = warmEntries(NAMESPACES);
    const prep = planCaches(warm, 'web', { dev: 'eth0', ip: '10.244.1.1' }, 'warm');
    expect(prep.cold).toBeNull();
    expect(prep.warm).toHaveLength(warm.length);
    expect(prep.warm).toContainEqual(expect.objectContaining({ ns: 'web', ip: '10.244.1.1' }));
    expect(prep.warm).toContainEqual(expect.objectContaining({ ns: 'cache', ip: '10.244.1.1' }));
  });

  it("has no learnable entry for flannel.1's permanent next hop (the plan's own, kept by the flush)", () => {
    const warm = warmEntries(NAMESPACES);
    const prep = planCaches(warm, 'n1', { dev: 'flannel.1', ip: '10.244.2.0' });
    expect(prep.cold).toBeNull();
  });

  it('makes each bridge know the pod MAC behind each of its ports', () => {
    const withMaster = (d: Device): Device =>
      d.kind === 'veth-host' ? { ...d, master: `${d.netns}#cni0` as DeviceId } : d;
    const bridged: Network = {
      ...network,
      devices: new Map([...network.devices].map(([id, d]) => [id, withMaster(d)])),
    };
    const names = new Map<NetnsId, string>([
      ['node:node1' as NetnsId, 'n1'],
      ['node:node2' as NetnsId, 'n2'],
    ]);
    expect(fdbEntries(bridged, names)).toEqual([
      { ns: 'n1', dev: 'vetha', mac: '0a:58:0a:f4:01:02' },
      { ns: 'n2', dev: 'vethb', mac: '0a:58:0a:f4:02:02' },
    ]);
  });
});
