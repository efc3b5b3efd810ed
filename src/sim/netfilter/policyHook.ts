/**
 * Where the CNI enforces NetworkPolicy on a node: the filter table's FORWARD hook, as kube-router
 * does on a Linux bridge. The bridge calls it for a frame entering cni0 from a pod's host veth (the
 * source pod's egress, `-m physdev --physdev-in veth…`) and for a frame it bridges out of a pod's
 * host veth (the destination pod's ingress, `--physdev-out`). A packet the node routes into cni0
 * never meets a physdev-out match (the bridge's own transmit path runs no iptables hook), so its
 * ingress is checked by destination address as the node forwards it (`routedIngress`).
 * FORWARD comes after PREROUTING: call the egress check once the nat table has DNATed a Service
 * address to its endpoint (w.headers.ip.dst is the pod), so selectors see the pod, not the ClusterIP.
 */
import { ex } from '../trace/explain';
import { decidePolicy, type PolicyFlow, type PolicyPeer } from './policy';
import { pushHop, stop, type LegEnd, type Walk } from '../trace/walkState';
import type { Device } from '../model/networkTypes';
import type { DeviceId, NetnsId, PodSpec } from '../model/types';
import type { Hop, PolicyDecision } from '../trace/traceTypes';

const Dir = { ingress: 'In', egress: 'Eg' } as const;

/** The pod (on the pod network) whose veth pair `hostVeth` is the node's end of. */
function podBehind(w: Walk, hostVeth: Device): PodSpec | undefined {
  const eth0 = hostVeth.peer ? w.idx.network.devices.get(hostVeth.peer) : undefined;
  const podId = eth0 ? w.idx.network.netns.get(eth0.netns)?.pod : undefined;
  return podId ? w.idx.pods.get(podId)?.spec : undefined;
}

/** What an address is to policy: a pod's, a node's own (hostNetwork pods included), or neither. */
function peerOf(w: Walk, ip: string): PolicyPeer {
  const owner = w.idx.network.ipOwner.get(ip as never);
  const ns = owner ? w.idx.network.netns.get(owner) : undefined;
  if (ns?.kind === 'node') return { ip, node: ns.node };
  const pod = ns?.pod ? w.idx.pods.get(ns.pod)?.spec : undefined;
  return pod ? { ip, pod } : { ip };
}

/** The packet as a policy's ports see it. */
function flowOf(w: Walk): PolicyFlow | undefined {
  const ip = w.headers.ip;
  if (!ip) return undefined;
  const l4 = w.headers.l4;
  const port = l4 && l4.kind !== 'icmp' ? l4.dport : undefined;
  return port === undefined ? { protocol: ip.protocol } : { protocol: ip.protocol, port };
}

/**
 * Whether the frame is bridged port to port (never routed by the node): entering cni0 for another
 * port's MAC, or leaving it with a pod's source MAC. Routed frames carry cni0's MAC on that side.
 */
function isBridged(w: Walk, point: 'egress' | 'ingress', hostVeth: Device): boolean {
  const bridge = hostVeth.master ? w.idx.network.devices.get(hostVeth.master) : undefined;
  const mac = point === 'egress' ? w.headers.eth?.dst : w.headers.eth?.src;
  return bridge !== undefined && mac !== undefined && mac !== bridge.mac;
}

/**
 * The NetworkPolicy decision at this point, or undefined when there is nothing to check (no pod
 * behind the port, not an IP packet). Replies of an allowed connection pass: the pod's chain
 * accepts conntrack ESTABLISHED before any policy rule. With bridge-nf-call-iptables off, a frame
 * bridged between two pods of the node never reaches iptables, so a deny cannot take effect.
 */
export function policyDecisionAt(
  w: Walk,
  point: 'egress' | 'ingress',
  hostVeth: Device,
  routed = false,
): PolicyDecision | undefined {
  const subject = podBehind(w, hostVeth);
  const flow = flowOf(w);
  const ip = w.headers.ip;
  if (!subject || !flow || !ip) return undefined;
  const other = peerOf(w, point === 'egress' ? ip.dst : ip.src);
  const d = decidePolicy(w.idx.cluster, point, subject, other, flow);
  const params = { pod: d.pod, policies: d.policies.join(', ') };
  if (w.leg === 'reply' && d.policies.length > 0) {
    const explain = ex(`sim.policy.established${Dir[point]}`, params);
    return { direction: point, pod: d.pod, policies: d.policies, allowed: true, explain };
  }
  const bridgeNf = w.idx.cluster.netfilter?.bridgeNfCallIptables ?? true;
  if (!d.allowed && !bridgeNf && !routed && isBridged(w, point, hostVeth))
    return { ...d, allowed: true, explain: ex(`sim.policy.bypassed${Dir[point]}`, params) };
  return d;
}

