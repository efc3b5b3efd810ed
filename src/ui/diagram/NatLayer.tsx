/** NAT on the packet itself: at a DNAT, masquerade or reverse-NAT hop, the rewritten address beside the resting packet (loaded when a flow has one). */
import { memo, useMemo } from 'react';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import type { FlowPlan } from './animation';
import type { Box } from './geometry';
import { obstacleBoxes, placeLabel } from './labelBoxes';
import type { DiagramLayout } from './layoutTypes';
import { RICH_FLOWS } from './PacketLayer';
import { textWidth } from './textFit';

const selectCursor = (s: AppState) => s.cursor;

/** One label: the flow, the hop it belongs to, its text and spot. */
interface NatShape {
  readonly key: string;
  readonly hop: number;
  readonly text: string;
  readonly spot: Box;
}

/** Props of the layer. */
export interface NatLayerProps {
  /** One plan per flow. */
  readonly plans: readonly FlowPlan[];
  /** The laid-out cluster: labels keep clear of its text. */
  readonly layout: DiagramLayout;
}

/** Draws the NAT label of each shown flow while its packet rests at that hop. */
const NatLayer = memo(function NatLayer({ plans, layout }: NatLayerProps) {
  const cursor = useAppStore(selectCursor);
  const labels = useMemo(() => {
    if (plans.length > RICH_FLOWS) return [];
    const obstacles = obstacleBoxes(layout);
    const out: NatShape[] = [];
    plans.forEach((plan, flow) =>
      plan.stops.forEach((s, hop) => {
        if (!s.nat) return;
        const w = textWidth(s.nat, 12, true) + 16;
        const spot = placeLabel(s.pos, w, 22, obstacles, layout.bounds);
        out.push({ key: `${flow}:${hop}`, hop, text: s.nat, spot });
      }),
    );
    return out;
  }, [plans, layout]);
  return (
    <g aria-hidden="true" className="pointer-events-none" data-testid="nat-labels">
      {labels
        .filter((l) => l.hop === cursor)
        .map((l) => (
          <g key={l.key} data-nat={l.text}>
            <rect
              x={l.spot.x}
              y={l.spot.y}
              width={l.spot.w}
              height={l.spot.h}
              rx={6}
              className="fill-amber-50 stroke-amber-700"
              strokeWidth={1.5}
            />
            <text
              x={l.spot.x + l.spot.w / 2}
              y={l.spot.y + l.spot.h / 2 + 4}
              textAnchor="middle"
              className="fill-slate-900 font-mono text-[12px]"
            >
              {l.text}
            </text>
          </g>
        ))}
    </g>
  );
});

export default NatLayer;
