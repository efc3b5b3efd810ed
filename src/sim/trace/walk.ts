/** One leg of a trace: originate in a namespace, then route, resolve, bridge, forward and carry until it arrives. */
import { arpFails, arpHop, lookupNextHop } from '../link/arp';
import { bridgeFrame } from '../link/bridge';
import { devName, ex, routeText } from './explain';
import { isLocalTo, isLoopbackIp, loopbackHop } from '../link/loopback';
import { tooBigToSend } from '../ip/mtu';
import { isDefaultRoute, lookupRoute, nextHopOf, sourceFor } from '../ip/routing';
import { decrementTtl, ttlExpires } from '../ip/ttl';
import { crossVeth } from '../link/veth';
import { vxlanCarry } from '../overlay/vxlan';
import { MAX_HOPS, pushHop, stop, type LegEnd, type Walk } from './walkState';
import type { Device, Route } from '../model/networkTypes';
import type { NetIndex } from '../model/topology';
import type { DeviceId, Ipv4, NetnsId } from '../model/types';
import { cidrContains, parseCidr, parseIpv4 } from '../model/ipv4';
import {
  confirmConntrack,
  filterHook,
  natDestination,
  natInput,
  natSource,
} from '../netfilter/hooks';
import { DEFAULT_SERVICE_CIDR } from '../netfilter/serviceAddressing';
import { notePolicy, routedIngress } from '../netfilter/policyHook';

/** The source address a socket in `netns` gets when it sends to `dst` (fact 12). */
export function sourceAddress(idx: NetIndex, netns: NetnsId, dst: Ipv4): Ipv4 {
  if (isLoopbackIp(dst)) return '127.0.0.1' as Ipv4;
  if (idx.network.ipOwner.get(dst) === netns) return dst;
  const route = lookupRoute(idx.routes.get(netns) ?? [], dst);
  const dev = route ? idx.network.devices.get(route.dev) : undefined;
  return (route && dev ? sourceFor(route, dev) : undefined) ?? ('0.0.0.0' as Ipv4);
}

function dstOf(w: Walk): Ipv4 {
  return (w.headers.ip?.dst ?? '0.0.0.0') as Ipv4;
}

/** Whether an address lies in a range given as text. */
function within(cidr: string | undefined, ip: Ipv4): boolean {
  const c = cidr === undefined ? null : parseCidr(cidr);
  const n = parseIpv4(ip);
  return c !== null && n !== null && cidrContains(c, n);
}

/**
 * The gateway router forwards a packet by its default route to its upstream router, which nothing
 * in the simulation owns: the forward (TTL − 1; the MACs wait for ARP), then ARP for the upstream
 * goes unanswered and the gateway reports host unreachable to the sender, as the kernel does. The
 * outcome says why the packet went there: a pod address no node owns, a ClusterIP without a
 * matching rule, or an address beyond the simulation.
 */
function leaveUpstream(w: Walk, netns: NetnsId, dev: Device, route: Route): LegEnd {
  const dst = dstOf(w);
  const cluster = w.idx.cluster;
  const ip = w.headers.ip;
  const via = route.via ?? dst;
  const ttl = ip ? { ip: decrementTtl(ip) } : {};
  const params = { dst, dev: dev.name, via, cidr: cluster.clusterCidr, ttl: ttl.ip?.ttl ?? 0 };
  pushHop(
    w,
    { netns, device: dev.id, action: 'forward', explain: ex('sim.hop.forwardUpstream', params) },
    { ...w.headers, ...ttl },
  );
  const end = arpFails(w, dev, via);
  if (end.kind !== 'stop') return end;
  const key = within(cluster.clusterCidr, dst)
    ? 'sim.outcome.noPodCidr'
    : within(cluster.serviceCidr ?? DEFAULT_SERVICE_CIDR, dst)
      ? 'sim.outcome.serviceIpNoRule'
      : 'sim.outcome.leftToInternet';
  return { kind: 'stop', stop: { ...end.stop, reason: ex(key, params) } };
}

