/** Runs the packet engine for the diagram: plans from traces and layout, refs from the packet layer. */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Trace } from '../../sim';
import { useStoreApi } from '../storeContext';
import { planFlow } from './animation';
import type { Box } from './geometry';
import type { DiagramLayout } from './layoutTypes';
import { packetColors } from './packetColors';
import { startPacketEngine } from './packetEngine';
import type { PacketRefs } from './PacketLayer';

/** The reduced-motion media query, read once (its .matches stays live). */
const reducedQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Whether the user asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return reducedQuery?.matches ?? false;
}

/** Plans the traces over the layout and animates them; returns the plans and the refs to fill. */
export function usePacketAnimation(
  layout: DiagramLayout,
  traces: readonly Trace[],
  svgRef: RefObject<SVGSVGElement | null>,
  ringRef: RefObject<SVGCircleElement | null>,
  redrawKey: unknown,
  visible?: () => Box | null,
) {
  const store = useStoreApi();
  const plans = useMemo(() => traces.map((tr) => planFlow(layout, tr)), [layout, traces]);
  const refs = useRef<PacketRefs>({
    packets: [],
    batches: { request: [], reply: [], encap: [] },
  });
  const plansRef = useRef(plans);
  const engine = useRef<ReturnType<typeof startPacketEngine> | null>(null);
  useEffect(() => {
    const e = startPacketEngine({
      store,
      plans: () => plansRef.current,
      dom: () => ({
        packets: refs.current.packets,
        batches: refs.current.batches,
        ring: ringRef.current,
        root: svgRef.current,
      }),
      colors: packetColors,
      reduced: prefersReducedMotion,
      ...(visible ? { visible } : {}),
    });
    engine.current = e;
    return () => {
      e.stop();
      engine.current = null;
    };
  }, [store, svgRef, ringRef, visible]);
  useEffect(() => {
    plansRef.current = plans;
    refs.current.packets.length = plans.length;
    engine.current?.invalidate();
  }, [plans, redrawKey]);
  return { plans, refs: refs.current };
}
