/** One leg of a trace: originate in a namespace, then route, resolve, bridge, forward and carry until it arrives. */
import { arpFails, arpHop, resolveNeighbour } from '../link/arp';
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
import type { Ipv4, NetnsId } from '../model/types';

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

function gatewayDrop(w: Walk, dev: Device, route: Route): LegEnd {
  const dst = dstOf(w);
  pushHop(
    w,
    {
      netns: dev.netns,
      device: dev.id,
      action: 'drop',
      explain: ex('sim.hop.dropGateway', { dst, gw: route.via ?? '', dev: dev.name }),
    },
    w.headers,
  );
  return stop('dropped', ex('sim.outcome.leftCluster', { ip: dst }));
}

/** Sends a packet a socket just handed to the stack of `netns`. */
export function originate(w: Walk, netns: NetnsId): LegEnd {
  const dst = dstOf(w);
  if (isLocalTo(w, netns, dst)) return loopbackHop(w, netns);
  const route = lookupRoute(w.idx.routes.get(netns) ?? [], dst);
  const dev = route ? w.idx.network.devices.get(route.dev) : undefined;
  if (!route || !dev) return stop('unreachable', ex('sim.outcome.noRoute', { ip: dst }));
  const params = { dst, route: routeText(w.idx, route), dev: dev.name, via: route.via ?? '' };
  const tooBig = tooBigToSend(w, dev, params.route);
  if (tooBig) return tooBig;
  const isNode = w.idx.network.netns.get(netns)?.kind === 'node';
  if (isDefaultRoute(route) && isNode) {
    pushHop(
      w,
      { netns, device: dev.id, action: 'route', explain: ex('sim.hop.routeGateway', params) },
      w.headers,
    );
    return gatewayDrop(w, dev, route);
  }
  const nh = nextHopOf(route, dst);
  const mac = resolveNeighbour(w, dev, nh);
  const showArp = w.leg === 'request' && dev.kind !== 'vxlan';
  const key = route.via !== undefined ? 'sim.hop.routeGateway' : 'sim.hop.routeOnLink';
  const headers =
    mac && !showArp
      ? { ...w.headers, eth: { src: dev.mac, dst: mac, type: 'IPv4' as const } }
      : w.headers;
  pushHop(w, { netns, device: dev.id, action: 'route', explain: ex(key, params) }, headers);
  if (!mac) return arpFails(w, dev, nh);
  if (showArp) arpHop(w, dev, nh, mac);
  return transmit(w, dev, nh);
}

/** Moves the frame out of `dev` to wherever that link leads, then lets the next namespace decide. */
function transmit(w: Walk, dev: Device, nextHop: Ipv4): LegEnd {
  const idx = w.idx;
  // The frame either stopped, or landed in a namespace (the node's stack or a pod) that decides next.
  const afterBridge = (r: LegEnd | Device): LegEnd => (r.kind === 'stop' ? r : arrive(w, r.netns));
  switch (dev.kind) {
    case 'veth-pod': {
      const host = crossVeth(w, dev);
      const bridge = host?.master ? idx.network.devices.get(host.master) : undefined;
      if (!host || !bridge) return stop('dropped', ex('sim.outcome.noBridge', { dev: dev.name }));
      return afterBridge(bridgeFrame(w, bridge, host));
    }
    case 'bridge':
      return afterBridge(bridgeFrame(w, dev, undefined));
    case 'vxlan':
      return afterBridge(vxlanCarry(w, dev));
    case 'nic': {
      const name = idx.nodeByIp.get(nextHop);
      const remote = name ? idx.nodes.get(name) : undefined;
      if (!remote) return arpFails(w, dev, nextHop);
      pushHop(
        w,
        {
          netns: remote.net.netns,
          device: remote.devs.eth0.id,
          action: 'wire',
          explain: ex('sim.hop.wire', {
            from: dev.mac,
            to: remote.devs.eth0.mac,
            node: name ?? '',
          }),
        },
        w.headers,
      );
      return arrive(w, remote.net.netns);
    }
    default:
      return stop('dropped', ex('sim.outcome.noRoute', { ip: dstOf(w) }));
  }
}

/** A packet arrived in `netns`: it is for this namespace, or a node forwards it (TTL-1, new MACs). */
function arrive(w: Walk, netns: NetnsId): LegEnd {
  const idx = w.idx;
  const dst = dstOf(w);
  if (isLocalTo(w, netns, dst)) return { kind: 'local', netns };
  const ns = idx.network.netns.get(netns);
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
  if (isDefaultRoute(route)) return gatewayDrop(w, dev, route);
  const nh = nextHopOf(route, dst);
  const mac = resolveNeighbour(w, dev, nh);
  const ttl = decrementTtl(ip);
  const eth = mac ? { eth: { src: dev.mac, dst: mac, type: 'IPv4' as const } } : {};
  pushHop(
    w,
    {
      netns,
      device: dev.id,
      action: 'forward',
      explain: ex(dev.kind === 'vxlan' ? 'sim.hop.forwardVxlan' : 'sim.hop.forward', {
        node: ns.node,
        dst,
        route: routeText(idx, route),
        dev: devName(idx, dev.id),
        ttl: ttl.ttl,
        mac: mac ?? '',
      }),
    },
    { ...w.headers, ip: ttl, ...eth },
  );
  if (!mac) return arpFails(w, dev, nh);
  return transmit(w, dev, nh);
}
