/** Failure marks: an ✕ where a flow dropped, was refused, failed to start or could not happen, with its label in a free spot (loaded when a mark is needed). */
import { memo, useMemo } from 'react';
import type { Translate } from '../../i18n';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import type { FlowPlan } from './animation';
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
  const obstacles = useMemo(() => obstacleBoxes(layout), [layout]);
  const rich = plans.length <= RICH_FLOWS;
  return (
    <g aria-hidden="true" className="pointer-events-none">
      {plans.map((plan, i) => {
        const at = plan.stops.findIndex((s) => s.mark !== null);
        const stop = plan.stops[at];
        if (!stop?.mark) return null;
        const reached = Math.min(cursor, plan.stops.length - 1) >= at;
        const text = t(`diagram.mark.${stop.mark}` as const);
        const spot = placeLabel(stop.pos, textWidth(text, 13) + 14, 22, obstacles, layout.bounds);
        return (
          <g
            key={i}
            data-hop={at}
            data-mark={stop.mark}
            visibility={reached ? 'visible' : 'hidden'}
          >
            <path
              d="M-9,-9L9,9M9,-9L-9,9"
              stroke={MARK_COLOR}
              strokeWidth={4}
              strokeLinecap="round"
              transform={`translate(${stop.pos.x},${stop.pos.y})`}
            />
            {rich && (
              <g data-mark-label="true">
                <rect
                  x={spot.x}
                  y={spot.y}
                  width={spot.w}
                  height={spot.h}
                  rx={6}
                  fill="#fff"
                  stroke={MARK_COLOR}
                  strokeWidth={1.5}
                />
                <text
                  x={spot.x + spot.w / 2}
                  y={spot.y + spot.h / 2 + 4.5}
                  textAnchor="middle"
                  fill={MARK_COLOR}
                  className="text-[13px] font-semibold"
                >
                  {text}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
});
