/** Presenter mode's camera driver: follows the active packet hop by hop, easing between views unless reduced motion is asked for. */
import { useEffect, useRef, type RefObject } from 'react';
import type { AppState } from '../../store';
import type { ViewTransform } from '../../store/uiSlice';
import type { FlowPlan } from '../diagram/animation';
import type { DiagramLayout } from '../diagram/layoutTypes';
import { prefersReducedMotion } from '../diagram/usePacketAnimation';
import { useStoreApi } from '../storeContext';
import { cniFocus } from '../cni/cniShapes';
import { cameraFor, frameView, viewBetween, type Viewport } from './camera';

/** How long the view takes to move to the next hop's view. */
export const CAMERA_MS = 600;

/** Props of the camera driver. */
export interface StageCameraProps {
  /** The drawn layout. */
  readonly layout: DiagramLayout;
  /** The shown flows' plans; the active one is followed. */
  readonly plans: readonly FlowPlan[];
  /** The diagram's SVG, whose size is the viewport. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** Shows a view (through the diagram's pan/zoom). */
  readonly showView: (view: ViewTransform) => void;
  /** Called when presenter mode ends (the diagram fits itself again). */
  readonly onLeave: () => void;
}

/** What the camera follows: the packet's hop, or the CNI step while a pod's creation or deletion plays. */
const hopOf = (s: AppState) => `${s.cniPlay ? 'cni' : s.activeFlow}:${s.cursor}`;

/** Renders nothing; moves the view whenever the hop (or CNI step), the flow, the layout or the area changes. */
export function StageCamera({ layout, plans, svgRef, showView, onLeave }: StageCameraProps) {
  const store = useStoreApi();
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => () => leave.current(), []);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let frame = 0;
    const target = (): ViewTransform => {
      const s = store.getState();
      const plan = plans[s.activeFlow] ?? plans[0] ?? null;
      const r = svg.getBoundingClientRect();
      const vp: Viewport = { w: r.width || 800, h: r.height || 600 };
      // A CNI step: the element it acts on, framed within its node (the overlay rings the same one).
      const cni = s.cniPlay ? cniFocus(s.cniPlay, layout, s.cursor) : null;
      if (cni) return frameView(cni.area, cni.focus, vp);
      return cameraFor(layout, plan, s.cursor, vp);
    };
    const go = (eased: boolean) => {
      cancelAnimationFrame(frame);
      const to = target();
      const from = store.getState().view;
      if (!eased || prefersReducedMotion()) {
        showView(to);
        return;
      }
      const start = performance.now();
      const tick = (now: number) => {
        const t = Math.min(1, (now - start) / CAMERA_MS);
        showView(viewBetween(from, to, t));
        if (t < 1) frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
    };
    go(false);
    let last = hopOf(store.getState());
    let lastPlay = store.getState().cniPlay;
    const unsubscribe = store.subscribe((s) => {
      const now = hopOf(s);
      if (now === last && s.cniPlay === lastPlay) return;
      last = now;
      lastPlay = s.cniPlay;
      go(true);
    });
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => go(false));
    observer?.observe(svg);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      observer?.disconnect();
    };
  }, [store, layout, plans, svgRef, showView]);
  return null;
}
