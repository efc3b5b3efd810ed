/** Neighbour caches (issue 13): cold caches ARP on every segment once, both sides learn, the reply and the next send need none. */
import { describe, expect, it } from 'vitest';
import { buildNetwork, neighbourRowsOf, simulate } from '../../../src/sim';
import type { Hop, NetnsId, PacketRequest, Trace } from '../../../src/sim';
import { ipNeigh } from '../../../src/sim/linux/ipNeigh';
import { actionsOf, ctr, kubelet, lab, legOf, toPod } from './fixtures';

const N1 = '52:54:00:a8:0a:0b';
const N2 = '52:54:00:a8:0a:0c';
const WEB = '0a:58:0a:f4:01:02';
const CACHE = '0a:58:0a:f4:01:03';
const API = '0a:58:0a:f4:02:02';
const CNI0_1 = '02:51:07:36:81:c6';
const CNI0_2 = '26:f5:2b:74:4c:e3';
const ZERO = '00:00:00:00:00:00';
const BCAST = 'ff:ff:ff:ff:ff:ff';

/** Each ARP hop as [device, request eth src→dst, who-has, tell, sender MAC, target MAC, reply eth src→dst, is-at]. */
function exchanges(t: Trace): string[][] {
  return t.hops
    .filter((h): h is Hop & { arp: NonNullable<Hop['arp']> } => h.action === 'arp' && !!h.arp)
    .map((h) => {
      const q = h.arp.request;
      const r = h.arp.reply;
      return [
        h.device ?? '',
        `${q.eth.src}>${q.eth.dst}`,
        q.arp.targetIp,
        q.arp.senderIp,
        q.arp.senderMac,
        q.arp.targetMac,
        r ? `${r.eth.src}>${r.eth.dst}` : '',
        r
          ? `${r.arp.senderIp} is-at ${r.arp.senderMac} to ${r.arp.targetIp} ${r.arp.targetMac}`
          : '',
      ];
    });
}

/** `ip neigh` per namespace after the trace, as "netns dev ip mac STATE". */
function caches(t: Trace): string[] {
  return (t.neighbours ?? []).map((n) => `${n.netns} ${n.dev} ${n.ip} ${n.mac ?? ''} ${n.state}`);
}

const tcp = (from: PacketRequest['from'], pod: string, port: number): PacketRequest => ({
  from,
  to: toPod(pod),
  protocol: 'TCP',
  port,
});

describe('cold caches, pod to pod on one node', () => {
  const t = simulate(lab(), tcp(ctr('web', 'nginx'), 'cache', 6379));
  it('the sender asks for the pod itself; the reply needs no ARP (the target learned the asker)', () => {
    expect(exchanges(t)).toEqual([
      [
        'pod:default/web#eth0',
        `${WEB}>${BCAST}`,
        '10.244.1.3',
        '10.244.1.2',
        WEB,
        ZERO,
        `${CACHE}>${WEB}`,
        `10.244.1.3 is-at ${CACHE} to 10.244.1.2 ${WEB}`,
      ],
    ]);
    expect(legOf(t, 'reply').some((h) => h.action === 'arp')).toBe(false);
  });
  it('leaves the asker REACHABLE and the target DELAY (learned STALE from the request, then used)', () => {
    expect(caches(t)).toEqual([
      `pod:default/web pod:default/web#eth0 10.244.1.3 ${CACHE} REACHABLE`,
      `pod:default/cache pod:default/cache#eth0 10.244.1.2 ${WEB} DELAY`,
    ]);
  });
});

