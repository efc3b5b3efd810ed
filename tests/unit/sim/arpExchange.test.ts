/** The ARP exchange behind an `arp` hop: a broadcast request, a unicast reply from the owner, the devices the broadcast reaches. */
import { describe, expect, it } from 'vitest';
import type { ClusterSpec } from '../../../src/sim';
import { ctr, hopOf, kubelet, lab, legOf, toPod, trace } from './fixtures';

const WEB = '0a:58:0a:f4:01:02';
const CACHE = '0a:58:0a:f4:01:03';
const CNI0_NODE1 = '02:51:07:36:81:c6';
const CNI0_NODE2 = '26:f5:2b:74:4c:e3';
const N1 = '52:54:00:a8:0a:0b';
const N2 = '52:54:00:a8:0a:0c';
const ZERO = '00:00:00:00:00:00';
const BROADCAST = 'ff:ff:ff:ff:ff:ff';

/** The lab with a third node, so that a node-network broadcast reaches more than one node. */
function threeNodes(): ClusterSpec {
  const base = lab();
  return { ...base, nodes: [...base.nodes, { name: 'node3' }] };
}

describe('ARP between two pods on one node (fact 5)', () => {
  const t = trace(lab(), ctr('web', 'nginx'), toPod('cache'), 'TCP', 6379);
  const hop = hopOf(t, 'request', 'arp');

  it('broadcasts who-has 10.244.1.3 tell 10.244.1.2, asking with the all-zero target MAC', () => {
    expect(hop.arp?.request).toEqual({
      eth: { src: WEB, dst: BROADCAST, type: 'ARP' },
      arp: {
        op: 'request',
        senderMac: WEB,
        senderIp: '10.244.1.2',
        targetMac: ZERO,
        targetIp: '10.244.1.3',
      },
    });
  });

  it('is answered by the owner as the sender of a unicast reply, the asker as its target', () => {
    expect(hop.arp?.reply).toEqual({
      eth: { src: CACHE, dst: WEB, type: 'ARP' },
      arp: {
        op: 'reply',
        senderMac: CACHE,
        senderIp: '10.244.1.3',
        targetMac: WEB,
        targetIp: '10.244.1.2',
      },
    });
    expect(hop.arp?.answeredBy).toBe('pod:default/cache#eth0');
  });

  it('reaches cni0 and every other pod on the bridge, never the asker', () => {
    expect(hop.arp?.reached).toEqual([
      'node:node1#cni0',
      'pod:default/cache#eth0',
      'pod:default/clash#eth0',
    ]);
  });

  it('leaves the packet an IP packet with the resolved Ethernet header, no ARP layer in it', () => {
    expect(hop.headers.eth).toEqual({ src: WEB, dst: CACHE, type: 'IPv4' });
    expect(Object.keys(hop.headers).sort()).toEqual(['eth', 'ip', 'l4']);
    expect(hop.headers.l4).toMatchObject({ kind: 'tcp', flags: ['SYN'] });
  });

  it('happens once: the reply leg uses the entry the request taught the neighbour', () => {
    expect(legOf(t, 'reply').some((h) => h.action === 'arp' || h.arp !== undefined)).toBe(false);
    expect(legOf(t, 'request').filter((h) => h.arp !== undefined)).toHaveLength(1);
  });
});

describe('ARP for the gateway and from the node itself', () => {
  it('a pod asking for its gateway 10.244.1.1 is answered by cni0', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'TCP', 8080);
    const arp = hopOf(t, 'request', 'arp').arp;
    expect(arp?.answeredBy).toBe('node:node1#cni0');
    expect(arp?.reply?.arp).toMatchObject({ senderMac: CNI0_NODE1, senderIp: '10.244.1.1' });
    expect(arp?.reached).toEqual([
      'node:node1#cni0',
      'pod:default/cache#eth0',
      'pod:default/clash#eth0',
    ]);
  });

  it('the kubelet asking on cni0 reaches every pod on the bridge, and the pod answers', () => {
    const t = trace(lab(), kubelet('node1'), toPod('web'), 'TCP', 80);
    const arp = hopOf(t, 'request', 'arp').arp;
    expect(arp?.request.eth).toEqual({ src: CNI0_NODE1, dst: BROADCAST, type: 'ARP' });
    expect(arp?.request.arp).toMatchObject({ senderIp: '10.244.1.1', targetIp: '10.244.1.2' });
    expect(arp?.reached).toEqual([
      'pod:default/web#eth0',
      'pod:default/cache#eth0',
      'pod:default/clash#eth0',
    ]);
    expect(arp?.answeredBy).toBe('pod:default/web#eth0');
    expect(arp?.reply?.eth).toEqual({ src: WEB, dst: CNI0_NODE1, type: 'ARP' });
  });
});

describe('ARP on the node network', () => {
  const t = trace(threeNodes(), kubelet('node1'), toPod('api'), 'TCP', 8080);
  const hop = hopOf(t, 'request', 'arp');

  it('broadcasts out of eth0 to every other NIC of the node network: the nodes, the external client, the gateway', () => {
    expect(hop.device).toBe('node:node1#eth0');
    expect(hop.explain.key).toBe('sim.hop.arpExchangeNode');
    expect(hop.arp?.request.eth).toEqual({ src: N1, dst: BROADCAST, type: 'ARP' });
    expect(hop.arp?.reached).toEqual([
      'node:node2#eth0',
      'node:node3#eth0',
      'outside:client#eth0',
      'outside:gateway#eth0',
    ]);
  });

  it('is answered by node2, the owner of the gateway 192.168.10.12', () => {
    expect(hop.arp?.answeredBy).toBe('node:node2#eth0');
    expect(hop.arp?.reply).toEqual({
      eth: { src: N2, dst: N1, type: 'ARP' },
      arp: {
        op: 'reply',
        senderMac: N2,
        senderIp: '192.168.10.12',
        targetMac: N1,
        targetIp: '192.168.10.11',
      },
    });
  });
});

describe('ARP that nobody answers', () => {
  it('keeps the broadcast request, with no reply and nobody answering, and the packet gets no Ethernet header', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.1.77' }, 'ICMP');
    const hop = hopOf(t, 'request', 'arp');
    expect(hop.explain.key).toBe('sim.hop.arpFailed');
    expect(hop.arp?.request.arp).toEqual({
      op: 'request',
      senderMac: WEB,
      senderIp: '10.244.1.2',
      targetMac: ZERO,
      targetIp: '10.244.1.77',
    });
    expect(hop.arp?.reply).toBeUndefined();
    expect(hop.arp?.answeredBy).toBeUndefined();
    expect(hop.arp?.reached).toEqual([
      'node:node1#cni0',
      'pod:default/cache#eth0',
      'pod:default/clash#eth0',
    ]);
    expect(hop.headers.eth).toBeUndefined();
  });

  it('a node giving up on cni0 had reached the pods of its own bridge only', () => {
    const t = trace(lab(), ctr('web', 'nginx'), { kind: 'ip', ip: '10.244.2.99' }, 'TCP', 80);
    // after the pod's ARP for its gateway (0) and node1's for node2 (1)
    const hop = hopOf(t, 'request', 'arp', 2);
    expect(hop.device).toBe('node:node2#cni0');
    expect(hop.arp?.request.eth).toEqual({ src: CNI0_NODE2, dst: BROADCAST, type: 'ARP' });
    expect(hop.arp?.reached).toEqual(['pod:default/api#eth0', 'pod:default/dns#eth0']);
    expect(hop.arp?.reply).toBeUndefined();
  });
});
