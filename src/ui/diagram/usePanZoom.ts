/** Pan/zoom for the diagram's SVG (plain math at once, d3-zoom right after the first paint), writing the transform to a group by ref and to the store; keeps the cluster fitted until the learner moves the view. */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '../storeContext';
import type { Box } from './geometry';
import type { ViewTransform } from '../../store/uiSlice';
import { fitTransform, panView, zoomAbout, type PanZoom } from './panZoom';

/** Zoom step of the buttons and keys. */
const STEP = 1.4;
/** Pan step of the arrow keys, in pixels. */
export const PAN_STEP = 80;

/** Pan/zoom for an SVG and its content groups (drawing and packet overlay); fits on first draw, when the bounds change and when the area resizes (reported to onArea), until the learner zooms or pans by hand. */
export function usePanZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  groupRef: RefObject<SVGGElement | null>,
  overlayRef: RefObject<SVGGElement | null>,
  bounds: Box,
  onArea?: (size: { readonly w: number; readonly h: number }) => void,
) {
  const store = useStoreApi();
  const pz = useRef<PanZoom | null>(null);
  /** The transform shown now (d3-zoom starts from it when it arrives). */
  const view = useRef<ViewTransform>(store.getState().view);
  /** Whether the learner has moved the view since the last fit (then resizing keeps their view). */
  const moved = useRef(false);
  // Layout effect: the plain-math controls are there before the first paint (fitted, no flash);
  // d3-zoom (wheel, drag, pinch) loads right after and takes over from the same transform.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const show = (v: ViewTransform, byGesture: boolean) => {
      if (byGesture) moved.current = true;
      view.current = v;
      const transform = `translate(${v.x},${v.y}) scale(${v.k})`;
      groupRef.current?.setAttribute('transform', transform);
      overlayRef.current?.setAttribute('transform', transform);
      store.getState().setView(v);
    };
    pz.current = {
      zoomBy: (factor) => {
        const r = svg.getBoundingClientRect();
        show(zoomAbout(view.current, factor, r.width / 2, r.height / 2), false);
      },
      panBy: (dx, dy) => show(panView(view.current, dx, dy), false),
      setView: (v) => show(v, false),
      destroy: () => undefined,
    };
    let live = true;
    void import('./panZoomD3').then(({ createPanZoom }) => {
      if (live) pz.current = createPanZoom(svg, view.current, show);
    });
    return () => {
      live = false;
      pz.current?.destroy();
      pz.current = null;
    };
  }, [svgRef, groupRef, overlayRef, store]);
  const onAreaRef = useRef(onArea);
  const lastArea = useRef('');
  const fit = useCallback(() => {
    const svg = svgRef.current;
    if (!svg || !pz.current) return;
    moved.current = false;
    const r = svg.getBoundingClientRect();
    pz.current.setView(fitTransform(bounds, r.width || 800, r.height || 600));
    const area = `${r.width}x${r.height}`;
    if (r.width > 0 && r.height > 0 && area !== lastArea.current) {
      lastArea.current = area;
      onAreaRef.current?.({ w: r.width, h: r.height });
    }
  }, [svgRef, bounds]);
  useLayoutEffect(fit, [fit]);
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
    onAreaRef.current = onArea;
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!moved.current) fitRef.current();
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svgRef]);
  const zoomIn = useCallback(() => {
    moved.current = true;
    pz.current?.zoomBy(STEP);
  }, []);
  const zoomOut = useCallback(() => {
    moved.current = true;
    pz.current?.zoomBy(1 / STEP);
  }, []);
  const panBy = useCallback((dx: number, dy: number) => {
    moved.current = true;
    pz.current?.panBy(dx, dy);
  }, []);
  /** Shows a view chosen by the app (the presenter's camera); resizing then keeps it, as after a gesture. */
  const showView = useCallback((v: ViewTransform) => {
    moved.current = true;
    pz.current?.setView(v);
  }, []);
  return { fit, zoomIn, zoomOut, panBy, showView };
}
