/** Where a CNI trace's steps happen on the diagram: the pod's and node's shapes, what exists yet at a step, and what the step touches. */
import type { CniStep, Network } from '../../sim';
import { buildNetwork, podIdOf } from '../../sim';
import type { CniPlay } from '../../store/cni/cniSlice';
import type { Box } from '../diagram/geometry';
import { layoutCluster } from '../diagram/layout';
import type { DiagramLayout, NodeShape, PodShape } from '../diagram/layoutTypes';

/** The pod and node a CNI trace draws on; `ghost` when the pod is drawn from the cluster it left (DEL). */
export interface CniShapes {
  readonly pod: PodShape | undefined;
  readonly node: NodeShape | undefined;
  readonly ghost: boolean;
}

const findPod = (layout: DiagramLayout, id: string) =>
  layout.nodes.flatMap((n) => n.pods).find((p) => p.pod === id);

/** The shapes of a trace: from the layout shown, or for DEL from the cluster as it was, laid out in as many columns. */
export function shapesOf(play: CniPlay, layout: DiagramLayout): CniShapes {
  const id = podIdOf(play.pod);
  const node = layout.nodes.find((n) => n.name === play.pod.node);
  const shown = findPod(layout, id);
  if (shown || play.command === 'ADD') return { pod: shown, node, ghost: false };
  const cols = new Set(layout.nodes.map((n) => n.box.x)).size;
  let net: Network;
  try {
    net = buildNetwork(play.cluster);
  } catch {
    return { pod: undefined, node, ghost: true };
  }
  return { pod: findPod(layoutCluster(play.cluster, net, cols), id), node, ghost: true };
}

/** The index of the first step of a kind, or Infinity when the trace has none. */
export function stepAt(trace: readonly CniStep[], kind: CniStep['kind']): number {
  const i = trace.findIndex((s) => s.kind === kind);
  return i < 0 ? Infinity : i;
}

/** The box a step acts on: its device, else the sandbox, the pod, or the node's agents. */
export function targetOf(step: CniStep, s: CniShapes): Box | undefined {
  const devices = [...(s.pod?.devices ?? []), ...(s.pod?.vethHost ? [s.pod.vethHost] : [])];
  const byId = (id: string) => [...devices, ...(s.node?.devices ?? [])].find((d) => d.id === id);
  const cni0 = s.node?.devices.find((d) => d.name === 'cni0')?.box;
  switch (step.kind) {
    case 'create-sandbox':
      return s.pod?.sandbox.box;
    case 'create-netns':
    case 'result':
    case 'remove-sandbox':
      return s.pod?.box;
    case 'attach-bridge':
      return s.pod?.vethHost?.box;
    case 'ipam-allocate':
    case 'ipam-release':
      return cni0 ?? s.node?.kubelet.box;
    default:
      return (step.device ? byId(step.device)?.box : undefined) ?? s.node?.kubelet.box;
  }
}
