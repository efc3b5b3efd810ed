/** Predict, then reveal: questions from a loopback, a same-node, a host-gw and a VXLAN trace, each distractor wrong by the trace itself. */
import { describe, expect, it } from 'vitest';
import { grade, questionAt, questionPoints, type Question } from '../../../src/lessons/predict';
import type { QuestionKind } from '../../../src/lessons';
import { presetById } from '../../../src/scenario/presets';
import { buildNetwork, simulate, type Hop, type Trace } from '../../../src/sim';

/** The preset's first packet, traced. */
function traced(id: string) {
  const p = presetById(id);
  if (!p) throw new Error(id);
  const req = p.scenario.packets[0];
  if (!req) throw new Error(id);
  return { net: buildNetwork(p.scenario.cluster), trace: simulate(p.scenario.cluster, req) };
}

/** What the trace itself says at a hop, read straight from its headers (not through the code under test). */
function told(trace: Trace, hop: Hop, kind: QuestionKind): string | undefined {
  const { ip, eth, outer } = hop.headers;
  const byKind: Record<QuestionKind, string | undefined> = {
    device: hop.device,
    srcIp: ip?.src,
    dstIp: ip?.dst,
    srcMac: eth?.src,
    dstMac: eth?.dst,
    ttl: ip === undefined ? undefined : String(ip.ttl),
    encapsulated: ip === undefined ? undefined : outer ? 'yes' : 'no',
    outcome: trace.outcome.kind,
    // ARP is needed when the next hop (past a masquerade) is the exchange on the same device
    arp: (() => {
      const next = trace.hops.slice(hop.index + 1).find((h) => h.action !== 'snat');
      return next?.action === 'arp' && next.device === hop.device ? 'yes' : 'no';
    })(),
  };
  return byKind[kind];
}

/** Asks, checks the answer written out, and shows every other option wrong by the trace and graded wrong. */
function expectQuestion(
  t: ReturnType<typeof traced>,
  hop: number,
  kind: QuestionKind,
  answer: string,
): Question {
  const q = questionAt(t.net, t.trace, hop, kind);
  expect(q, `${kind} before hop ${hop}`).not.toBeNull();
  if (!q) throw new Error('no question');
  const h = t.trace.hops[hop];
  if (!h) throw new Error('no hop');
  expect(q.answer).toBe(answer);
  expect(told(t.trace, h, kind)).toBe(answer);
  expect(q.options.length).toBeGreaterThanOrEqual(2);
  expect(q.options.length).toBeLessThanOrEqual(4);
  expect(q.options.filter((o) => o.value === answer)).toHaveLength(1);
  expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length);
  for (const o of q.options) {
    if (o.value === answer) continue;
    expect(o.value, `${o.value} is wrong by the trace`).not.toBe(told(t.trace, h, kind));
    expect(grade(q, o.value)).toBe(false);
  }
  expect(grade(q, answer)).toBe(true);
  expect(questionAt(t.net, t.trace, hop, kind)).toEqual(q);
  return q;
}

const values = (q: Question) => q.options.map((o) => o.value);

describe('a loopback trace (log-shipper → localhost:80 in pod web)', () => {
  const t = traced('sidecar-localhost');
  it('asks which device comes next: lo, not eth0 nor the node', () => {
    const q = expectQuestion(t, 1, 'device', 'pod:default/web#lo');
    expect(values(q)).toContain('pod:default/web#eth0');
  });
  it('asks the destination address, MAC, TTL and wrapping after lo: 127.0.0.1, all zeros, 64, no', () => {
    expectQuestion(t, 1, 'dstIp', '127.0.0.1');
    expectQuestion(t, 1, 'dstMac', '00:00:00:00:00:00');
    expectQuestion(t, 1, 'ttl', '64');
    expectQuestion(t, 1, 'encapsulated', 'no');
  });
  it('asks how it ends before the deliver hop: delivered', () => {
    expectQuestion(t, 2, 'outcome', 'delivered');
  });
  it('stops prediction mode at lo and at the delivery, in that order', () => {
    expect(questionPoints(t.net, t.trace)).toEqual([
      { hop: 1, kind: 'device' },
      { hop: 2, kind: 'outcome' },
    ]);
  });
});

describe('a same-node trace (web → api:8080 on node1)', () => {
  const t = traced('same-node');
  it('resolves the destination pod’s own MAC: on-link, no gateway', () => {
    const q = expectQuestion(t, 2, 'dstMac', '0a:58:0a:f4:01:03');
    expect(values(q)).not.toContain('0a:58:0a:f4:01:01');
  });
  it('keeps TTL 64 across the bridge, with 63 (as if routed) among the wrong answers', () => {
    const q = expectQuestion(t, 4, 'ttl', '64');
    expect(values(q)).toContain('63');
  });
  it('asks which device the frame reaches after the veth: the host end, not cni0', () => {
    const q = expectQuestion(t, 3, 'device', 'node:node1#veth87fe1b7a');
    expect(values(q)).toContain('node:node1#cni0');
  });
  it('asks how it ends: delivered', () => {
    expectQuestion(t, 6, 'outcome', 'delivered');
    expect(questionPoints(t.net, t.trace)).toEqual([
      { hop: 2, kind: 'dstMac' },
      { hop: 3, kind: 'device' },
      { hop: 6, kind: 'outcome' },
    ]);
  });
});

