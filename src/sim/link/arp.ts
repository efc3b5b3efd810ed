/**
 * ARP: who answers for a next-hop address on a link, whether the namespace's neighbour cache
 * already knows it, and the request/reply exchange (filling both caches) when it does not.
 */
import { ex } from '../trace/explain';
import { BROADCAST_MAC, LOOPBACK_MAC } from '../model/macs';
import { pushHop, stop, type LegEnd, type Walk } from '../trace/walkState';
import type { Device } from '../model/networkTypes';
import type { ArpExchange, ArpFrame } from '../trace/traceTypes';
import type { DeviceId, Ipv4, Mac } from '../model/types';

/** The all-zero MAC an ARP request carries as its target: the very thing it asks for. */
const UNKNOWN_MAC = LOOPBACK_MAC;

/** The device whose owner answers ARP for `ip` on the link of `dev` (pod eth0 and cni0 share the node's bridge; eth0 the node network). */
export function arpAnswerer(w: Walk, dev: Device, ip: Ipv4): Device | undefined {
  const idx = w.idx;
  const node = idx.network.netns.get(dev.netns)?.node ?? '';
  const own = idx.nodes.get(node);
  switch (dev.kind) {
    case 'veth-pod':
    case 'bridge': {
      const owner = idx.network.ipOwner.get(ip);
      // arp_ignore=0: the node answers on cni0 for any of its addresses (cni0's .1, flannel.1's .0).
      if (own && dev.kind === 'veth-pod' && owner === own.net.netns) return own.devs.cni0;
      const pod = owner ? idx.podNs.get(owner) : undefined;
      if (!pod || pod.hostVeth.netns !== own?.net.netns) return undefined;
      return pod.eth0;
    }
    case 'nic': {
      const id = idx.segments.get(dev.segment ?? '')?.get(ip);
      return id ? idx.network.devices.get(id) : undefined;
    }
    default:
      return undefined;
  }
}

/** Which MAC answers for `ip` on the link of `dev`: ARP's answerer, or flannel.1's permanent entries. */
export function resolveNeighbour(w: Walk, dev: Device, ip: Ipv4): Mac | undefined {
  if (dev.kind === 'vxlan') return w.idx.neighbours.get(dev.id)?.get(ip);
  return arpAnswerer(w, dev, ip)?.mac;
}

/** How a packet going out of a device learns the next hop's MAC. */
export interface NextHopMac {
  /** The MAC. */
  readonly mac: Mac;
  /** Known without asking (a permanent entry, the cache, or a warm scenario); else ARP asks first. */
  readonly known: boolean;
}

/**
 * The neighbour lookup a send does (neigh_resolve_output): flannel.1's permanent entries, then the
 * namespace's cache (a STALE entry used enters DELAY), else an ARP exchange is needed, answered by
 * whoever owns the address on the link. Undefined when nobody owns it (ARP will fail).
 */
export function lookupNextHop(w: Walk, dev: Device, ip: Ipv4): NextHopMac | undefined {
  if (dev.kind === 'vxlan') {
    const mac = w.idx.neighbours.get(dev.id)?.get(ip);
    return mac ? { mac, known: true } : undefined;
  }
  const cached = w.nb.mode === 'cold' ? w.nb.lookup(dev.id, ip) : undefined;
  if (cached?.mac !== undefined) {
    w.nb.use(dev.id, ip);
    return { mac: cached.mac, known: true };
  }
  const mac = arpAnswerer(w, dev, ip)?.mac;
  return mac ? { mac, known: w.nb.mode === 'warm' } : undefined;
}

/**
 * The address an ARP request says "tell": the packet's source when this namespace owns it (a packet
 * it originates, or the outer source of one it encapsulated), else the address of the device asking
 * (a node forwarding someone else's packet; arp_solicit with arp_announce 0).
 */
export function arpSender(w: Walk, dev: Device): Ipv4 {
  const src = w.headers.outer?.ip.src ?? w.headers.ip?.src;
  if (src !== undefined && w.idx.network.ipOwner.get(src) === dev.netns) return src;
  return (dev.ip ?? src ?? '') as Ipv4;
}

/**
 * The devices a broadcast out of `dev` reaches, in network order: on a node's bridge every pod eth0
 * behind it and cni0 itself (never the asker); on an Ethernet segment every other NIC on it (the
 * nodes, then the client and the gateway on the node network).
 */
