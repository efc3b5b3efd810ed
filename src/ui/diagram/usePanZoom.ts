/** Pan/zoom for the diagram: plain math at once, d3-zoom from the first pointer over it; a gesture moves a composited layer by CSS (nothing repaints) and the drawing's own transform is written when it ends; keeps the cluster fitted until the learner moves the view. */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '../storeContext';
import type { Box } from './geometry';
import type { ViewTransform } from '../../store/uiSlice';
import { fitTransform, gestureDelta, panView, tooBlurry, zoomAbout, type PanZoom } from './panZoom';
import { attachPlainPanZoom } from './panZoomPlain';

/** Zoom step of the buttons and keys. */
const STEP = 1.4;
/** Pan step of the arrow keys, in pixels. */
export const PAN_STEP = 80;
/** Events that show the learner is about to use the diagram: d3-zoom loads then. */
const WAKE_EVENTS = ['pointerover', 'pointerdown', 'wheel', 'touchstart', 'focusin'] as const;

/** The elements pan/zoom works with. */
export interface PanZoomRefs {
  /** The untransformed area that receives gestures and gives the viewport size. */
  readonly surface: RefObject<HTMLDivElement | null>;
  /** The composited layer holding both SVGs, moved by CSS during a gesture. */
  readonly layer: RefObject<HTMLDivElement | null>;
  /** The diagram SVG: gestures must start on it. */
  readonly svg: RefObject<SVGSVGElement | null>;
  /** The groups whose transform attribute shows the view (the drawing, the packet overlay). */
  readonly groups: readonly RefObject<SVGGElement | null>[];
}

/** Pan/zoom over the refs; fits on first draw, when the bounds change and when the area resizes (reported to onArea), until the learner zooms or pans by hand. */
export function usePanZoom(
  refs: PanZoomRefs,
  bounds: Box,
  onArea?: (size: { readonly w: number; readonly h: number }) => void,
  onSettle?: () => void,
) {
  const store = useStoreApi();
  const { surface, layer, svg: svgRef, groups } = refs;
  const pz = useRef<PanZoom | null>(null);
  /** The transform shown now (d3-zoom starts from it when it arrives). */
  const view = useRef<ViewTransform>(store.getState().view);
  /** Whether the learner has moved the view since the last fit (then resizing keeps their view). */
  const moved = useRef(false);
  /** Whether a pointer gesture is under way (what is drawn then waits for its end: see useViewport). */
  const gesturing = useRef(false);
  const onSettleRef = useRef(onSettle);
  const groupsRef = useRef(groups);
  useLayoutEffect(() => {
    const el = surface.current;
    if (!el) return;
    let committed: ViewTransform | null = null;
    /** Writes the view into the drawing itself and drops the layer's CSS transform. */
    const commit = () => {
      const v = view.current;
      committed = v;
      const transform = `translate(${v.x},${v.y}) scale(${v.k})`;
      for (const g of groupsRef.current) g.current?.setAttribute('transform', transform);
      if (layer.current) layer.current.style.transform = '';
    };
    // Any view shown moves it from the fit (fit itself clears the mark after showing its view).
    const show = (v: ViewTransform, byGesture: boolean) => {
      moved.current = true;
      if (byGesture) gesturing.current = true;
      view.current = v;
      if (byGesture && committed && !tooBlurry(committed, v) && layer.current)
        layer.current.style.transform = gestureDelta(committed, v);
      else commit();
      store.getState().setView(v);
    };
    const accepts = (target: EventTarget | null) =>
      target instanceof Node && (svgRef.current?.contains(target) ?? false);
    const plain: PanZoom = {
      zoomBy: (factor) => {
        const r = el.getBoundingClientRect();
        show(zoomAbout(view.current, factor, r.width / 2, r.height / 2), false);
      },
      panBy: (dx, dy) => show(panView(view.current, dx, dy), false),
      setView: (v) => show(v, false),
      sync: () => undefined,
      destroy: () => undefined,
    };
    pz.current = plain;
    const end = () => {
      commit();
      pz.current?.sync(view.current);
      if (!gesturing.current) return;
      gesturing.current = false;
      onSettleRef.current?.();
    };
    const detachPlain = attachPlainPanZoom(el, accepts, () => view.current, show, end);
    let live = true;
    const wake = () => {
      for (const type of WAKE_EVENTS) el.removeEventListener(type, wake);
      void import('./panZoomD3').then(({ createPanZoom }) => {
        if (!live) return;
        detachPlain();
        pz.current = createPanZoom(el, accepts, view.current, show, end);
      });
    };
    for (const type of WAKE_EVENTS) el.addEventListener(type, wake, { passive: true });
    return () => {
      live = false;
      for (const type of WAKE_EVENTS) el.removeEventListener(type, wake);
      detachPlain();
      pz.current?.destroy();
      pz.current = null;
    };
  }, [surface, layer, svgRef, store]);
  const onAreaRef = useRef(onArea);
  const lastArea = useRef('');
  const fit = useCallback(() => {
    const el = surface.current;
    if (!el || !pz.current) return;
    const r = el.getBoundingClientRect();
    pz.current.setView(fitTransform(bounds, r.width || 800, r.height || 600));
    moved.current = false;
    const area = `${r.width}x${r.height}`;
    if (r.width > 0 && r.height > 0 && area !== lastArea.current) {
      lastArea.current = area;
      onAreaRef.current?.({ w: r.width, h: r.height });
    }
  }, [surface, bounds]);
  useLayoutEffect(fit, [fit]);
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
    onAreaRef.current = onArea;
    groupsRef.current = groups;
    onSettleRef.current = onSettle;
  });
  useEffect(() => {
    const el = surface.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!moved.current) fitRef.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [surface]);
  const zoomIn = useCallback(() => pz.current?.zoomBy(STEP), []);
  const zoomOut = useCallback(() => pz.current?.zoomBy(1 / STEP), []);
  const panBy = useCallback((dx: number, dy: number) => pz.current?.panBy(dx, dy), []);
  /** Shows a view chosen by the app (the presenter's camera); resizing then keeps it, as after a gesture. */
  const showView = useCallback((v: ViewTransform) => pz.current?.setView(v), []);
  return { fit, zoomIn, zoomOut, panBy, showView, gesturing };
}
