/** Runs the packet engine for the diagram: plans from traces and layout, refs from the packet layer; the engine's code and the layer's load with the first traced packet. */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Trace } from '../../sim';
import { useStoreApi } from '../storeContext';
import { loader, useLoaded } from '../useLoaded';
import type { Box } from './geometry';
import type { DiagramLayout } from './layoutTypes';
import { packetColors } from './packetColors';
import type { startPacketEngine } from './flowRuntime';
import type { PacketRefs } from './PacketLayer';

/** The reduced-motion media query, read once (its .matches stays live). */
const reducedQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Whether the user asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return reducedQuery?.matches ?? false;
}

/** The planner, the engine and the packet layer, loaded together with the first traced packet: the layer mounts with the first plans, before the engine looks for its elements. */
const runtime = loader(() =>
  Promise.all([import('./flowRuntime'), import('./PacketLayer')]).then(([m, layer]) => ({
    ...m,
    PacketLayer: layer.PacketLayer,
  })),
);

/** Plans the traces over the layout and animates them; returns the plans (none until the engine has loaded), the refs to fill and the layer that fills them (null until then). */
export function usePacketAnimation(
  layout: DiagramLayout,
  traces: readonly Trace[],
  svgRef: RefObject<SVGSVGElement | null>,
  ringRef: RefObject<SVGCircleElement | null>,
  redrawKey: unknown,
  visible?: () => Box | null,
) {
  const store = useStoreApi();
  const rt = useLoaded(runtime, traces.length > 0);
  const plans = useMemo(
    () => (rt ? traces.map((tr) => rt.planFlow(layout, tr)) : []),
    [rt, layout, traces],
  );
  const refs = useRef<PacketRefs>({
    packets: [],
    batches: { request: [], reply: [], encap: [] },
  });
  const plansRef = useRef(plans);
  const engine = useRef<ReturnType<typeof startPacketEngine> | null>(null);
  useEffect(() => {
    if (!rt) return;
    const e = rt.startPacketEngine({
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
  }, [rt, store, svgRef, ringRef, visible]);
  useEffect(() => {
    plansRef.current = plans;
    refs.current.packets.length = plans.length;
    engine.current?.invalidate();
  }, [plans, redrawKey]);
  return { plans, refs: refs.current, PacketLayer: rt?.PacketLayer ?? null };
}
