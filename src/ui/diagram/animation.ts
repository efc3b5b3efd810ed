/** Pure packet animation: where each hop of a trace sits in the diagram, and where a packet is at a moment. */
import { natText } from './natText';
import type { ArpExchange, Endpoint, Hop, Trace } from '../../sim';
import { pt, type Point } from './geometry';
import { pointAlong, polyline, type Polyline } from './polyline';
import { containerElementId, kubeletElementId, outsideElementId } from './ids';
import type { Anchor, DiagramLayout } from './layoutTypes';
import { pathBetween } from './paths';

/** Cubic ease-in-out, as d3-ease's easeCubicInOut (whose bundle keeps every easing in the first chunk). */
function easeCubicInOut(t: number): number {
  const u = 2 * t;
  return u <= 1 ? (u * u * u) / 2 : ((u - 2) ** 3 + 2) / 2;
}

/** How long a packet rests at each hop before moving on, at speed 1. */
export const PAUSE_MS = 450;
/** How long a packet takes to move from one hop to the next, at speed 1. */
export const MOVE_MS = 800;
/** How long a hop with an ARP exchange rests: the broadcast goes out, then the answer comes back. */
export const ARP_REST_MS = 2000;

/** What went wrong at a hop, drawn as an ✕ marker with a label. */
export type Mark = 'dropped' | 'bind-fail' | 'refused' | 'unreachable' | 'impossible';

/** An ARP exchange drawn at a hop: the broadcast's ways to every port it reaches, and the answer's way back. */
export interface ArpMove {
  /** From the asking device to each device the broadcast reaches. */
  readonly broadcast: readonly (readonly Point[])[];
  /** From the answering device back to the asker; null when nobody answered. */
  readonly reply: readonly Point[] | null;
}

/** One hop of a flow as the diagram shows it. */
export interface Stop {
  /** Where the packet sits. */
  readonly pos: Point;
  /** The element highlighted while the packet is here (a DeviceId or a container/pod/kubelet id). */
  readonly target: string;
  /** Request or reply: replies use a different shade. */
  readonly leg: 'request' | 'reply';
  /** Whether the frame is wrapped in VXLAN outer headers here. */
  readonly encap: boolean;
  /** Whether this is a TCP RST coming back. */
  readonly rst: boolean;
  /** A failure marked at this hop, if any. */
  readonly mark: Mark | null;
  /** The ARP exchange to draw while the packet waits here, if this hop resolved a neighbour (ways drawn on demand: see arpMoveOf). */
  readonly arp: ArpExchange | null;
  /** No packet is drawn: the trace has no hop, only an outcome marked where it began. */
  readonly ghost: boolean;
  /** At a NAT hop: the address the rules rewrote on the packet, "dst 10.96.0.20:80 → 10.244.2.2:8080". */
  readonly nat: string | null;
}

/** A flow ready to animate: its stops and the ways between consecutive stops. */
export interface FlowPlan {
  /** One stop per hop. */
  readonly stops: readonly Stop[];
  /** moves[i] leads from stops[i] to stops[i + 1]. */
  readonly moves: readonly Polyline[];
}

/** Hops that happen at a socket, drawn at the container rather than a device. */
const SOCKET_LEVEL: ReadonlySet<string> = new Set([
  'send',
  'deliver',
  'bind-fail',
  'ipc',
  'reject',
]);

/** The anchor id a hop is drawn at: the container for socket-level steps, else its device. */
export function hopTarget(layout: DiagramLayout, hop: Hop): string {
  const socketLevel = SOCKET_LEVEL.has(hop.action);
  const container = hop.container === undefined ? undefined : containerTarget(layout, hop);
  if (container && (socketLevel || hop.device === undefined)) return container;
  if (hop.device !== undefined && layout.anchors.has(hop.device)) return hop.device;
  return layout.anchors.has(hop.netns) ? hop.netns : kubeletElementId(hop.node);
}

/** The container anchor of a hop: in a pod's namespace, or a hostNetwork pod's on the node, or the kubelet. */
function containerTarget(layout: DiagramLayout, hop: Hop): string | undefined {
  const name = hop.container ?? '';
  if (hop.netns.startsWith('pod:')) {
    const id = `container:${hop.netns.slice(4)}/${name}`;
    return layout.anchors.has(id) ? id : undefined;
  }
  const node = layout.nodes.find((n) => n.name === hop.node);
  for (const pod of node?.pods ?? []) {
    if (!pod.hostNetwork) continue;
    if (pod.containers.some((c) => c.name === name)) return containerElementId(pod.pod, name);
  }
  return kubeletElementId(hop.node);
}

