/** The veth pair: a frame sent into one end comes out of the other, across namespaces, unchanged. */
import { ex } from '../trace/explain';
import { pushHop, type Walk } from '../trace/walkState';
import type { Device } from '../model/networkTypes';

/** The veth hop: the frame leaves `from` and appears on its peer, in the peer's namespace. */
export function crossVeth(w: Walk, from: Device): Device | undefined {
  const peer = from.peer ? w.idx.network.devices.get(from.peer) : undefined;
  if (!peer) return undefined;
  const toNode = peer.kind === 'veth-host';
  pushHop(
    w,
    {
      netns: peer.netns,
      device: peer.id,
      action: 'veth',
      explain: ex(toNode ? 'sim.hop.vethToNode' : 'sim.hop.vethToPod', {
        from: from.name,
        to: peer.name,
      }),
    },
    w.headers,
  );
  return peer;
}
