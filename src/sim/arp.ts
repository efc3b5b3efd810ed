/** ARP: which MAC answers for a next-hop address on a link, and the ARP hop a sender shows the first time. */
import { ex } from './explain';
import { BROADCAST_MAC } from './macs';
import { pushHop, stop, type LegEnd, type Walk } from './walkState';
import type { Device } from './networkTypes';
import type { Ipv4, Mac } from './types';

/** Who answers ARP for `ip` on the link of `dev` (pod eth0 and cni0 share the node's bridge; eth0 the node network; flannel.1 has permanent entries). */
export function resolveNeighbour(w: Walk, dev: Device, ip: Ipv4): Mac | undefined {
  const idx = w.idx;
  const node = idx.network.netns.get(dev.netns)?.node ?? '';
  const own = idx.nodes.get(node);
  switch (dev.kind) {
    case 'veth-pod':
    case 'bridge': {
      const owner = idx.network.ipOwner.get(ip);
      // arp_ignore=0: the node answers on cni0 for any of its addresses (cni0's .1, flannel.1's .0).
      if (own && dev.kind === 'veth-pod' && owner === own.net.netns) return own.devs.cni0.mac;
      const pod = owner ? idx.podNs.get(owner) : undefined;
      if (!pod || pod.hostVeth.netns !== own?.net.netns) return undefined;
      return pod.eth0.mac;
    }
    case 'nic': {
      const other = idx.nodeByIp.get(ip);
      return other ? idx.nodes.get(other)?.devs.eth0.mac : undefined;
    }
    case 'vxlan':
      return idx.neighbours.get(dev.id)?.get(ip);
    default:
      return undefined;
  }
}

/**
 * The address an ARP request says "tell": the packet's source when this namespace owns it (a packet
 * it originates), else the address of the device asking (a node forwarding someone else's packet;
 * arp_solicit with arp_announce 0).
 */
export function arpSender(w: Walk, dev: Device): Ipv4 {
  const src = w.headers.ip?.src;
  if (src !== undefined && w.idx.network.ipOwner.get(src) === dev.netns) return src;
  return (dev.ip ?? src ?? '') as Ipv4;
}

/** The ARP hop: who-has `target` tell `sender`, answered with `mac`; the frame gets its Ethernet header. */
export function arpHop(w: Walk, dev: Device, target: Ipv4, mac: Mac): void {
  const sender = arpSender(w, dev);
  pushHop(
    w,
    {
      netns: dev.netns,
      device: dev.id,
      action: 'arp',
      explain: ex(dev.kind === 'nic' ? 'sim.hop.arpNode' : 'sim.hop.arp', {
        target,
        sender,
        mac,
        dev: dev.name,
      }),
    },
    {
      ...w.headers,
      eth: { src: dev.mac, dst: mac, type: 'IPv4' },
      arp: { op: 'reply', targetIp: target, senderIp: sender, senderMac: dev.mac, targetMac: mac },
    },
  );
}

/** The ARP request nobody answers: the kernel gives up, drops the packet and (on a request) reports an ICMP host unreachable. */
export function arpFails(w: Walk, dev: Device, target: Ipv4): LegEnd {
  const sender = arpSender(w, dev);
  pushHop(
    w,
    {
      netns: dev.netns,
      device: dev.id,
      action: 'arp',
      explain: ex('sim.hop.arpFailed', { target, sender, dev: dev.name }),
    },
    {
      ...w.headers,
      eth: { src: dev.mac, dst: BROADCAST_MAC, type: 'ARP' },
      arp: { op: 'request', targetIp: target, senderIp: sender, senderMac: dev.mac },
    },
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