/** Sends a packet a socket just handed to the stack of `netns` (a node's passes nat and filter OUTPUT first). */
export function originate(w: Walk, netns: NetnsId): LegEnd {
  natDestination(w, netns, 'OUTPUT');
  const denied = filterHook(w, netns, 'OUTPUT');
  if (denied) return denied;
  const dst = dstOf(w);
  if (isLocalTo(w, netns, dst)) {
    const end = loopbackHop(w, netns);
    natInput(w, netns);
    return end;
  }
  const route = lookupRoute(w.idx.routes.get(netns) ?? [], dst);
  const dev = route ? w.idx.network.devices.get(route.dev) : undefined;
  if (!route || !dev) return stop('unreachable', ex('sim.outcome.noRoute', { ip: dst }));
  const params = { dst, route: routeText(w.idx, route), dev: dev.name, via: route.via ?? '' };
  const tooBig = tooBigToSend(w, dev, params.route);
  if (tooBig) return tooBig;
  confirmConntrack(w, netns);
  const nh = nextHopOf(route, dst);
  // the neighbour cache decides whether this namespace has to ask first (ARP) or knows the MAC
  const next = lookupNextHop(w, dev, nh);
  const key = route.via !== undefined ? 'sim.hop.routeGateway' : 'sim.hop.routeOnLink';
  const headers = next?.known
    ? { ...w.headers, eth: { src: dev.mac, dst: next.mac, type: 'IPv4' as const } }
    : w.headers;
  pushHop(w, { netns, device: dev.id, action: 'route', explain: ex(key, params) }, headers);
  if (!next) return arpFails(w, dev, nh);
  // POSTROUTING (masquerade) runs before the neighbour output that asks ARP (ip_finish_output2)
  natSource(w, netns, dev);
  if (!next.known) arpHop(w, dev, nh, next.mac);
  return transmit(w, dev, nh);
}

/** Moves the frame out of `dev` to wherever that link leads, then lets the next namespace decide. */
function transmit(w: Walk, dev: Device, nextHop: Ipv4): LegEnd {
  const idx = w.idx;
  // The frame either stopped, or landed in a namespace (the node's stack or a pod) that decides next.
  const afterBridge = (r: LegEnd | Device, via?: Device): LegEnd =>
    r.kind === 'stop' ? r : arrive(w, r.netns, 'id' in r ? r.id : via?.id);
  switch (dev.kind) {
    case 'veth-pod': {
      const host = crossVeth(w, dev);
      const bridge = host?.master ? idx.network.devices.get(host.master) : undefined;
      if (!host || !bridge) return stop('dropped', ex('sim.outcome.noBridge', { dev: dev.name }));
      return afterBridge(bridgeFrame(w, bridge, host), bridge);
    }
    case 'bridge':
      return afterBridge(bridgeFrame(w, dev, undefined), dev);
    case 'vxlan':
      return afterBridge(vxlanCarry(w, dev));
    case 'nic': {
      const id = idx.segments.get(dev.segment ?? '')?.get(nextHop);
      const remote = id ? idx.network.devices.get(id) : undefined;
      if (!remote) return arpFails(w, dev, nextHop);
      const ns = idx.network.netns.get(remote.netns);
      const key = ns?.kind === 'outside' ? WIRE_TO[remote.netns] : 'sim.hop.wire';
      pushHop(
        w,
        {
          netns: remote.netns,
          device: remote.id,
          action: 'wire',
          explain: ex(key ?? 'sim.hop.wire', {
            from: dev.mac,
            to: remote.mac,
            node: ns?.node ?? '',
            dev: remote.name,
          }),
        },
        w.headers,
      );
      return arrive(w, remote.netns, remote.id);
    }
    default:
      return stop('dropped', ex('sim.outcome.noRoute', { ip: dstOf(w) }));
  }
}

/**
 * A packet arrived in `netns` on `inDev`: a node's nat PREROUTING may rewrite its destination first;
 * then it is for this namespace, or a router forwards it (TTL-1, new MACs).
 */
