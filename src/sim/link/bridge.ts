/** The cni0 bridge: forwards frames between its ports by destination MAC, or hands them up to the node's stack; with bridge-nf-call-iptables its frames pass netfilter too. */
import { ex } from '../trace/explain';
import { crossVeth } from './veth';
import { resolveNeighbour } from './arp';
import { enforcePolicy } from '../netfilter/policyHook';
import { natDestination, natSource } from '../netfilter/hooks';
import { netfilterSettings } from '../netfilter/nodeTables';
import { lookupRoute } from '../ip/routing';
import { pushHop, stop, type LegEnd, type Walk } from '../trace/walkState';
import type { Device } from '../model/networkTypes';
import type { Mac } from '../model/types';

/**
 * br_netfilter on a frame from a pod's port: nat PREROUTING runs on the bridge. When it rewrote the
 * destination of a frame sent to cni0 and the new address sits behind this same bridge, the frame
 * is bridged straight there ("bridged DNAT"): the node looks up the neighbour's MAC, the source MAC
 * and the TTL stay the pod's.
 */
function bridgeNetfilter(w: Walk, bridge: Device): Mac | undefined {
  const before = w.headers.ip?.dst;
  natDestination(w, bridge.netns, 'PREROUTING', bridge.id);
  w.nf.prerouted = true;
  const ip = w.headers.ip;
  const eth = w.headers.eth;
  if (!ip || !eth || ip.dst === before || eth.dst !== bridge.mac) return undefined;
  if (w.idx.network.ipOwner.get(ip.dst) === bridge.netns) return undefined;
  const route = lookupRoute(w.idx.routes.get(bridge.netns) ?? [], ip.dst);
  if (route?.dev !== bridge.id || route.via !== undefined) return undefined;
  return resolveNeighbour(w, bridge, ip.dst);
}

/** The sentence for a bridged frame: from a port or from the node, back out of its own port (hairpin), after bridged DNAT. */
function bridgeKey(fromPort: boolean, hairpin: boolean, dnat: boolean): `sim.${string}` {
  if (!fromPort) return 'sim.hop.bridgeFromNode';
  if (hairpin) return 'sim.hop.bridgeHairpin';
  return dnat ? 'sim.hop.bridgeDnat' : 'sim.hop.bridge';
}

/** What happens to a frame entering the bridge: up to the node (its own MAC) or out of the port that owns the MAC. */
export function bridgeFrame(w: Walk, bridge: Device, from: Device | undefined): LegEnd | Device {
  const brnf = from !== undefined && netfilterSettings(w.idx).bridgeNf;
  // filter FORWARD, where the policy CNI checks, comes after nat PREROUTING: it sees the endpoint
  const dnatMac = brnf ? bridgeNetfilter(w, bridge) : undefined;
  if (from) {
    const denied = enforcePolicy(w, 'egress', from);
    if (denied) return denied;
  }
  const eth = w.headers.eth;
  const dst = dnatMac ?? eth?.dst;
  if (dst === bridge.mac && from) {
    pushHop(
      w,
      {
        netns: bridge.netns,
        device: bridge.id,
        action: 'bridge-up',
        explain: ex('sim.hop.bridgeUp', { mac: dst, port: from.name }),
      },
      w.headers,
    );
    return { kind: 'local', netns: bridge.netns };
  }
  w.nf.prerouted = false;
  const portId = dst ? w.idx.bridgePorts.get(bridge.id)?.get(dst) : undefined;
  const port = portId ? w.idx.network.devices.get(portId) : undefined;
  if (!port) return stop('dropped', ex('sim.outcome.bridgeUnknownMac', { mac: dst ?? '' }));
  if (from && port.id === from.id && !netfilterSettings(w.idx).hairpin) {
    pushHop(
      w,
      {
        netns: bridge.netns,
        device: from.id,
        action: 'drop',
        explain: ex('sim.hop.dropHairpinOff', { port: from.name, mac: dst ?? '' }),
      },
      w.headers,
    );
    return stop('dropped', ex('sim.outcome.hairpinOff', { port: from.name }));
  }
  pushHop(
    w,
    {
      netns: bridge.netns,
      device: port.id,
      action: 'bridge',
      explain: ex(bridgeKey(from !== undefined, from?.id === port.id, dnatMac !== undefined), {
        mac: dst ?? '',
        port: port.name,
        from: from?.name ?? bridge.name,
        dst: w.headers.ip?.dst ?? '',
      }),
    },
    dnatMac && eth ? { ...w.headers, eth: { ...eth, dst: dnatMac } } : w.headers,
  );
  const denied = enforcePolicy(w, 'ingress', port);
  if (denied) return denied;
  if (brnf) natSource(w, bridge.netns, port, bridge);
  return (
    crossVeth(w, port) ?? stop('dropped', ex('sim.outcome.bridgeUnknownMac', { mac: dst ?? '' }))
  );
}
