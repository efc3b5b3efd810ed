/** The ARP exchange at the current hop: the who-has broadcast running to every port of the segment, then the answer back. */
import { memo, useMemo } from 'react';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import { arpMoveOf, type FlowPlan } from './animation';
import type { DiagramLayout } from './layoutTypes';
import type { Point } from './geometry';
import { ARP_COLOR } from './styles';

/** Path data through points. */
function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
}

/** A small square: an ARP message (no IP inside). */
const SQUARE = 'M-6,-6h12v12h-12z';
/** One cycle: the broadcast goes out in the first half, the answer comes back in the second. */
const CYCLE = '2s';

const selectCursor = (s: AppState) => s.cursor;
const selectActive = (s: AppState) => s.activeFlow;

/** Props of the overlay. */
export interface ArpOverlayProps {
  /** One plan per flow; only the active flow's ARP is drawn. */
  readonly plans: readonly FlowPlan[];
  /** The laid-out cluster, whose anchors the broadcast runs between. */
  readonly layout: DiagramLayout;
  /** Whether to draw the exchange still instead of moving. */
  readonly reduced: boolean;
}

/** Draws the ARP exchange of the active flow's current hop, if it has one. */
export const ArpOverlay = memo(function ArpOverlay({ plans, layout, reduced }: ArpOverlayProps) {
  const cursor = useAppStore(selectCursor);
  const active = useAppStore(selectActive);
  const stop = plans[active]?.stops[cursor];
  const arp = useMemo(() => (stop ? arpMoveOf(layout, stop) : null), [stop, layout]);
  if (!arp) return null;
  const moving = (points: readonly Point[], keyPoints: string, keyTimes: string) =>
    reduced ? null : (
      <animateMotion
        dur={CYCLE}
        repeatCount="indefinite"
        path={pathData(points)}
        keyPoints={keyPoints}
        keyTimes={keyTimes}
        calcMode="linear"
      />
    );
  const fade = (values: string, keyTimes: string) =>
    reduced ? null : (
      <animate
        attributeName="opacity"
        dur={CYCLE}
        repeatCount="indefinite"
        values={values}
        keyTimes={keyTimes}
      />
    );
  const end = (points: readonly Point[]) => points[points.length - 1] ?? { x: 0, y: 0 };
  return (
    <g data-testid="arp" aria-hidden="true" className="pointer-events-none">
      {arp.broadcast.map((points, i) => {
        const at = reduced ? end(points) : (points[0] ?? end(points));
        return (
          <g key={`b${i}`} data-arp="broadcast">
            <path
              d={pathData(points)}
              fill="none"
              stroke={ARP_COLOR}
              strokeWidth={2}
              strokeDasharray="3 4"
            />
            <path
              d={SQUARE}
              fill="#fff"
              stroke={ARP_COLOR}
              strokeWidth={2.5}
              transform={reduced ? `translate(${at.x},${at.y})` : undefined}
            >
              {moving(points, '0;1;1', '0;0.45;1')}
              {fade('1;1;0;0', '0;0.5;0.52;1')}
            </path>
          </g>
        );
      })}
      {arp.reply && (
        <g data-arp="reply">
          <path d={pathData(arp.reply)} fill="none" stroke={ARP_COLOR} strokeWidth={3} />
          <path
            d={SQUARE}
            fill={ARP_COLOR}
            stroke="#fff"
            strokeWidth={1.5}
            opacity={reduced ? 1 : 0}
            transform={reduced ? `translate(${end(arp.reply).x},${end(arp.reply).y})` : undefined}
          >
            {moving(arp.reply, '0;0;1;1', '0;0.52;0.92;1')}
            {fade('0;0;1;1;0', '0;0.5;0.52;0.97;1')}
          </path>
        </g>
      )}
    </g>
  );
});