function arrive(w: Walk, netns: NetnsId, inDev?: DeviceId): LegEnd {
  const idx = w.idx;
  if (!w.nf.prerouted) natDestination(w, netns, 'PREROUTING', inDev);
  w.nf.prerouted = false;
  const dst = dstOf(w);
  const ns = idx.network.netns.get(netns);
  if (isLocalTo(w, netns, dst)) return deliverLocal(w, netns);
  const ip = w.headers.ip;
  if (!ns?.ipForward || !ip || w.hops.length > MAX_HOPS) {
    pushHop(w, { netns, action: 'drop', explain: ex('sim.hop.dropNotMine', { dst }) }, w.headers);
    return stop('dropped', ex('sim.outcome.notMine', { ip: dst }));
  }
  const route = lookupRoute(idx.routes.get(netns) ?? [], dst);
  const dev = route ? idx.network.devices.get(route.dev) : undefined;
  if (!route || !dev) return stop('unreachable', ex('sim.outcome.noRoute', { ip: dst }));
  if (ttlExpires(ip)) {
    // dropped on input, before any output device: the frame never leaves this namespace
    pushHop(w, { netns, action: 'drop', explain: ex('sim.hop.dropTtl', { dst }) }, w.headers);
    const reason = ex('sim.outcome.ttlExpired', { ip: dst });
    // the router tells the sender (ICMP time exceeded), unless the packet is itself an answer
    if (w.leg === 'reply') return stop('dropped', reason);
    const icmpError = { netns, target: dst, error: 'time-exceeded' as const };
    return { kind: 'stop', stop: { outcome: 'dropped', reason, icmpError } };
  }
  if (isDefaultRoute(route) && ns.kind === 'outside') return leaveUpstream(w, netns, dev, route);
  const denied = filterHook(w, netns, 'FORWARD', inDev);
  if (denied) return denied;
  // NetworkPolicy on a packet routed to a pod of this node: FORWARD, by destination address
  const policy = routedIngress(w, netns, dev, inDev);
  if (policy.denied) return policy.denied;
  // past FORWARD the packet reaches POSTROUTING, which confirms its conntrack entry, ARP or not
  confirmConntrack(w, netns);
  const nh = nextHopOf(route, dst);
  const next = lookupNextHop(w, dev, nh);
  const mac = next?.mac;
  const ttl = decrementTtl(ip);
  // a MAC the cache does not hold yet is written by the ARP hop that follows
  const eth = next?.known ? { eth: { src: dev.mac, dst: next.mac, type: 'IPv4' as const } } : {};
  pushHop(
    w,
    {
      netns,
      device: dev.id,
      action: 'forward',
      explain: ex(forwardKey(w, dev, route, next?.known ?? true), {
        node: ns.node,
        dst,
        route: routeText(idx, route),
        dev: devName(idx, dev.id),
        ttl: ttl.ttl,
        mac: mac ?? '',
        cidr: idx.cluster.clusterCidr,
      }),
    },
    { ...w.headers, ip: ttl, ...eth },
  );
  notePolicy(w, policy.allowed);
  if (!next) return arpFails(w, dev, nh);
  // POSTROUTING (masquerade) runs before the neighbour output that asks ARP (ip_finish_output2)
  natSource(w, netns, dev);
  if (!next.known) arpHop(w, dev, nh, next.mac);
  return transmit(w, dev, nh);
}

/**
 * How a router's forwarding is told: to another node, into the overlay, to the gateway with a pod
 * address no node owns, or to a next hop whose MAC the cache does not hold yet (`known` false).
 */
function forwardKey(w: Walk, dev: Device, route: Route, known: boolean): `sim.${string}` {
  if (dev.kind === 'vxlan') return 'sim.hop.forwardVxlan';
  if (isDefaultRoute(route) && within(w.idx.cluster.clusterCidr, dstOf(w)))
    return 'sim.hop.forwardNoPodCidr';
  return known ? 'sim.hop.forward' : 'sim.hop.forwardArp';
}

/** The wire hop's sentence for each outside host. */
const WIRE_TO: Readonly<Record<string, `sim.${string}`>> = {
  'outside:client': 'sim.hop.wireToClient',
  'outside:gateway': 'sim.hop.wireToGateway',
  'outside:internet': 'sim.hop.wireToInternet',
};

/**
 * The packet is for this namespace: a node's filter INPUT may still drop it (kube-proxy), a reply
 * is un-DNATed at INPUT, and a pod drops a packet claiming its own address as the source (martian).
 */
function deliverLocal(w: Walk, netns: NetnsId): LegEnd {
  const ns = w.idx.network.netns.get(netns);
  const denied = filterHook(w, netns, 'INPUT');
  if (denied) return denied;
  natInput(w, netns);
  const src = w.headers.ip?.src;
  if (ns?.kind === 'pod' && src !== undefined && w.idx.network.ipOwner.get(src) === netns) {
    pushHop(
      w,
      { netns, action: 'drop', explain: ex('sim.hop.dropMartian', { src, pod: ns.pod ?? '' }) },
      w.headers,
    );
    return stop('dropped', ex('sim.outcome.martian', { src }));
  }
  return { kind: 'local', netns };
}