export function broadcastReach(w: Walk, dev: Device): DeviceId[] {
  const idx = w.idx;
  const bridge = dev.kind === 'bridge' ? dev.id : idx.podNs.get(dev.netns)?.hostVeth.master;
  const out: DeviceId[] = [];
  for (const d of idx.network.devices.values()) {
    if (d.id === dev.id) continue;
    if (
      dev.kind === 'nic'
        ? d.kind === 'nic' && d.segment === dev.segment
        : d.id === bridge || onBridge(w, d, bridge)
    )
      out.push(d.id);
  }
  return out;
}

function onBridge(w: Walk, d: Device, bridge: DeviceId | undefined): boolean {
  return d.kind === 'veth-pod' && w.idx.podNs.get(d.netns)?.hostVeth.master === bridge;
}

/** The broadcast who-has `target` that `dev` sends, saying "tell `sender`". */
function requestFrame(dev: Device, target: Ipv4, sender: Ipv4): ArpFrame {
  return {
    eth: { src: dev.mac, dst: BROADCAST_MAC, type: 'ARP' },
    arp: {
      op: 'request',
      senderMac: dev.mac,
      senderIp: sender,
      targetMac: UNKNOWN_MAC,
      targetIp: target,
    },
  };
}

/** The unicast is-at that the owner of `target` (`by`) sends back to the asker. */
function replyFrame(by: Device, target: Ipv4, asker: Device, sender: Ipv4): ArpFrame {
  return {
    eth: { src: by.mac, dst: asker.mac, type: 'ARP' },
    arp: {
      op: 'reply',
      senderMac: by.mac,
      senderIp: target,
      targetMac: asker.mac,
      targetIp: sender,
    },
  };
}

/** The sentence of an ARP hop: a sender's, a forwarding node's, or a VXLAN underlay's. */
function arpKey(w: Walk, dev: Device, sender: Ipv4): `sim.${string}` {
  if (w.headers.outer) return 'sim.hop.arpUnderlay';
  if (w.headers.ip?.src !== sender) return 'sim.hop.arpForward';
  return dev.kind === 'nic' ? 'sim.hop.arpExchangeNode' : 'sim.hop.arpExchange';
}

/**
 * The ARP hop: who-has `target` tell the sender, answered by the owner's device; the packet gets its
 * Ethernet header (an encapsulated one keeps the outer header it has). Both caches learn: the asker
 * the answer (REACHABLE), the owner the asker (STALE, from the request it answered).
 */
export function arpHop(w: Walk, dev: Device, target: Ipv4, mac: Mac): void {
  const sender = arpSender(w, dev);
  const by = arpAnswerer(w, dev, target);
  w.nb.answered(dev.netns, dev.id, target, mac);
  if (by) w.nb.heardFrom(by.netns, by.id, sender, dev.mac);
  const arp: ArpExchange = {
    request: requestFrame(dev, target, sender),
    ...(by ? { reply: replyFrame(by, target, dev, sender), answeredBy: by.id } : {}),
    reached: broadcastReach(w, dev),
  };
  pushHop(
    w,
    {
      netns: dev.netns,
      device: dev.id,
      action: 'arp',
      explain: ex(arpKey(w, dev, sender), { target, sender, mac, dev: dev.name }),
      arp,
    },
    w.headers.outer ? w.headers : { ...w.headers, eth: { src: dev.mac, dst: mac, type: 'IPv4' } },
  );
}

/** The ARP request nobody answers: the kernel gives up, drops the packet and (on a request) reports an ICMP host unreachable. */
export function arpFails(w: Walk, dev: Device, target: Ipv4): LegEnd {
  const sender = arpSender(w, dev);
  w.nb.failed(dev.netns, dev.id, target);
  pushHop(
    w,
    {
      netns: dev.netns,
      device: dev.id,
      action: 'arp',
      explain: ex('sim.hop.arpFailed', { target, sender, dev: dev.name }),
      arp: { request: requestFrame(dev, target, sender), reached: broadcastReach(w, dev) },
    },
    w.headers,
  );
  pushHop(
    w,
    {
      netns: dev.netns,
      device: dev.id,
      action: 'drop',
      explain: ex('sim.hop.dropArp', { target }),
    },
    w.headers,
  );
  const reason = ex('sim.outcome.hostUnreachable', { ip: target });
  // the kernel that gave up reports it to the sender, unless the packet is itself an answer
  if (w.leg === 'reply') return stop('unreachable', reason);
  return {
    kind: 'stop',
    stop: { outcome: 'unreachable', reason, icmpError: { netns: dev.netns, target } },
  };
}
