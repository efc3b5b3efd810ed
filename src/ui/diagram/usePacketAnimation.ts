/** Runs the packet engine for the diagram: plans from traces and layout, refs from the packet layer; the engine's code and the layer's load with the first traced packet. */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Trace } from '../../sim';
import { useStoreApi } from '../storeContext';
import type { Box } from './geometry';
import type { DiagramLayout } from './layoutTypes';
import { packetColors } from './packetColors';
import type * as FlowRuntime from './flowRuntime';
import type * as PacketLayerModule from './PacketLayer';
import type { PacketRefs } from './PacketLayer';

/** The reduced-motion media query, read once (its .matches stays live). */
const reducedQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Whether the user asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return reducedQuery?.matches ?? false;
}

/** The lazily loaded planner and engine, with the layer that draws the packets. */
type Runtime = typeof FlowRuntime & Pick<typeof PacketLayerModule, 'PacketLayer'>;
let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

/** Loads the planner, the engine and the packet layer once (together: the layer mounts with the first plans, before the engine looks for its elements). */
function loadRuntime(): Promise<Runtime> {
  return (loading ??= Promise.all([import('./flowRuntime'), import('./PacketLayer')]).then(
    ([m, layer]) => (runtime = { ...m, PacketLayer: layer.PacketLayer }),
  ));
}

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
  const [rt, setRt] = useState<Runtime | null>(runtime);
  const wanted = traces.length > 0;
  useEffect(() => {
    if (rt || !wanted) return;
    let live = true;
    void loadRuntime().then((m) => live && setRt(m));
    return () => {
      live = false;
    };
  }, [rt, wanted]);
  const plans = useMemo(
    () => (rt ? traces.map((tr) => rt.planFlow(layout, tr)) : []),
    [rt, layout, traces],
  );
  const refs = useRef<PacketRefs>({
    packets: [],
    batches: { request: [], reply: [], encap: [] },
  });
  const plansRef = useRef(plans);
  const engine = useRef<ReturnType<Runtime['startPacketEngine']> | null>(null);
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
