/** Attaches pan/zoom to the diagram's SVG once, writing the transform to a group by ref and to the store; keeps the cluster fitted until the learner moves the view. */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '../storeContext';
import type { Box } from './geometry';
import { createPanZoom, fitTransform, type PanZoom } from './panZoom';

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
  /** Whether the learner has moved the view since the last fit (then resizing keeps their view). */
  const moved = useRef(false);
  // Layout effects: the drawing is attached and fitted before the first paint (no unfitted flash).
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const instance = createPanZoom(svg, (v, byGesture) => {
      if (byGesture) moved.current = true;
      const transform = `translate(${v.x},${v.y}) scale(${v.k})`;
      groupRef.current?.setAttribute('transform', transform);
      overlayRef.current?.setAttribute('transform', transform);
      store.getState().setView(v);
    });
    pz.current = instance;
    return () => {
      instance.destroy();
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
  return { fit, zoomIn, zoomOut, panBy };
}
