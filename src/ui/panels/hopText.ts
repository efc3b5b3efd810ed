/** Short texts naming where a hop happens, shared by the inspector, event list and announcer. */
import type { Hop, Network } from '../../sim';

/** A device's interface name, or its id when the network does not know it. */
export function deviceLabel(network: Network, hop: Hop): string {
  if (!hop.device) return '';
  return network.devices.get(hop.device)?.name ?? hop.device;
}

/** Where a hop happens in a few words: "web/eth0", "node1/cni0", or "api/api" for a socket step. */
export function hopPlace(network: Network, hop: Hop): string {
  const ns = network.netns.get(hop.netns);
  const owner = ns?.kind === 'pod' && ns.pod ? (ns.pod.split('/')[1] ?? ns.pod) : hop.node;
  const what = deviceLabel(network, hop) || hop.container;
  return what ? `${owner}/${what}` : owner;
}
