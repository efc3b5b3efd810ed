/** Failure marks: an ✕ where a flow dropped, was refused, failed to start or could not happen, with its label in a free spot (loaded when a mark is needed). */
import { memo, useMemo } from 'react';
import type { Translate } from '../../i18n';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import type { FlowPlan, Stop } from './animation';
import type { Box, Point } from './geometry';
import { RICH_FLOWS } from './PacketLayer';
import { obstacleBoxes, placeLabel } from './labelBoxes';
import type { DiagramLayout } from './layoutTypes';
import { MARK_COLOR } from './styles';
import { textWidth } from './textFit';

const selectCursor = (s: AppState) => s.cursor;

/** Props of the mark layer. */
export interface MarkLayerProps {
  /** One plan per flow. */
  readonly plans: readonly FlowPlan[];
  /** The laid-out cluster: labels keep clear of its text and elements and stay inside it. */
  readonly layout: DiagramLayout;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws each flow's mark once the flow has reached it. */
export const MarkLayer = memo(function MarkLayer({ plans, layout, t }: MarkLayerProps) {
  const cursor = useAppStore(selectCursor);
  // Where each mark and its label go depends on the flows and the layout, not on the cursor;
  // marks are grouped by the hop they appear at, so a step re-renders only the groups it shows or hides.
  const groups = useMemo(() => groupByHop(marksOf(plans, layout, t)), [plans, layout, t]);
  return (
    <g aria-hidden="true" className="pointer-events-none">
      {groups.map(([hop, marks]) => (
        <MarkGroup key={hop} marks={marks} visible={cursor >= hop} />
      ))}
    </g>
  );
});

/** The marks that appear at one hop. */
const MarkGroup = memo(function MarkGroup(props: {
  readonly marks: readonly MarkShape[];
  readonly visible: boolean;
}) {
  return (
    <g visibility={props.visible ? 'visible' : 'hidden'}>
      {props.marks.map((m) => (
        <g key={m.flow} data-hop={m.hop} data-mark={m.mark}>
          <path
            d="M-9,-9L9,9M9,-9L-9,9"
            stroke={MARK_COLOR}
            strokeWidth={4}
            strokeLinecap="round"
            transform={`translate(${m.pos.x},${m.pos.y})`}
          />
          {m.spot && (
            <g data-mark-label="true">
              <rect
                x={m.spot.x}
                y={m.spot.y}
                width={m.spot.w}
                height={m.spot.h}
                rx={6}
                fill="#fff"
                stroke={MARK_COLOR}
                strokeWidth={1.5}
              />
              <text
                x={m.spot.x + m.spot.w / 2}
                y={m.spot.y + m.spot.h / 2 + 4.5}
                textAnchor="middle"
                fill={MARK_COLOR}
                className="text-[13px] font-semibold"
              >
                {m.text}
              </text>
            </g>
          )}
        </g>
      ))}
    </g>
  );
});

/** Marks grouped by the hop they appear at, in hop order. */
function groupByHop(marks: readonly MarkShape[]): [number, MarkShape[]][] {
  const by = new Map<number, MarkShape[]>();
  for (const m of marks) {
    const list = by.get(m.hop);
    if (list) list.push(m);
    else by.set(m.hop, [m]);
  }
  return [...by.entries()].sort((a, b) => a[0] - b[0]);
}

/** A flow's mark: where, at which hop, and its label's spot (labels only while few flows are shown). */
interface MarkShape {
  readonly flow: number;
  readonly hop: number;
  readonly mark: NonNullable<Stop['mark']>;
  readonly pos: Point;
  readonly text: string;
  readonly spot: Box | null;
}

/** The marks of every flow, labels placed clear of the drawing's text (obstacles near each mark only). */
function marksOf(plans: readonly FlowPlan[], layout: DiagramLayout, t: Translate): MarkShape[] {
  const rich = plans.length <= RICH_FLOWS;
  let obstacles: readonly Box[] | null = null;
  const out: MarkShape[] = [];
  plans.forEach((plan, flow) => {
    const hop = plan.stops.findIndex((s) => s.mark !== null);
    const stop = plan.stops[hop];
    if (!stop?.mark) return;
    const text = t(`diagram.mark.${stop.mark}` as const);
    let spot: Box | null = null;
    if (rich) {
      obstacles ??= obstacleBoxes(layout);
      const w = textWidth(text, 13) + 14;
      spot = placeLabel(stop.pos, w, 22, near(obstacles, stop.pos, w), layout.bounds);
    }
    out.push({ flow, hop, mark: stop.mark, pos: stop.pos, text, spot });
  });
  return out;
}

/** The obstacles within reach of a label placed around a point. */
function near(obstacles: readonly Box[], at: Point, w: number): Box[] {
  const rx = 340 + w;
  const ry = 240;
  return obstacles.filter(
    (o) => o.x < at.x + rx && o.x + o.w > at.x - rx && o.y < at.y + ry && o.y + o.h > at.y - ry,
  );
}
