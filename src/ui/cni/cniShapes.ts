/** Where a CNI trace's steps happen on the diagram: the pod's and node's shapes, what exists yet at a step, and what the step touches. */
import type { CniStep, Network } from '../../sim';
import { buildNetwork, podIdOf } from '../../sim';
import type { CniPlay } from '../../store/cni/cniSlice';
import { box, type Box } from '../diagram/geometry';
import { layoutCluster } from '../diagram/layout';
import type { DiagramLayout, NodeShape, PodShape, Segment } from '../diagram/layoutTypes';
import { placeGhost } from './ghostPlace';

/** The pod and node a CNI trace draws on; `ghost` when the pod is drawn from the cluster it left (DEL). */
export interface CniShapes {
  /** The pod: as drawn (ADD), or its ghost placed among the node's remaining pods (DEL). */
  readonly pod: PodShape | undefined;
  /** Its node as drawn now. */
  readonly node: NodeShape | undefined;
  /** Whether the pod is a ghost of the cluster before DEL. */
  readonly ghost: boolean;
  /** How large the ghost is drawn (1 unless squeezed before another node). */
  readonly scale: number;
  /** The bridge bus drawn on to the ghost's host veth. */
  readonly bus?: Segment;
}

const findPod = (layout: DiagramLayout, id: string) =>
  layout.nodes.flatMap((n) => n.pods).find((p) => p.pod === id);

/** The shapes of a trace: from the layout shown, or for DEL from the cluster as it was, laid out in as many columns. */
export function shapesOf(play: CniPlay, layout: DiagramLayout): CniShapes {
  const id = podIdOf(play.pod);
  const node = layout.nodes.find((n) => n.name === play.pod.node);
  const shown = findPod(layout, id);
  if (shown || play.command === 'ADD') return { pod: shown, node, ghost: false, scale: 1 };
  const cols = new Set(layout.nodes.map((n) => n.box.x)).size;
  const none = { pod: undefined, node, ghost: true, scale: 1 };
  let net: Network;
  try {
    net = buildNetwork(play.cluster);
  } catch {
    return none;
  }
  const was = layoutCluster(play.cluster, net, cols);
  const oldNode = was.nodes.find((n) => n.name === play.pod.node);
  const old = oldNode?.pods.find((p) => p.pod === id);
  if (!old || !oldNode || !node) return none;
  const placed = placeGhost(old, oldNode, node, layout);
  return {
    ...none,
    pod: placed.pod,
    scale: placed.scale,
    ...(placed.bus ? { bus: placed.bus } : {}),
  };
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

/** The smallest box holding both. */
function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return box(x, y, Math.max(a.x + a.w, b.x + b.w) - x, Math.max(a.y + a.h, b.y + b.h) - y);
}

/** A box grown by m on every side, and by top more above (where the step's label is written). */
const grown = (b: Box, m: number, top = m) => box(b.x - m, b.y - top, b.w + 2 * m, b.h + m + top);

/** What presenter mode's camera frames at a CNI step: the node with the pod (or its ghost), the step's element in the middle. */
export function cniFocus(
  play: CniPlay,
  layout: DiagramLayout,
  index: number,
): { readonly area: Box; readonly focus: Box } | null {
  const shapes = shapesOf(play, layout);
  const step = play.trace[Math.min(index, play.trace.length - 1)];
  const target = step ? targetOf(step, shapes) : undefined;
  const base = shapes.node?.box ?? shapes.pod?.box;
  if (!base) return null;
  const around = shapes.pod ? union(base, shapes.pod.box) : base;
  const focus = grown(target ?? shapes.pod?.box ?? base, 24, 40);
  return { area: grown(union(around, focus), 24), focus };
}
