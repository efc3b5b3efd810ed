import { describe, expect, it } from 'vitest';
import { enforcePolicy, routedIngress } from '../../../src/sim/netfilter/policyHook';
import { indexNetwork } from '../../../src/sim/model/topology';
import { hostVethOf } from '../../../src/sim';
import type { ClusterSpec, Device, Headers, Hop, Ipv4, Mac, PodId } from '../../../src/sim';
import { newWalk, type Walk } from '../../../src/sim/trace/walkState';
import { messageProblem, policy, rule, sel, shop, tcp } from './policyFixtures';

const DENY_IN = policy('shop/default-deny', sel(), ['Ingress']);
const DENY_EG = policy('shop/deny-egress', sel(), ['Egress']);
const FROM_WEB = policy('shop/allow-web', sel({ app: 'db' }), ['Ingress'], {
  ingress: [rule([{ podSelector: sel({ app: 'web' }) }], [tcp(5432)])],
});

/** The MAC of a device, as the network derives it (an input of the walk, not an expected value). */
function macOf(cluster: ClusterSpec, id: string): Mac {
  const mac = indexNetwork(cluster).network.devices.get(id as never)?.mac;
  if (!mac) throw new Error(`no device ${id}`);
  return mac;
}

function vethOf(cluster: ClusterSpec, pod: string): Device {
  const d = hostVethOf(indexNetwork(cluster).network, pod as PodId);
  if (!d) throw new Error(`no host veth for ${pod}`);
  return d;
}

/** A TCP SYN between two addresses with the given MACs. */
function syn(src: string, dst: string, ethSrc: Mac, ethDst: Mac, dport: number): Headers {
  return {
    eth: { src: ethSrc, dst: ethDst, type: 'IPv4' },
    ip: { src: src as Ipv4, dst: dst as Ipv4, ttl: 63, protocol: 'TCP', df: true, totalLength: 60 },
    l4: { kind: 'tcp', sport: 48792, dport, flags: ['SYN'] },
  };
}

/** A walk whose last hop stands on `at` (the veth hop that brought the frame there). */
function walkAt(
  cluster: ClusterSpec,
  at: Device,
  headers: Headers,
  leg: 'request' | 'reply' = 'request',
): Walk {
  const last: Hop = {
    index: 0,
    leg,
    node: 'node1',
    netns: at.netns,
    device: at.id,
    action: 'bridge',
    explain: { key: 'sim.hop.bridge', params: {} },
    headers,
    changes: [],
  };
  const w = newWalk(indexNetwork(cluster), [last]);
  return { ...w, leg, headers };
}

/** A device of the network (an input of the walk). */
function deviceOf(cluster: ClusterSpec, id: string): Device {
  const d = indexNetwork(cluster).network.devices.get(id as never);
  if (!d) throw new Error(`no device ${id}`);
  return d;
}

/** A walk whose packet just came in by node1's eth0 from node2 (to be routed into cni0). */
function routedWalk(cluster: ClusterSpec, headers: Headers, leg: 'request' | 'reply' = 'request') {
  return walkAt(cluster, deviceOf(cluster, 'node:node1#eth0'), headers, leg);
}