describe('a host-gw trace (web on node1 → api:8080 on node2)', () => {
  const t = traced('two-nodes-hostgw');
  it('sends the first frame to the gateway’s MAC (cni0), with the destination pod’s MAC among the wrong answers', () => {
    const q = expectQuestion(t, 2, 'dstMac', '02:51:07:36:81:c6');
    expect(values(q)).toContain('0a:58:0a:f4:02:02');
  });
  it('forwards out of node1’s eth0 (not node2’s, not cni0) with TTL 63 (not 64 unchanged)', () => {
    const dev = expectQuestion(t, 5, 'device', 'node:node1#eth0');
    expect(values(dev)).toContain('node:node2#eth0');
    const ttl = expectQuestion(t, 5, 'ttl', '63');
    expect(values(ttl)).toContain('64');
    // node1's cache is cold: the new Ethernet header is written once ARP answered
    expectQuestion(t, 5, 'arp', 'yes');
    expectQuestion(t, 6, 'srcMac', '52:54:00:a8:0a:0b');
  });
  it('keeps the pod’s address on the wire, not node2’s 192.168.10.12', () => {
    const q = expectQuestion(t, 7, 'dstIp', '10.244.2.2');
    expect(values(q)).toContain('192.168.10.12');
  });
  it('arrives with TTL 62 after node2 routes it, and is delivered', () => {
    const q = expectQuestion(t, 8, 'ttl', '62');
    expect(values(q)).toContain('63');
    expectQuestion(t, 12, 'outcome', 'delivered');
    // the sender's cold cache: does the route hop need ARP? (yes)
    expect(questionPoints(t.net, t.trace)).toEqual([
      { hop: 1, kind: 'arp' },
      { hop: 7, kind: 'dstIp' },
      { hop: 12, kind: 'outcome' },
    ]);
    expectQuestion(t, 1, 'arp', 'yes');
  });
});

describe('a VXLAN trace (web on node1 → api:8080 on node2, flannel)', () => {
  const t = traced('two-nodes-vxlan');
  it('routes into flannel.1 with TTL 63 and the remote VTEP’s MAC', () => {
    const q = expectQuestion(t, 5, 'device', 'node:node1#flannel.1');
    expect(values(q)).toContain('node:node2#flannel.1');
    expectQuestion(t, 5, 'ttl', '63');
    expectQuestion(t, 5, 'dstMac', '4e:d8:4e:a6:d5:2d');
  });
  it('is wrapped after the encapsulation hop and unwrapped after the decapsulation hop', () => {
    expectQuestion(t, 6, 'encapsulated', 'yes');
    expectQuestion(t, 9, 'encapsulated', 'no');
    // flannel.1's permanent entry needs no ARP; the outer packet on eth0 does, on a cold cache
    expectQuestion(t, 5, 'arp', 'no');
    expectQuestion(t, 6, 'arp', 'yes');
  });
  it('keeps the inner destination 10.244.2.2 on the wire', () => {
    expectQuestion(t, 8, 'dstIp', '10.244.2.2');
  });
  it('asks how it ends: delivered', () => {
    expectQuestion(t, 14, 'outcome', 'delivered');
    expect(questionPoints(t.net, t.trace)).toEqual([
      { hop: 5, kind: 'ttl' },
      { hop: 12, kind: 'ttl' },
      { hop: 14, kind: 'outcome' },
    ]);
  });
});

describe('does this hop need ARP? (neighbour caches)', () => {
  const p = presetById('two-nodes-hostgw');
  if (!p) throw new Error('preset');
  const req = p.scenario.packets[0];
  if (!req) throw new Error('packet');
  const net = buildNetwork(p.scenario.cluster);
  const first = simulate(p.scenario.cluster, req);
  const again = simulate(p.scenario.cluster, req, first.neighbours);
  it('the first send asks at the sender and at each forwarding node: yes, its cache is cold', () => {
    for (const hop of [1, 5, 8]) expectQuestion({ net, trace: first }, hop, 'arp', 'yes');
  });
  it('the same flow sent again finds every cache warm: no, with yes as the wrong answer', () => {
    const q = expectQuestion({ net, trace: again }, 1, 'arp', 'no');
    expect(values(q)).toEqual(expect.arrayContaining(['yes', 'no']));
    expect(again.hops.some((h) => h.action === 'arp')).toBe(false);
  });
  it('is not asked where no lookup happens (the veth, the bridge, the delivery)', () => {
    expect(questionAt(net, first, 3, 'arp')).toBeNull();
    expect(questionAt(net, first, 10, 'arp')).toBeNull();
    expect(questionAt(net, first, 12, 'arp')).toBeNull();
  });
});

describe('questions that cannot be asked', () => {
  it('a refused localhost request is answered “refused” at the reject hop', () => {
    expectQuestion(traced('localhost-other-pod'), 2, 'outcome', 'refused');
  });
  it('no question before the first hop, about a hop that does not exist, or where the device stays', () => {
    const t = traced('two-nodes-hostgw');
    expect(questionAt(t.net, t.trace, 0, 'ttl')).toBeNull();
    expect(questionAt(t.net, t.trace, 99, 'ttl')).toBeNull();
    expect(questionAt(t.net, t.trace, 2, 'device')).toBeNull(); // route and ARP both on the pod's eth0
    expect(questionAt(t.net, t.trace, 5, 'outcome')).toBeNull(); // not the deciding hop
  });
  it('a shared-memory message and a failed start have no hop to stop before', () => {
    for (const id of ['shared-memory', 'port-conflict']) {
      const t = traced(id);
      expect(questionPoints(t.net, t.trace)).toEqual([]);
    }
  });
});