/** The failure to mark at hop i of a trace (the last hop carries the outcome). */
function markOf(trace: Trace, i: number): Mark | null {
  const hop = trace.hops[i];
  if (hop?.action === 'drop' || hop?.action === 'policy-deny') return 'dropped';
  if (hop?.action === 'bind-fail') return 'bind-fail';
  if (i !== trace.hops.length - 1) return null;
  const kind = trace.outcome.kind;
  if (kind === 'failed-to-start') return 'bind-fail';
  if (kind === 'dropped' || kind === 'refused' || kind === 'unreachable' || kind === 'impossible')
    return kind;
  return null;
}

/** Paths already measured, by anchor pair (anchors are a layout's own objects): flows share many hops. */
const moveCache = new WeakMap<Anchor, WeakMap<Anchor, Polyline>>();

/** The measured way between two anchors (memoized). */
function moveBetween(a: Anchor, b: Anchor): Polyline {
  let from = moveCache.get(a);
  if (!from) moveCache.set(a, (from = new WeakMap()));
  let line = from.get(b);
  if (!line) from.set(b, (line = polyline(pathBetween(a, b))));
  return line;
}

/** The element a sender is drawn at: its container, or the kubelet for node-level senders. */
function senderTarget(from: Endpoint): string {
  if (from.kind === 'external') return outsideElementId('client');
  return from.kind === 'container'
    ? containerElementId(from.pod, from.container)
    : kubeletElementId(from.node);
}

/** The ARP exchange of a stop, as ways between anchors (computed for the hop shown only: a broadcast reaches every port). */
export function arpMoveOf(layout: DiagramLayout, stop: Stop): ArpMove | null {
  const x = stop.arp;
  const from = layout.anchors.get(stop.target);
  if (!x || !from) return null;
  const broadcast = x.reached.flatMap((id) => {
    const a = layout.anchors.get(id);
    return a ? [pathBetween(from, a)] : [];
  });
  const answer = x.answeredBy === undefined ? undefined : layout.anchors.get(x.answeredBy);
  return { broadcast, reply: answer ? pathBetween(answer, from) : null };
}

/** Plans a trace that has no hop (impossible, or a sender that never started): one ghost stop at the sender. */
function planOutcomeOnly(layout: DiagramLayout, trace: Trace): FlowPlan {
  const target = senderTarget(trace.request.from);
  const anchor = layout.anchors.get(target);
  const kind = trace.outcome.kind;
  const mark: Mark | null =
    kind === 'failed-to-start' ? 'bind-fail' : kind === 'delivered' ? null : kind;
  if (!anchor || mark === null) return { stops: [], moves: [] };
  const stop: Stop = {
    pos: anchor.pos,
    target,
    leg: 'request',
    encap: false,
    rst: false,
    mark,
    arp: null,
    ghost: true,
    nat: null,
  };
  return { stops: [stop], moves: [] };
}

/** Plans a trace's animation over a layout. */
export function planFlow(layout: DiagramLayout, trace: Trace): FlowPlan {
  if (trace.hops.length === 0) return planOutcomeOnly(layout, trace);
  const anchors: Anchor[] = [];
  const stops: Stop[] = trace.hops.map((hop, i) => {
    const target = hopTarget(layout, hop);
    const anchor = layout.anchors.get(target) ?? {
      pos: pt(layout.bounds.x, layout.bounds.y),
      chain: [],
    };
    anchors.push(anchor);
    const l4 = hop.headers.l4;
    return {
      pos: anchor.pos,
      target,
      leg: hop.leg,
      encap: hop.headers.outer !== undefined,
      rst: l4?.kind === 'tcp' && l4.flags.includes('RST'),
      mark: markOf(trace, i),
      arp: hop.arp ?? null,
      ghost: false,
      nat: natText(hop),
    };
  });
  const moves = anchors.slice(1).map((b, i) => {
    const a = anchors[i] ?? b;
    return moveBetween(a, b);
  });
  return { stops, moves };
}

/** Where a flow's packet is drawn. */
export interface Frame {
  /** The hop it is at or leaving. */
  readonly hop: number;
  /** The position. */
  readonly pos: Point;
  /** That hop's stop. */
  readonly stop: Stop;
}

/** The packet of a flow at cursor, t (0..1) of the way to the next hop. */
export function frameAt(plan: FlowPlan, cursor: number, t: number): Frame | null {
  const last = plan.stops.length - 1;
  if (last < 0) return null;
  const hop = Math.max(0, Math.min(cursor, last));
  const stop = plan.stops[hop];
  if (!stop) return null;
  const move = plan.moves[hop];
  if (t <= 0 || hop >= last || !move) return { hop, pos: stop.pos, stop };
  return { hop, pos: pointAlong(move, easeCubicInOut(Math.min(1, t))), stop };
}
