/** Attaches pan/zoom to the diagram's SVG once, writing the transform to a group by ref and to the store. */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useStoreApi } from '../storeContext';
import type { Box } from './geometry';
import { createPanZoom, fitTransform, type PanZoom } from './panZoom';

/** Zoom step of the buttons and keys. */
const STEP = 1.4;

/** Pan/zoom for an SVG and its content groups (drawing and packet overlay); fits the bounds when they change. */
export function usePanZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  groupRef: RefObject<SVGGElement | null>,
  overlayRef: RefObject<SVGGElement | null>,
  bounds: Box,
) {
  const store = useStoreApi();
  const pz = useRef<PanZoom | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const instance = createPanZoom(svg, (v) => {
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
  const fit = useCallback(() => {
    const svg = svgRef.current;
    if (!svg || !pz.current) return;
    const r = svg.getBoundingClientRect();
    pz.current.setView(fitTransform(bounds, r.width || 800, r.height || 600));
  }, [svgRef, bounds]);
  useEffect(fit, [fit]);
  const zoomIn = useCallback(() => pz.current?.zoomBy(STEP), []);
  const zoomOut = useCallback(() => pz.current?.zoomBy(1 / STEP), []);
  return { fit, zoomIn, zoomOut };
}