describe('cold caches, pod to pod across nodes over host-gw', () => {
  const req = tcp(ctr('web', 'nginx'), 'api', 8080);
  const t = simulate(lab(), req);
  it('ARPs at the sender, at node1’s eth0 for node2 and at node2’s cni0 for the pod, each saying its own address', () => {
    expect(exchanges(t)).toEqual([
      [
        'pod:default/web#eth0',
        `${WEB}>${BCAST}`,
        '10.244.1.1',
        '10.244.1.2',
        WEB,
        ZERO,
        `${CNI0_1}>${WEB}`,
        `10.244.1.1 is-at ${CNI0_1} to 10.244.1.2 ${WEB}`,
      ],
      [
        'node:node1#eth0',
        `${N1}>${BCAST}`,
        '192.168.10.12',
        '192.168.10.11',
        N1,
        ZERO,
        `${N2}>${N1}`,
        `192.168.10.12 is-at ${N2} to 192.168.10.11 ${N1}`,
      ],
      [
        'node:node2#cni0',
        `${CNI0_2}>${BCAST}`,
        '10.244.2.2',
        '10.244.2.1',
        CNI0_2,
        ZERO,
        `${API}>${CNI0_2}`,
        `10.244.2.2 is-at ${API} to 10.244.2.1 ${CNI0_2}`,
      ],
    ]);
  });
  it('brings the reply back without one ARP, and leaves ip neigh as the kernel shows it right after', () => {
    expect(actionsOf(t, 'reply')).not.toContain('arp');
    expect(caches(t)).toEqual([
      `pod:default/web pod:default/web#eth0 10.244.1.1 ${CNI0_1} REACHABLE`,
      `node:node1 node:node1#cni0 10.244.1.2 ${WEB} DELAY`,
      `node:node1 node:node1#eth0 192.168.10.12 ${N2} REACHABLE`,
      `node:node2 node:node2#eth0 192.168.10.11 ${N1} DELAY`,
      `node:node2 node:node2#cni0 10.244.2.2 ${API} REACHABLE`,
      `pod:default/api pod:default/api#eth0 10.244.2.1 ${CNI0_2} DELAY`,
    ]);
  });
  it('sent again from those caches it needs no ARP anywhere, and the caches stay as they were', () => {
    const again = simulate(lab(), req, t.neighbours);
    expect(again.hops.some((h) => h.action === 'arp')).toBe(false);
    expect(actionsOf(again, 'request')).toEqual([
      'send',
      'route',
      'veth',
      'bridge-up',
      'forward',
      'wire',
      'forward',
      'bridge',
      'veth',
      'deliver',
    ]);
    expect(again.hops[1]?.headers.eth).toEqual({ src: WEB, dst: CNI0_1, type: 'IPv4' });
    expect(again.outcome.kind).toBe('delivered');
    expect(caches(again)).toEqual(caches(t));
  });
});

describe('cold caches, pod to pod across nodes over VXLAN', () => {
  const t = simulate(lab('vxlan'), tcp(ctr('web', 'nginx'), 'api', 8080));
  it('flannel.1 needs no ARP (permanent entry) but the outer packet does: node1’s eth0 asks for 192.168.10.12', () => {
    expect(exchanges(t).map((e) => e.slice(0, 4))).toEqual([
      ['pod:default/web#eth0', `${WEB}>${BCAST}`, '10.244.1.1', '10.244.1.2'],
      ['node:node1#eth0', `${N1}>${BCAST}`, '192.168.10.12', '192.168.10.11'],
      ['node:node2#cni0', `${CNI0_2}>${BCAST}`, '10.244.2.2', '10.244.2.1'],
    ]);
    const i = t.hops.findIndex((h) => h.action === 'encapsulate');
    expect(t.hops[i + 1]).toMatchObject({
      action: 'arp',
      device: 'node:node1#eth0',
      explain: { key: 'sim.hop.arpUnderlay' },
    });
    expect(t.hops[i + 1]?.headers.outer?.eth).toEqual({ src: N1, dst: N2, type: 'IPv4' });
    expect(actionsOf(t, 'reply')).not.toContain('arp');
  });
  it('keeps flannel’s permanent entries out of the learned ones', () => {
    expect((t.neighbours ?? []).some((n) => n.dev.endsWith('flannel.1'))).toBe(false);
  });
});

