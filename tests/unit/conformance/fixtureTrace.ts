/** A hand-written Network and Trace (TCP across nodes by host routing) and the kernel run that agrees with it. */
import type { Device, Network } from '../../../src/sim/model/networkTypes';
import type { Headers, Hop, HopAction, Trace } from '../../../src/sim/trace/traceTypes';
import type { DeviceId, Ipv4, Mac, NetnsId, PodId } from '../../../src/sim/model/types';
import type { KernelRun } from '../../conformance/compare';
import { crossingsOf } from '../../conformance/crossings';
import type { CapturedPacket } from '../../conformance/tcpdumpParse';

const dev = (netns: string, name: string, mac: string, peer?: string): Device => ({
  id: `${netns}#${name}` as DeviceId,
  name,
  kind:
    name === 'eth0'
      ? netns.startsWith('pod')
        ? 'veth-pod'
        : 'nic'
      : name === 'cni0'
        ? 'bridge'
        : 'veth-host',
  netns: netns as NetnsId,
  mac: mac as Mac,
  mtu: 1500,
  ...(peer === undefined ? {} : { peer: peer as DeviceId }),
});

const DEVICES: readonly Device[] = [
  dev('pod:default/web', 'eth0', '0a:58:0a:f4:01:02', 'node:node1#vetha'),
  dev('node:node1', 'vetha', '02:00:00:00:00:0a', 'pod:default/web#eth0'),
  dev('node:node1', 'cni0', '02:00:00:00:00:0a'),
  dev('node:node1', 'eth0', '52:54:00:a8:0a:0b'),
  dev('node:node2', 'eth0', '52:54:00:a8:0a:0c'),
  dev('node:node2', 'cni0', '02:00:00:00:00:0b'),
  dev('node:node2', 'vethb', '02:00:00:00:00:0b', 'pod:default/api#eth0'),
  dev('pod:default/api', 'eth0', '0a:58:0a:f4:02:02', 'node:node2#vethb'),
];

/** The network of the fixture: only its devices matter to the comparison. */
export const network: Network = {
  nodes: [],
  pods: [],
  netns: new Map(),
  devices: new Map(DEVICES.map((d) => [d.id, d])),
  ipOwner: new Map(),
};

const WEB = '10.244.1.2' as Ipv4;
const API = '10.244.2.2' as Ipv4;
const mac = (d: number): Mac => (DEVICES[d]?.mac ?? '') as Mac;

function headers(leg: 'request' | 'reply', src: number, dst: number, ttl: number): Headers {
  const [a, b, sport, dport] =
    leg === 'request' ? [WEB, API, 40000, 8080] : [API, WEB, 8080, 40000];
  return {
    eth: { src: mac(src), dst: mac(dst), type: 'IPv4' },
    ip: { src: a, dst: b, ttl, protocol: 'TCP', df: true, totalLength: 60 },
    l4: { kind: 'tcp', sport, dport, flags: leg === 'request' ? ['SYN'] : ['SYN', 'ACK'] },
  };
}

type Step = [HopAction, number | undefined, Headers];
// as the tracer writes them: a veth hop names the receiving end, deliver and send name no device
const REQUEST: Step[] = [
  ['send', undefined, headers('request', 0, 2, 64)],
  ['route', 0, headers('request', 0, 2, 64)],
  ['veth', 1, headers('request', 0, 2, 64)],
  ['bridge-up', 2, headers('request', 0, 2, 64)],
  ['forward', 3, headers('request', 3, 4, 63)],
  ['wire', 4, headers('request', 3, 4, 63)],
  ['forward', 5, headers('request', 5, 7, 62)],
  ['bridge', 6, headers('request', 5, 7, 62)],
  ['veth', 7, headers('request', 5, 7, 62)],
  ['deliver', undefined, headers('request', 5, 7, 62)],
];
const REPLY: Step[] = [
  ['send', undefined, headers('reply', 7, 5, 64)],
  ['route', 7, headers('reply', 7, 5, 64)],
  ['veth', 6, headers('reply', 7, 5, 64)],
  ['bridge-up', 5, headers('reply', 7, 5, 64)],
  ['forward', 4, headers('reply', 4, 3, 63)],
  ['wire', 3, headers('reply', 4, 3, 63)],
  ['forward', 2, headers('reply', 2, 0, 62)],
  ['bridge', 1, headers('reply', 2, 0, 62)],
  ['veth', 0, headers('reply', 2, 0, 62)],
  ['deliver', undefined, headers('reply', 2, 0, 62)],
];

function hops(leg: 'request' | 'reply', steps: Step[], from: number): Hop[] {
  return steps.map(([action, d, h], i) => ({
    index: from + i,
    leg,
    node: 'node1',
    netns: 'node:node1' as NetnsId,
    ...(d === undefined ? {} : { device: DEVICES[d]?.id as DeviceId }),
    action,
    explain: { key: 'sim.hop.test', params: {} },
    headers: h,
    changes: [],
  }));
}

/** The simulated trace: web → api:8080 over host-gw, SYN then SYN-ACK, TTL 64 → 62. */
export const trace: Trace = {
  request: {
    from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
    to: { kind: 'pod', pod: 'default/api' as PodId },
    protocol: 'TCP',
    port: 8080,
  },
  outcome: { kind: 'delivered', reason: { key: 'sim.outcome.delivered', params: {} } },
  hops: [...hops('request', REQUEST, 0), ...hops('reply', REPLY, REQUEST.length)],
};

/** The kernel run that agrees with a trace: each crossing captured once, in order, the client port 51515. */
export function agreeingKernel(t: Trace = trace): KernelRun {
  const captures = new Map<DeviceId, CapturedPacket[]>();
  crossingsOf(t, network).forEach((c, i) => {
    const l4 = c.headers.l4;
    const real =
      l4?.kind === 'tcp'
        ? c.leg === 'request'
          ? { ...l4, sport: 51515 }
          : { ...l4, dport: 51515 }
        : l4;
    const h: Headers = { ...c.headers, ...(real ? { l4: real } : {}) };
    const list = captures.get(c.device) ?? [];
    list.push({ time: 1000 + i, headers: h, raw: '', ethertype: 'IPv4' });
    captures.set(c.device, list);
  });
  return { outcome: 'open', clientOutput: 'succeeded!', captures };
}

/** A copy of a trace with one hop's headers rewritten. */
export function withHop(t: Trace, index: number, edit: (h: Headers) => Headers): Trace {
  return {
    ...t,
    hops: t.hops.map((h) => (h.index === index ? { ...h, headers: edit(h.headers) } : h)),
  };
}
