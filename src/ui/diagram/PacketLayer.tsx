/** The packets layer: one small group per flow, moved by the engine through refs (failure marks are drawn by MarkLayer). */
import { memo, type RefObject } from 'react';
import type { FlowPlan } from './animation';
import { FLOW_COLORS } from '../controls/flowColors';
import { PACKET_OUTLINE, packetColors } from './packetColors';
import { REQUEST_SHAPE } from './packetShapes';

/** Above this many flows packets are drawn without labels, to keep frames cheap. */
export const RICH_FLOWS = 24;

/**
 * Above this many flows (more than a scenario may prepare: only scripts show so many) all packets
 * of a colour share one path. Below it each packet is its own small group: moving it repaints only
 * its own few pixels, where a shared path spread over the screen repaints the whole screen.
 */
export const BATCH_ABOVE = 64;

/** Mutable arrays the engine reads; React fills them through ref callbacks. */
export interface PacketRefs {
  /** Packet groups by flow. */
  packets: (SVGGElement | null)[];
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
}

/** Draws the packets (hidden until the engine positions them). */
export const PacketLayer = memo(function PacketLayer({ plans, refs, ringRef }: PacketLayerProps) {
  const rich = plans.length <= RICH_FLOWS;
  const batched = plans.length > BATCH_ABOVE;
  return (
    <g aria-hidden="true" className="pointer-events-none" data-testid="packets">
      <circle
        ref={ringRef}
        r={13}
        fill="none"
        strokeWidth={3}
        className="stroke-rose-600"
        visibility="hidden"
      />
      {batched &&
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
      {!batched &&
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
