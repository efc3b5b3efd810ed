/** Plausible wrong answers from the same cluster: the other node, the bridge instead of the route, the TTL unchanged … */
import { deviceIdOf, nodeNetnsId, type Hop, type Network, type Trace } from '../../sim';
import type { QuestionKind } from '../types';
import { BROADCAST_MAC, LOOPBACK_IP, ZERO_MAC } from './labels';
import { decisionHop } from './truth';

/** The last hop of the request leg (where the packet was headed). */
function lastRequestHop(trace: Trace): Hop | undefined {
  let last: Hop | undefined;
  for (const h of trace.hops) if (h.leg === 'request') last = h;
  return last;
}

/** Devices a learner might pick instead: the same one on the other node, cni0 instead of eth0, lo instead of eth0, staying put, skipping ahead. */
function devices(net: Network, trace: Trace, hop: number): string[] {
  const h = trace.hops[hop];
  if (!h?.device) return [];
  const name = net.devices.get(h.device)?.name ?? '';
  const here = nodeNetnsId(h.node);
  const out: string[] = [];
  if (net.netns.get(h.netns)?.kind === 'node')
    for (const n of net.nodes) if (n.name !== h.node) out.push(deviceIdOf(n.netns, name));
  out.push(deviceIdOf(here, 'cni0'), deviceIdOf(here, 'eth0'), deviceIdOf(here, 'flannel.1'));
  out.push(deviceIdOf(h.netns, 'lo'), deviceIdOf(h.netns, 'eth0'));
  const prev = trace.hops[hop - 1]?.device;
  if (prev) out.push(prev);
  const end = lastRequestHop(trace);
  if (end) out.push(deviceIdOf(end.netns, 'eth0'), deviceIdOf(end.netns, 'lo'));
  return out.filter((id) => net.devices.has(id as never));
}

/** Addresses a learner might pick instead: unchanged from before, the far node's own address, the other end, the gateway, loopback. */
function ips(net: Network, trace: Trace, hop: number, field: 'src' | 'dst'): string[] {
  const h = trace.hops[hop];
  const out: string[] = [];
  const prev = trace.hops[hop - 1]?.headers.ip?.[field];
  if (prev) out.push(prev);
  const endNode = net.nodes.find((n) => n.name === lastRequestHop(trace)?.node);
  if (endNode) out.push(endNode.ip);
  const other = h?.headers.ip?.[field === 'src' ? 'dst' : 'src'];
  if (other) out.push(other);
  const node = net.nodes.find((n) => n.name === h?.node);
  if (node) out.push(node.bridgeIp, node.ip);
  for (const n of net.nodes) if (n !== node) out.push(n.ip);
  // where NAT rewrites an address, any pod might be the one picked: the Service's other endpoints among them
  if (h && (h.action === 'dnat' || h.action === 'snat' || h.action === 'unnat'))
    for (const p of net.pods) out.push(p.ip);
  out.push(LOOPBACK_IP);
  return out;
}

/** MACs a learner might pick instead: unchanged, the final pod's, the gateway's, the other end's, a node's, lo's, broadcast. */
function macs(net: Network, trace: Trace, hop: number, field: 'src' | 'dst'): string[] {
  const h = trace.hops[hop];
  const out: string[] = [];
  const prev = trace.hops[hop - 1]?.headers.eth?.[field];
  if (prev) out.push(prev);
  const end = lastRequestHop(trace);
  const endPod = net.pods.find((p) => p.netns === end?.netns);
  if (endPod) out.push(endPod.mac);
  const here = h ? nodeNetnsId(h.node) : undefined;
  if (here) out.push(net.devices.get(deviceIdOf(here, 'cni0'))?.mac ?? '');
  const other = h?.headers.eth?.[field === 'src' ? 'dst' : 'src'];
  if (other) out.push(other);
  if (here) out.push(net.devices.get(deviceIdOf(here, 'eth0'))?.mac ?? '');
  for (const n of net.nodes) out.push(net.devices.get(deviceIdOf(n.netns, 'eth0'))?.mac ?? '');
  out.push(ZERO_MAC, BROADCAST_MAC);
  return out;
}

/** TTLs a learner might pick instead: unchanged from before, one less, one more, the initial 64. */
function ttls(trace: Trace, hop: number): string[] {
  const t = trace.hops[hop]?.headers.ip?.ttl;
  if (t === undefined) return [];
  const prev = trace.hops[hop - 1]?.headers.ip?.ttl;
  return [prev, t - 1, t + 1, 64, t - 2]
    .filter((x): x is number => x !== undefined && x >= 1 && x <= 255)
    .map(String);
}

/** Outcomes a learner might pick instead (only asked at the deciding hop). */
function outcomes(trace: Trace, hop: number): string[] {
  return hop === decisionHop(trace) ? ['delivered', 'refused', 'dropped', 'unreachable'] : [];
}

/**
 * Candidate wrong answers for a kind of question at a hop, most plausible first, without duplicates
 * and without the true answer (so each one is wrong by the trace itself).
 */
export function distractors(
  net: Network,
  trace: Trace,
  hop: number,
  kind: QuestionKind,
  truth: string,
): string[] {
  const raw =
    kind === 'device'
      ? devices(net, trace, hop)
      : kind === 'srcIp' || kind === 'dstIp'
        ? ips(net, trace, hop, kind === 'srcIp' ? 'src' : 'dst')
        : kind === 'srcMac' || kind === 'dstMac'
          ? macs(net, trace, hop, kind === 'srcMac' ? 'src' : 'dst')
          : kind === 'ttl'
            ? ttls(trace, hop)
            : kind === 'encapsulated' || kind === 'arp'
              ? ['yes', 'no']
              : outcomes(trace, hop);
  return [...new Set(raw)].filter((x) => x !== '' && x !== truth);
}
