/** The cni0 bridge: forwards frames between its ports by destination MAC, or hands them up to the node's stack. */
import { ex } from '../trace/explain';
import { crossVeth } from './veth';
import { pushHop, stop, type LegEnd, type Walk } from '../trace/walkState';
import type { Device } from '../model/networkTypes';

/** What happens to a frame entering the bridge: up to the node (its own MAC) or out of the port that owns the MAC. */
export function bridgeFrame(w: Walk, bridge: Device, from: Device | undefined): LegEnd | Device {
  const dst = w.headers.eth?.dst;
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
  const portId = dst ? w.idx.bridgePorts.get(bridge.id)?.get(dst) : undefined;
  const port = portId ? w.idx.network.devices.get(portId) : undefined;
  if (!port) return stop('dropped', ex('sim.outcome.bridgeUnknownMac', { mac: dst ?? '' }));
  pushHop(
    w,
    {
      netns: bridge.netns,
      device: port.id,
      action: 'bridge',
      explain: ex(from ? 'sim.hop.bridge' : 'sim.hop.bridgeFromNode', {
        mac: dst ?? '',
        port: port.name,
        from: from?.name ?? bridge.name,
      }),
    },
    w.headers,
  );
  return (
    crossVeth(w, port) ?? stop('dropped', ex('sim.outcome.bridgeUnknownMac', { mac: dst ?? '' }))
  );
}
