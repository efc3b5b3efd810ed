/** What part of the drawing to render and in how much detail, from the view transform: React re-renders only when the coarse cull rectangle or the level changes, never per frame. */
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useStoreApi } from '../storeContext';
import type { ViewTransform } from '../../store/uiSlice';
import { boxKey, contains, cullRect, viewRect } from './cull';
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

/** During a gesture, the drawing is brought up to date at most this often, and only when the view leaves what is drawn. */
const GESTURE_UPDATE_MS = 250;

/**
 * Follows the store's view transform and the diagram area's size; returns the viewport to render,
 * settle() to bring it up to date when a gesture ends, and visible(): the exact model rectangle on
 * screen now (widened by 10 %), for the packet engine. While `gesturing` holds, the drawing keeps
 * its level and part (the gesture scales it as a picture) unless the view leaves the drawn part.
 */
export function useViewport(
  areaRef: RefObject<Element | null>,
  pods: number,
  gesturing?: RefObject<boolean>,
) {
  const store = useStoreApi();
  const size = useRef<{ w: number; h: number } | null>(null);
  const [vp, setVp] = useState<Viewport>(() => viewportOf(store.getState().view, null, pods));
  const key = useRef('');
  const podsRef = useRef(pods);
  const drawn = useRef<Box | null>(null);
  const settle = useRef(() => undefined as void);
  useLayoutEffect(() => {
    podsRef.current = pods;
    let last = 0;
    const update = (force: boolean) => {
      const view = store.getState().view;
      const next = viewportOf(view, size.current, podsRef.current);
      const k = `${next.level}|${next.rect ? boxKey(next.rect) : ''}`;
      if (k === key.current) return;
      if (!force && gesturing?.current && size.current && drawn.current) {
        const now = performance.now();
        const seen = viewRect(view, size.current.w, size.current.h);
        if (contains(drawn.current, seen) || now - last < GESTURE_UPDATE_MS) return;
        last = now;
      }
      key.current = k;
      drawn.current = next.rect;
      // A transition: React renders the new part in slices between frames, so a gesture never
      // waits for it (the old drawing stays, scaled, until the new one is ready).
      startTransition(() => setVp(next));
    };
    const measure = () => {
      const r = areaRef.current?.getBoundingClientRect();
      size.current = r && r.width > 0 && r.height > 0 ? { w: r.width, h: r.height } : null;
      update(true);
    };
    measure();
    settle.current = () => update(true);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view !== prev.view) update(false);
    });
    const area = areaRef.current;
    const observer =
      area && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : null;
    if (area) observer?.observe(area);
    return () => {
      unsubscribe();
      observer?.disconnect();
    };
  }, [store, areaRef, pods, gesturing]);
  const visible = useRef(() => {
    const s = size.current;
    if (!s) return null;
    const r = viewRect(store.getState().view, s.w, s.h);
    return box(r.x - r.w * 0.1, r.y - r.h * 0.1, r.w * 1.2, r.h * 1.2);
  });
  const settleNow = useRef(() => settle.current());
  return { ...vp, visible: visible.current, settle: settleNow.current };
}
