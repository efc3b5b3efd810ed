/** The presenter's camera: a pure function from layout, flow plan, hop and viewport to the view transform that follows the packet. */
import type { ViewTransform } from '../../store/uiSlice';
import type { FlowPlan } from '../diagram/animation';
import { box, type Box, type Point } from '../diagram/geometry';
import type { DiagramLayout } from '../diagram/layoutTypes';
import { ZOOM_EXTENT } from '../diagram/panZoom';

/** The height of a device label in model units (DeviceView draws its name at 11 px). */
export const LABEL_MODEL_PX = 11;

/** The screen area the diagram is drawn in, in CSS pixels. */
export interface Viewport {
  /** Width. */
  readonly w: number;
  /** Height. */
  readonly h: number;
}

/** Room kept around the flow's stops, in model units: a stop sits on its element's top edge, the element and its label hang below. */
const PAD: { readonly x: number; readonly top: number; readonly bottom: number } = {
  x: 72,
  top: 40,
  bottom: 72,
};

/** The device name size a viewport of this width asks for, in CSS px: 18 at 1280, 24 at 1920, within 18–28 (addresses, at 10/11 of it, stay at 16 and more). */
export function labelTargetPx(vp: Viewport): number {
  return Math.max(18, Math.min(28, vp.w / 80));
}

/** The smallest box holding the points, padded so their elements and labels fit too (null without points). */
export function paddedBox(points: readonly Point[]): Box | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - PAD.x;
  const y = Math.min(...ys) - PAD.top;
  return box(x, y, Math.max(...xs) + PAD.x - x, Math.max(...ys) + PAD.bottom - y);
}

/** Keeps a centre so that a window `span` wide stays inside [lo, lo + len]; centres a window larger than that. */
function clampCentre(c: number, span: number, lo: number, len: number): number {
  if (span >= len) return lo + len / 2;
  return Math.max(lo + span / 2, Math.min(lo + len - span / 2, c));
}

/**
 * The view framing `area`: zoomed to fit it, closer still when labels would be smaller than labelTargetPx
 * (never past 28 px labels), then moved so `focus` is in the middle without leaving the area.
 */
export function frameView(area: Box, focus: Box | null, vp: Viewport): ViewTransform {
  const w = Math.max(1, vp.w);
  const h = Math.max(1, vp.h);
  const fitK = Math.min(w / Math.max(1, area.w), h / Math.max(1, area.h));
  const labelK = labelTargetPx(vp) / LABEL_MODEL_PX;
  // Never smaller than the label size asks; never larger than 28 px labels, however small the area.
  const k = Math.max(
    ZOOM_EXTENT[0],
    Math.min(ZOOM_EXTENT[1], 28 / LABEL_MODEL_PX, Math.max(fitK, labelK)),
  );
  const fx = focus ? focus.x + focus.w / 2 : area.x + area.w / 2;
  const fy = focus ? focus.y + focus.h / 2 : area.y + area.h / 2;
  const cx = clampCentre(fx, w / k, area.x, area.w);
  const cy = clampCentre(fy, h / k, area.y, area.h);
  return { k, x: w / 2 - cx * k, y: h / 2 - cy * k };
}

/**
 * The view of a presenter at hop `hop` of a flow: the part of the cluster the flow crosses (the box of
 * its stops) framed by frameView, the current stop and the next one in the middle. Without stops: the whole layout.
 */
export function cameraFor(
  layout: DiagramLayout,
  plan: FlowPlan | null,
  hop: number,
  vp: Viewport,
): ViewTransform {
  const stops = plan?.stops ?? [];
  const flow = paddedBox(stops.map((s) => s.pos)) ?? layout.bounds;
  const i = Math.max(0, Math.min(hop, stops.length - 1));
  const here = stops[i]?.pos;
  const next = stops[i + 1]?.pos ?? here;
  return frameView(flow, here && next ? paddedBox([here, next]) : null, vp);
}

/** The view between two views at t (0..1) of an eased move, zooming and panning together. */
export function viewBetween(a: ViewTransform, b: ViewTransform, t: number): ViewTransform {
  const u = 2 * Math.max(0, Math.min(1, t));
  const e = u <= 1 ? (u * u * u) / 2 : ((u - 2) ** 3 + 2) / 2;
  return { k: a.k + (b.k - a.k) * e, x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e };
}