/** Records a decision on the last hop when that hop stands on `hostVeth` (where the check happens). */
function attach(w: Walk, hostVeth: Device, policy: PolicyDecision): void {
  const i = w.hops.length - 1;
  const last: Hop | undefined = w.hops[i];
  if (last?.device === hostVeth.id) w.hops[i] = { ...last, policy };
}

/**
 * Checks the pod behind `hostVeth` for `point`. Allowed: undefined, with the decision recorded on
 * the hop at that host veth when a policy isolates the pod. Denied: a 'policy-deny' hop on the host
 * veth carrying the decision, and the leg stops ('dropped', naming the policies).
 */
export function enforcePolicy(
  w: Walk,
  point: 'egress' | 'ingress',
  hostVeth: Device,
): LegEnd | undefined {
  // a routed packet was judged as the node forwarded it (routedIngress): physdev-out never sees it
  if (point === 'ingress' && w.nf.ingressJudged) {
    w.nf.ingressJudged = false;
    return undefined;
  }
  const d = policyDecisionAt(w, point, hostVeth);
  if (!d) return undefined;
  if (d.allowed) {
    if (d.policies.length > 0) attach(w, hostVeth, d);
    return undefined;
  }
  const node = w.idx.network.netns.get(hostVeth.netns)?.node ?? '';
  const params = { pod: d.pod, policies: d.policies.join(', '), dev: hostVeth.name, node };
  pushHop(
    w,
    {
      netns: hostVeth.netns,
      device: hostVeth.id,
      action: 'policy-deny',
      explain: ex(`sim.policy.hopDeny${Dir[point]}`, params),
    },
    w.headers,
  );
  attach(w, hostVeth, d);
  return stop('dropped', ex(`sim.policy.outcomeDeny${Dir[point]}`, params));
}

/** The host veth of the pod owning `dst` when that pod sits behind the bridge `out`. */
function hostVethFor(w: Walk, out: Device, dst: string): Device | undefined {
  const owner = w.idx.network.ipOwner.get(dst as never);
  const parts = owner ? w.idx.podNs.get(owner) : undefined;
  return parts && parts.hostVeth.master === out.id ? parts.hostVeth : undefined;
}

/**
 * Ingress policy for a packet node `netns` routes out of its bridge `out` to a pod behind it
 * (from another node, or hairpinned by the node): kube-router matches the destination address in
 * filter FORWARD (`-d <pod>/32 -j <pod's chain>`). Allowed: the decision to record on the forward
 * hop (when a policy isolates the pod). Denied: a `policy-deny` hop where the packet came in (the
 * node's eth0 or flannel.1: it is never seen on cni0 or the veth), and the leg stops.
 */
export function routedIngress(
  w: Walk,
  netns: NetnsId,
  out: Device,
  inDev: DeviceId | undefined,
): { readonly denied?: LegEnd; readonly allowed?: PolicyDecision } {
  const dst = w.headers.ip?.dst;
  const hostVeth = out.kind === 'bridge' && dst ? hostVethFor(w, out, dst) : undefined;
  const d = hostVeth ? policyDecisionAt(w, 'ingress', hostVeth, true) : undefined;
  if (!d) return {};
  w.nf.ingressJudged = true;
  if (d.allowed) return d.policies.length > 0 ? { allowed: d } : {};
  const node = w.idx.network.netns.get(netns)?.node ?? '';
  const dev = (inDev && w.idx.network.devices.get(inDev)?.name) || out.name;
  const params = { pod: d.pod, policies: d.policies.join(', '), dev, node, dst: dst ?? '' };
  pushHop(
    w,
    {
      netns,
      ...(inDev ? { device: inDev } : {}),
      action: 'policy-deny',
      explain: ex('sim.policy.hopDenyForward', params),
    },
    w.headers,
  );
  const i = w.hops.length - 1;
  const last = w.hops[i];
  if (last) w.hops[i] = { ...last, policy: d };
  return { denied: stop('dropped', ex('sim.policy.outcomeDenyIn', params)) };
}

/** Records an allowed routed-ingress decision on the hop just pushed (the node's forward hop). */
export function notePolicy(w: Walk, decision: PolicyDecision | undefined): void {
  const i = w.hops.length - 1;
  const last = w.hops[i];
  if (decision && last) w.hops[i] = { ...last, policy: decision };
}
