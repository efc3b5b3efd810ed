/** The Linux commands a learner can type in a namespace, each with what it prints there. */
import { bridgeFdbShow } from './bridgeFdb';
import { ipBriefAddr } from './ipBriefAddr';
import { ipLinkShowVxlan } from './ipLinkVxlan';
import { ipNeigh, permanentNeighbours, type NeighbourRow } from './ipNeigh';
import { ipRoute } from './ipRoute';
import { ssListenTcp } from './ssListen';
import type { Network } from '../model/networkTypes';
import type { NetnsId } from '../model/types';

/** One command and its output. */
export interface LinuxView {
  /** The command as typed, e.g. "ip -br addr". */
  readonly command: string;
  /** What it prints, line by line with their trailing spaces, as iproute2 / ss print them. */
  readonly output: string;
}

/** What the views may know beyond the network: neighbour caches once something fills them. */
export interface LinuxViewOptions {
  /** The neighbour entries to show; default: the permanent ones the model programs. */
  readonly neighbours?: readonly NeighbourRow[];
  /** The listen backlog `ss` shows as Send-Q; default SOMAXCONN (see ssListen). */
  readonly backlog?: number;
}

/**
 * The commands for a namespace, in the order a learner would look: addresses, routes, neighbours,
 * the bridge's FDB and the VXLAN device (only where they exist: a node's cni0 and flannel.1), and
 * the listening TCP sockets. Empty for an unknown namespace.
 */
export function linuxViews(
  network: Network,
  netns: NetnsId,
  options: LinuxViewOptions = {},
): LinuxView[] {
  if (!network.netns.has(netns)) return [];
  const views: LinuxView[] = [
    { command: 'ip -br addr', output: ipBriefAddr(network, netns) },
    { command: 'ip route', output: ipRoute(network, netns) },
    {
      command: 'ip neigh',
      output: ipNeigh(network, options.neighbours ?? permanentNeighbours(network, netns)),
    },
  ];
  const fdb = bridgeFdbShow(network, netns);
  if (fdb !== null) views.push({ command: 'bridge fdb show br cni0', output: fdb });
  const vxlan = ipLinkShowVxlan(network, netns);
  if (vxlan !== null) views.push({ command: 'ip -d link show flannel.1', output: vxlan });
  views.push({ command: 'ss -ltn', output: ssListenTcp(network, netns, options.backlog) });
  return views;
}