describe('NetworkPolicy at the bridge ports', () => {
  it('drops a frame bridged to a pod its ingress policies deny, at its host veth (physdev-out)', () => {
    const cluster = shop([DENY_IN]);
    const veth = vethOf(cluster, 'shop/db');
    const w = walkAt(
      cluster,
      veth,
      syn(
        '10.244.1.2',
        '10.244.1.3',
        macOf(cluster, 'pod:shop/web#eth0'),
        macOf(cluster, 'pod:shop/db#eth0'),
        5432,
      ),
    );
    const end = enforcePolicy(w, 'ingress', veth);
    expect(end).toEqual({
      kind: 'stop',
      stop: {
        outcome: 'dropped',
        reason: {
          key: 'sim.policy.outcomeDenyIn',
          params: { pod: 'shop/db', policies: 'shop/default-deny', dev: veth.name, node: 'node1' },
        },
      },
    });
    const hop = w.hops[1];
    expect(hop?.action).toBe('policy-deny');
    for (const e of [
      hop?.explain,
      hop?.policy?.explain,
      end?.kind === 'stop' ? end.stop.reason : undefined,
    ])
      expect(e && messageProblem(e)).toBe('');
    expect(hop?.netns).toBe('node:node1');
    expect(hop?.device).toBe(veth.id);
    expect(hop?.explain.key).toBe('sim.policy.hopDenyIn');
    expect(hop?.changes).toEqual([]);
    expect(hop?.policy).toEqual({
      direction: 'ingress',
      pod: 'shop/db',
      policies: ['shop/default-deny'],
      allowed: false,
      explain: {
        key: 'sim.policy.noRulesIn',
        params: { pod: 'shop/db', policies: 'shop/default-deny' },
      },
    });
  });

  it('drops a packet the node routes to a pod its ingress denies in FORWARD, by address, where it came in (finding 8)', () => {
    const cluster = shop([DENY_IN]);
    const w = routedWalk(
      cluster,
      syn(
        '10.244.2.2',
        '10.244.1.3',
        macOf(cluster, 'node:node2#eth0'),
        macOf(cluster, 'node:node1#eth0'),
        5432,
      ),
    );
    const r = routedIngress(
      w,
      'node:node1' as never,
      deviceOf(cluster, 'node:node1#cni0'),
      'node:node1#eth0' as never,
    );
    expect(r.denied).toEqual({
      kind: 'stop',
      stop: {
        outcome: 'dropped',
        reason: {
          key: 'sim.policy.outcomeDenyIn',
          params: {
            pod: 'shop/db',
            policies: 'shop/default-deny',
            dev: 'eth0',
            node: 'node1',
            dst: '10.244.1.3',
          },
        },
      },
    });
    const hop = w.hops[1];
    expect([hop?.action, hop?.netns, hop?.device, hop?.explain.key]).toEqual([
      'policy-deny',
      'node:node1',
      'node:node1#eth0',
      'sim.policy.hopDenyForward',
    ]);
    expect(hop && messageProblem(hop.explain)).toBe('');
    expect(hop?.policy?.explain.key).toBe('sim.policy.noRulesIn');
  });

  it('drops a packet the source’s egress policies deny, at its host veth, before it leaves the node', () => {
    const cluster = shop([DENY_EG]);
    const veth = vethOf(cluster, 'shop/web');
    const cni0 = macOf(cluster, 'node:node1#cni0');
    const w = walkAt(
      cluster,
      veth,
      syn('10.244.1.2', '10.244.2.2', macOf(cluster, 'pod:shop/web#eth0'), cni0, 8080),
    );
    const end = enforcePolicy(w, 'egress', veth);
    expect(end?.kind).toBe('stop');
    expect(end?.kind === 'stop' && end.stop.reason.key).toBe('sim.policy.outcomeDenyEg');
    expect(w.hops.map((h) => [h.action, h.device])).toEqual([
      ['bridge', veth.id],
      ['policy-deny', veth.id],
    ]);
    expect(w.hops[1]?.explain.key).toBe('sim.policy.hopDenyEg');
    expect(w.hops[1]?.policy?.explain.key).toBe('sim.policy.noRulesEg');
    expect(w.hops[1] && messageProblem(w.hops[1].explain)).toBe('');
    expect(end?.kind === 'stop' && messageProblem(end.stop.reason)).toBe('');
  });

  it('lets an allowed packet pass and records the rule on the hop at the host veth', () => {
    const cluster = shop([FROM_WEB]);
    const veth = vethOf(cluster, 'shop/db');
    const w = walkAt(
      cluster,
      veth,
      syn(
        '10.244.1.2',
        '10.244.1.3',
        macOf(cluster, 'pod:shop/web#eth0'),
        macOf(cluster, 'pod:shop/db#eth0'),
        5432,
      ),
    );
    expect(enforcePolicy(w, 'ingress', veth)).toBeUndefined();
    expect(w.hops).toHaveLength(1);
    expect(w.hops[0]?.policy?.allowedBy).toBe('shop/allow-web#ingress[0]');
  });

  it('records nothing where no policy isolates the pod, so traces without policies are unchanged', () => {
    const cluster = shop([]);
    const veth = vethOf(cluster, 'shop/db');
    const w = walkAt(
      cluster,
      veth,
      syn(
        '10.244.2.2',
        '10.244.1.3',
        macOf(cluster, 'node:node1#cni0'),
        macOf(cluster, 'pod:shop/db#eth0'),
        5432,
      ),
    );
    expect(enforcePolicy(w, 'ingress', veth)).toBeUndefined();
    expect(w.hops[0]?.policy).toBeUndefined();
  });

  it('passes the reply of an allowed connection: conntrack ESTABLISHED is accepted first', () => {
    const cluster = shop([DENY_IN]);
    const w = routedWalk(
      cluster,
      syn(
        '10.244.2.2',
        '10.244.1.2',
        macOf(cluster, 'node:node2#eth0'),
        macOf(cluster, 'node:node1#eth0'),
        48792,
      ),
      'reply',
    );
    const r = routedIngress(
      w,
      'node:node1' as never,
      deviceOf(cluster, 'node:node1#cni0'),
      'node:node1#eth0' as never,
    );
    expect(r.denied).toBeUndefined();
    expect(r.allowed).toEqual({
      direction: 'ingress',
      pod: 'shop/web',
      policies: ['shop/default-deny'],
      allowed: true,
      explain: {
        key: 'sim.policy.establishedIn',
        params: { pod: 'shop/web', policies: 'shop/default-deny' },
      },
    });
  });

  it('passes the reply on the way out of an egress-isolated pod as well', () => {
    const cluster = shop([DENY_EG]);
    const veth = vethOf(cluster, 'shop/db');
    const w = walkAt(
      cluster,
      veth,
      syn(
        '10.244.1.3',
        '10.244.2.2',
        macOf(cluster, 'pod:shop/db#eth0'),
        macOf(cluster, 'node:node1#cni0'),
        48792,
      ),
      'reply',
    );
    expect(enforcePolicy(w, 'egress', veth)).toBeUndefined();
    expect(w.hops[0]?.policy?.explain.key).toBe('sim.policy.establishedEg');
  });

  it('always lets the pod’s own node in (cni0’s address)', () => {
    const cluster = shop([DENY_IN]);
    const veth = vethOf(cluster, 'shop/db');
    const cni0 = macOf(cluster, 'node:node1#cni0');
    const w = walkAt(
      cluster,
      veth,
      syn('10.244.1.1', '10.244.1.3', cni0, macOf(cluster, 'pod:shop/db#eth0'), 5432),
    );
    expect(enforcePolicy(w, 'ingress', veth)).toBeUndefined();
    expect(w.hops[0]?.policy?.explain).toEqual({
      key: 'sim.policy.localNode',
      params: { pod: 'shop/db', ip: '10.244.1.1', node: 'node1' },
    });
  });

  it('cannot stop a frame bridged pod to pod when bridge-nf-call-iptables is off', () => {
    const cluster = shop([DENY_IN], {
      netfilter: { bridgeNfCallIptables: false, hairpinMode: true },
    });
    const veth = vethOf(cluster, 'shop/db');
    const w = walkAt(
      cluster,
      veth,
      syn(
        '10.244.1.2',
        '10.244.1.3',
        macOf(cluster, 'pod:shop/web#eth0'),
        macOf(cluster, 'pod:shop/db#eth0'),
        5432,
      ),
    );
    expect(enforcePolicy(w, 'ingress', veth)).toBeUndefined();
    expect(w.hops[0]?.policy?.allowed).toBe(true);
    expect(w.hops[0]?.policy?.explain.key).toBe('sim.policy.bypassedIn');
    expect(w.hops[0]?.policy && messageProblem(w.hops[0].policy.explain)).toBe('');
  });

  it('still stops a routed frame with bridge-nf-call-iptables off: FORWARD sees what the node routes', () => {
    const cluster = shop([DENY_IN], {
      netfilter: { bridgeNfCallIptables: false, hairpinMode: true },
    });
    const w = routedWalk(
      cluster,
      syn(
        '10.244.2.2',
        '10.244.1.3',
        macOf(cluster, 'node:node2#eth0'),
        macOf(cluster, 'node:node1#eth0'),
        5432,
      ),
    );
    const r = routedIngress(
      w,
      'node:node1' as never,
      deviceOf(cluster, 'node:node1#cni0'),
      'node:node1#eth0' as never,
    );
    expect(r.denied?.kind).toBe('stop');
  });

  it('with bridge-nf-call-iptables off, an egress check of a bridged frame passes too', () => {
    const cluster = shop([DENY_EG], {
      netfilter: { bridgeNfCallIptables: false, hairpinMode: true },
    });
    const veth = vethOf(cluster, 'shop/web');
    const w = walkAt(
      cluster,
      veth,
      syn(
        '10.244.1.2',
        '10.244.1.3',
        macOf(cluster, 'pod:shop/web#eth0'),
        macOf(cluster, 'pod:shop/db#eth0'),
        5432,
      ),
    );
    expect(enforcePolicy(w, 'egress', veth)).toBeUndefined();
    expect(w.hops[0]?.policy?.explain.key).toBe('sim.policy.bypassedEg');
    expect(w.hops[0]?.policy && messageProblem(w.hops[0].policy.explain)).toBe('');
  });
});
