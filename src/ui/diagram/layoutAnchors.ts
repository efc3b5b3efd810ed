/** Where packets rest at each element and the drawn ways from there to the node network: pure, from a laid-out cluster. */
import type { Network } from '../../sim';
import { centre, pt, type Box, type Point } from './geometry';
import { nodeElementId } from './ids';
import type { Anchor, NodeShape, Segment, VSegment } from './layoutTypes';

/** How far above an element's top edge a resting packet's centre sits. */
const REST_LIFT = 10;

/** The resting point on a box: the middle of its top edge, clear of the centred name. */
export function restOn(b: Box): Point {
  return pt(b.x + b.w / 2, b.y - REST_LIFT);
}

/** The resting point beside a container row: just left of it, clear of its name and ports. */
function restBeside(b: Box): Point {
  return pt(b.x - REST_LIFT, b.y + b.h / 2);
}

/** Anchors for every element, each with the waypoint chain along drawn lines to the node network's root. */
export function anchorsOf(
  nodes: readonly NodeShape[],
  network: Network,
  uplinks: readonly VSegment[],
  wires: readonly Segment[],
  trunk: VSegment | undefined,
): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  const put = (id: string, pos: Point, chain: readonly Point[], scope?: string) =>
    anchors.set(id, scope === undefined ? { pos, chain } : { pos, chain, scope });
  const wire0 = wires[0];
  nodes.forEach((node, i) => {
    const up = uplinks[i];
    const wireY = up ? (node.flipped ? up.y1 : up.y2) : (wire0?.y ?? 0);
    const tx = trunk?.x ?? wire0?.x1 ?? node.box.x;
    const root = [pt(node.nicStub.x, wireY), pt(tx, wireY), pt(tx, wire0?.y ?? wireY)];
    const nic = node.devices.find((d) => d.kind === 'nic');
    const nicC = nic ? centre(nic.box) : pt(node.nicStub.x, node.nicStub.y2);
    const toNic = [pt(node.nicStub.x, node.rail.y), nicC, ...root];
    const hub = pt(node.spine.x, node.rail.y);
    const toHub = [hub, ...toNic];
    for (const d of node.devices) {
      if (d.kind === 'nic') put(d.id, restOn(d.box), [nicC, ...root]);
      else if (d.kind === 'bridge') put(d.id, pt(hub.x, d.box.y - REST_LIFT), toHub);
      else put(d.id, restOn(d.box), [centre(d.box), ...toNic]);
    }
    const kubelet = node.kubelet.box;
    put(node.kubelet.id, restOn(kubelet), [centre(kubelet), ...toNic]);
    put(nodeElementId(node.name), restOn(kubelet), [centre(kubelet), ...toNic]);
    for (const pod of node.pods) {
      const bottom = pod.box.y + pod.box.h;
      const bus = node.buses.find((b) => b.y >= bottom);
      const busPoint = pt(node.spine.x, bus?.y ?? hub.y);
      const eth0 = pod.devices.find((d) => d.kind === 'veth-pod');
      const side = pt(pod.box.x, pod.box.y + pod.box.h / 2);
      if (!eth0 || !pod.vethHost) {
        // hostNetwork: its processes live in the node's root namespace, on the rail under the pod.
        const cx = pod.box.x + pod.box.w / 2;
        const edge = node.flipped ? pod.box.y : pod.box.y + pod.box.h;
        const drop = [pt(cx, edge), pt(cx, node.rail.y), ...toNic];
        put(pod.id, side, drop, pod.id);
        for (const c of pod.containers) put(c.id, restBeside(c.box), drop, pod.id);
        continue;
      }
      const vethC = centre(pod.vethHost.box);
      const toVeth = [vethC, busPoint, ...toHub];
      put(pod.vethHost.id, restOn(pod.vethHost.box), toVeth);
      const eth0C = centre(eth0.box);
      const inner = [eth0C, ...toVeth];
      put(eth0.id, restOn(eth0.box), inner, pod.id);
      for (const d of pod.devices)
        if (d.kind !== 'veth-pod') put(d.id, restOn(d.box), [centre(d.box), ...inner], pod.id);
      put(pod.id, side, inner, pod.id);
      for (const c of pod.containers) put(c.id, restBeside(c.box), inner, pod.id);
    }
  });
  // Any device not drawn still gets an anchor: at its namespace's pod or node.
  for (const d of network.devices.values()) {
    if (anchors.has(d.id)) continue;
    const at = anchors.get(d.netns) ?? anchors.get(`node:${d.netns}`);
    if (at) anchors.set(d.id, at);
  }
  return anchors;
}
