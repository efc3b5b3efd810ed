/** The CNI trace on the diagram: what the runtime and plugins have not made yet is veiled, the step's element ringed and named; a deleted pod drawn as a ghost until it is gone. */
import { memo, useMemo } from 'react';
import type { AppState } from '../../store';
import type { Box } from '../diagram/geometry';
import type { DiagramLayout } from '../diagram/layoutTypes';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { shapesOf, stepAt, targetOf } from './cniShapes';
import { useCniClock } from './useCniClock';

const selectPlay = (s: AppState) => s.cniPlay;
const selectCursor = (s: AppState) => s.cursor;

/** Covers an element that does not exist yet at this step. */
function Veil({ b, r = 4 }: { b: Box; r?: number }) {
  return (
    <rect
      x={b.x - 2}
      y={b.y - 2}
      width={b.w + 4}
      height={b.h + 4}
      rx={r}
      className="fill-slate-50 stroke-slate-400"
      fillOpacity={0.93}
      strokeDasharray="4 4"
      data-cni-veil=""
    />
  );
}

/** An element of a pod being deleted, still there (or just going at this step). */
function Ghost({ b, going, r = 4, pod }: { b: Box; going: boolean; r?: number; pod?: boolean }) {
  return (
    <rect
      {...(pod ? { 'data-cni-ghost': '' } : {})}
      x={b.x}
      y={b.y}
      width={b.w}
      height={b.h}
      rx={r}
      className={going ? 'fill-red-50 stroke-red-600' : 'fill-white stroke-slate-500'}
      fillOpacity={0.9}
      strokeDasharray="6 4"
      strokeWidth={2}
    />
  );
}

/** Draws the current CNI step over the cluster, and keeps the CNI trace playing. */
export const CniOverlay = memo(function CniOverlay({ layout }: { layout: DiagramLayout }) {
  useCniClock();
  const t = useT();
  const play = useAppStore(selectPlay);
  const cursor = useAppStore(selectCursor);
  const shapes = useMemo(() => (play ? shapesOf(play, layout) : null), [play, layout]);
  if (!play || !shapes) return null;
  const index = Math.min(cursor, play.trace.length - 1);
  const step = play.trace[index];
  if (!step) return null;
  const { pod, node } = shapes;
  const at = (k: Parameters<typeof stepAt>[1]) => stepAt(play.trace, k);
  const veils: Box[] = [];
  const ghosts: { b: Box; going: boolean; r?: number; pod?: boolean }[] = [];
  if (play.command === 'ADD' && pod) {
    for (const d of pod.devices)
      if (index < (d.kind === 'loopback' ? at('create-netns') : at('create-veth')))
        veils.push(d.box);
    if (pod.vethHost && index < at('create-veth')) veils.push(pod.vethHost.box);
    const started = play.error ? Infinity : at('result');
    if (index < started) for (const c of pod.containers) veils.push(c.box);
    const cni0 = node?.devices.find((d) => d.name === 'cni0');
    const bridgeAt = at('create-bridge');
    if (cni0 && Number.isFinite(bridgeAt) && index < bridgeAt) veils.push(cni0.box);
  }
  if (play.command === 'DEL' && shapes.ghost && pod) {
    const gone = at('remove-sandbox');
    const vethGone = at('delete-veth');
    if (index <= gone) {
      ghosts.push({ b: pod.box, going: index === gone, r: 14, pod: true });
      for (const d of pod.devices) {
        const end = d.kind === 'loopback' ? gone : vethGone;
        if (index <= end) ghosts.push({ b: d.box, going: index === end });
      }
      if (pod.vethHost && index <= vethGone)
        ghosts.push({ b: pod.vethHost.box, going: index === vethGone });
    }
  }
  const target = targetOf(step, shapes);
  const label = `${index + 1}. ${t(`cni.step.${step.kind}`)}`;
  // Written towards the middle of the node, so an element at its right edge keeps its label in the node.
  const mid = shapes.node ? shapes.node.box.x + shapes.node.box.w / 2 : undefined;
  const toLeft = target !== undefined && mid !== undefined && target.x + target.w / 2 > mid;
  return (
    <g
      data-testid="cni-overlay"
      data-cni-step={step.kind}
      aria-hidden="true"
      className="pointer-events-none"
    >
      {shapes.bus && index <= at('delete-veth') && (
        <line
          x1={shapes.bus.x1}
          x2={shapes.bus.x2}
          y1={shapes.bus.y}
          y2={shapes.bus.y}
          className="stroke-slate-500"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
      )}
      {ghosts.map((g, i) => (
        <Ghost key={`g${i}`} {...g} />
      ))}
      {shapes.ghost && pod && index <= at('remove-sandbox') && (
        <text
          x={pod.box.x + 12 * shapes.scale}
          y={pod.box.y + 22 * shapes.scale}
          fontSize={14 * shapes.scale}
          className="fill-slate-700 font-semibold"
        >
          {pod.name}
        </text>
      )}
      {veils.map((b, i) => (
        <Veil key={`v${i}`} b={b} />
      ))}
      {target && (
        <g data-cni-target="">
          <rect
            x={target.x - 5}
            y={target.y - 5}
            width={target.w + 10}
            height={target.h + 10}
            rx={8}
            fill="none"
            className="stroke-indigo-600"
            strokeWidth={3}
          />
          <text
            x={toLeft ? target.x + target.w : target.x}
            y={target.y - 10}
            textAnchor={toLeft ? 'end' : 'start'}
            className="fill-indigo-900 text-[13px] font-semibold"
            paintOrder="stroke"
            stroke="#fff"
            strokeWidth={4}
          >
            {label}
          </text>
        </g>
      )}
    </g>
  );
});

export default CniOverlay;
