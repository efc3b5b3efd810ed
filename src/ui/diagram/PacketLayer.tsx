/** The packets layer: one small group per flow and one failure marker per flow, moved by the engine through refs. */
import { memo, type RefObject } from 'react';
import type { Translate } from '../../i18n';
import type { FlowPlan } from './animation';
import { FLOW_COLORS } from '../controls/flowColors';
import type { Box } from './geometry';
import { placeLabel } from './labelBoxes';
import { PACKET_OUTLINE, packetColors } from './packetColors';
import { REQUEST_SHAPE } from './packetShapes';
import { MARK_COLOR } from './styles';
import { textWidth } from './textFit';

/** Above this many flows packets are drawn without labels, to keep frames cheap. */
export const RICH_FLOWS = 24;

/** Mutable arrays the engine reads; React fills them through ref callbacks. */
export interface PacketRefs {
  /** Packet groups by flow. */
  packets: (SVGGElement | null)[];
  /** Marker groups by flow. */
  marks: (SVGGElement | null)[];
  /** With many flows: one path per colour for requests, replies and VXLAN rings (else empty). */
  batches: {
    request: (SVGPathElement | null)[];
    reply: (SVGPathElement | null)[];
    encap: (SVGPathElement | null)[];
  };
}

/** Props of the packet layer. */
export interface PacketLayerProps {
  /** One plan per flow. */
  readonly plans: readonly FlowPlan[];
  /** Where the ref callbacks store elements. */
  readonly refs: PacketRefs;
  /** The highlight ring's ref. */
  readonly ringRef: RefObject<SVGCircleElement | null>;
  /** What a mark's label must not cover: the drawing's text and elements. */
  readonly obstacles: readonly Box[];
  /** The drawing's extent, which labels stay inside. */
  readonly bounds: Box;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws the packets (hidden until the engine positions them). */
export const PacketLayer = memo(function PacketLayer({
  plans,
  refs,
  ringRef,
  obstacles,
  bounds,
  t,
}: PacketLayerProps) {
  const rich = plans.length <= RICH_FLOWS;
  return (
    <g aria-hidden="true" className="pointer-events-none" data-testid="packets">
      <circle
        ref={ringRef}
        r={26}
        fill="none"
        strokeWidth={3}
        className="stroke-rose-600"
        visibility="hidden"
      />
      {plans.map((plan, i) => {
        const markHop = plan.stops.findIndex((s) => s.mark !== null);
        const mark = plan.stops[markHop];
        if (!mark?.mark) return null;
        const text = t(`diagram.mark.${mark.mark}` as const);
        const w = textWidth(text, 13) + 14;
        // The label sits where it covers no text or element, in model units around the mark.
        const spot = placeLabel(mark.pos, w, 22, obstacles, bounds);
        return (
          <g
            key={`m${i}`}
            ref={(el) => {
              refs.marks[i] = el;
            }}
            data-hop={markHop}
            data-mark={mark.mark}
            visibility="hidden"
          >
            <path
              d="M-9,-9L9,9M9,-9L-9,9"
              stroke={MARK_COLOR}
              strokeWidth={4}
              strokeLinecap="round"
              transform={`translate(${mark.pos.x},${mark.pos.y})`}
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
      {!rich &&
        FLOW_COLORS.map((_, c) => {
          const [request, reply] = packetColors(c);
          return (
            <g key={`b${c}`}>
              <path
                ref={(el) => void (refs.batches.encap[c] = el)}
                fill="none"
                stroke={request}
                strokeWidth={2}
                strokeDasharray="4 3"
              />
              <path
                ref={(el) => void (refs.batches.request[c] = el)}
                fill={request}
                stroke={PACKET_OUTLINE}
              />
              <path
                ref={(el) => void (refs.batches.reply[c] = el)}
                fill={reply}
                stroke={PACKET_OUTLINE}
              />
            </g>
          );
        })}
      {rich &&
        plans.map((_, i) => {
          const [request] = packetColors(i);
          return (
            <g
              key={i}
              ref={(el) => {
                refs.packets[i] = el;
              }}
              data-flow={i}
              transform="translate(-99999,-99999)"
            >
              <path d={REQUEST_SHAPE} fill={request} stroke={PACKET_OUTLINE} strokeWidth={1.5} />
              <circle
                r={rich ? 14 : 10}
                fill="none"
                stroke={request}
                strokeWidth={2}
                strokeDasharray="4 3"
                visibility="hidden"
              />
              <g visibility="hidden" />
              <g visibility="hidden" />
            </g>
          );
        })}
    </g>
  );
});