describe('cold caches, a node’s own packet to a remote pod', () => {
  it('sends two requests: node1’s eth0 for node2, node2’s cni0 for the pod', () => {
    const t = simulate(lab(), { from: kubelet('node1'), to: toPod('api'), protocol: 'ICMP' });
    expect(exchanges(t).map((e) => e.slice(0, 4))).toEqual([
      ['node:node1#eth0', `${N1}>${BCAST}`, '192.168.10.12', '192.168.10.11'],
      ['node:node2#cni0', `${CNI0_2}>${BCAST}`, '10.244.2.2', '10.244.2.1'],
    ]);
    expect(t.outcome.kind).toBe('delivered');
  });
});

describe('caches the scenario says are warm', () => {
  it('resolve every neighbour without an ARP hop, and report no learned entries', () => {
    const t = simulate(
      { ...lab(), neighbourCaches: 'warm' },
      tcp(ctr('web', 'nginx'), 'api', 8080),
    );
    expect(t.hops.some((h) => h.action === 'arp')).toBe(false);
    expect(t.outcome.kind).toBe('delivered');
    expect(t.neighbours).toBeUndefined();
  });
  it('still ARP (and fail) for an address nobody holds', () => {
    const t = simulate(
      { ...lab(), neighbourCaches: 'warm' },
      { from: ctr('web', 'nginx'), to: { kind: 'ip', ip: '10.244.1.99' }, protocol: 'ICMP' },
    );
    expect(exchanges(t).map((e) => [e[0], e[2], e[6]])).toEqual([
      ['pod:default/web#eth0', '10.244.1.99', ''],
    ]);
  });
});

describe('an ARP nobody answers', () => {
  it('leaves a FAILED entry without an address, which the next send asks about again', () => {
    const req: PacketRequest = {
      from: ctr('web', 'nginx'),
      to: { kind: 'ip', ip: '10.244.1.99' },
      protocol: 'ICMP',
    };
    const t = simulate(lab(), req);
    expect(caches(t)).toEqual(['pod:default/web pod:default/web#eth0 10.244.1.99  FAILED']);
    const again = simulate(lab(), req, t.neighbours);
    expect(again.hops.filter((h) => h.action === 'arp')).toHaveLength(1);
  });
});

describe('ip neigh after a trace', () => {
  it('prints each namespace’s entries as iproute2 does, flannel’s permanent ones first', () => {
    const cluster = lab('vxlan');
    const net = buildNetwork(cluster);
    const t = simulate(cluster, tcp(ctr('web', 'nginx'), 'api', 8080));
    const node1 = 'node:node1' as NetnsId;
    expect(ipNeigh(net, neighbourRowsOf(net, node1, t.neighbours))).toBe(
      [
        `10.244.2.0 dev flannel.1 lladdr 4e:d8:4e:a6:d5:2d PERMANENT `,
        `10.244.1.2 dev cni0 lladdr ${WEB} DELAY `,
        `192.168.10.12 dev eth0 lladdr ${N2} REACHABLE `,
        '',
      ].join('\n'),
    );
    const web = 'pod:default/web' as NetnsId;
    expect(ipNeigh(net, neighbourRowsOf(net, web, t.neighbours))).toBe(
      `10.244.1.1 dev eth0 lladdr ${CNI0_1} REACHABLE \n`,
    );
  });
  it('lists every neighbour on the links of a warm namespace, and nothing learned for a cold one before any trace', () => {
    const warm = { ...lab(), neighbourCaches: 'warm' as const };
    const net = buildNetwork(warm);
    const web = 'pod:default/web' as NetnsId;
    expect(neighbourRowsOf(net, web, undefined).map((r) => `${r.ip} ${r.state}`)).toEqual([
      '10.244.1.3 REACHABLE',
      '10.244.1.4 REACHABLE',
      '10.244.1.1 REACHABLE',
    ]);
    expect(neighbourRowsOf(buildNetwork(lab()), web, undefined)).toEqual([]);
  });
});
