/** What part of the drawing to render and in how much detail, from the view transform: React re-renders only when the coarse cull rectangle or the level changes, never per frame. */
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useStoreApi } from '../storeContext';
import type { ViewTransform } from '../../store/uiSlice';
import { boxKey, cullRect, viewRect } from './cull';
import { box, type Box } from './geometry';
import { levelAt, type Level } from './lod';

/** The part of the model drawn and its level of detail. */
export interface Viewport {
  /** Pods in full, as chips, or whole nodes as summaries. */
  readonly level: Level;
  /** What to draw (null: everything, before the area is measured). */
  readonly rect: Box | null;
}

/** The viewport for a view of an area (null size: not measured yet). */
export function viewportOf(
  view: ViewTransform,
  size: { readonly w: number; readonly h: number } | null,
  pods: number,
): Viewport {
  const level = levelAt(view.k, pods);
  if (!size || size.w <= 0 || size.h <= 0) return { level, rect: null };
  return { level, rect: cullRect(viewRect(view, size.w, size.h)) };
}

/** Follows the store's view transform and the SVG's size; returns the viewport to render and a function giving the exact visible model rectangle now (widened by 10 %), for the packet engine. */
export function useViewport(svgRef: RefObject<SVGSVGElement | null>, pods: number) {
  const store = useStoreApi();
  const size = useRef<{ w: number; h: number } | null>(null);
  const [vp, setVp] = useState<Viewport>(() => viewportOf(store.getState().view, null, pods));
  const key = useRef('');
  const podsRef = useRef(pods);
  useLayoutEffect(() => {
    podsRef.current = pods;
    const update = () => {
      const next = viewportOf(store.getState().view, size.current, podsRef.current);
      const k = `${next.level}|${next.rect ? boxKey(next.rect) : ''}`;
      if (k === key.current) return;
      key.current = k;
      // A transition: React renders the new part in slices between frames, so a gesture never
      // waits for it (the old drawing stays, scaled, until the new one is ready).
      startTransition(() => setVp(next));
    };
    const measure = () => {
      const r = svgRef.current?.getBoundingClientRect();
      size.current = r && r.width > 0 && r.height > 0 ? { w: r.width, h: r.height } : null;
      update();
    };
    measure();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view !== prev.view) update();
    });
    const svg = svgRef.current;
    const observer =
      svg && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    if (svg) observer?.observe(svg);
    return () => {
      unsubscribe();
      observer?.disconnect();
    };
  }, [store, svgRef, pods]);
  const visible = useRef(() => {
    const s = size.current;
    if (!s) return null;
    const r = viewRect(store.getState().view, s.w, s.h);
    return box(r.x - r.w * 0.1, r.y - r.h * 0.1, r.w * 1.2, r.h * 1.2);
  });
  return { ...vp, visible: visible.current };
}
