/** Runs the packet engine for the diagram: plans from traces and layout, refs from the packet layer; the engine's code loads with the first traced packet. */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Trace } from '../../sim';
import { useStoreApi } from '../storeContext';
import type { Box } from './geometry';
import type { DiagramLayout } from './layoutTypes';
import { packetColors } from './packetColors';
import type * as FlowRuntime from './flowRuntime';
import type { PacketRefs } from './PacketLayer';

/** The reduced-motion media query, read once (its .matches stays live). */
const reducedQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Whether the user asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return reducedQuery?.matches ?? false;
}

/** The lazily loaded planner and engine. */
type Runtime = typeof FlowRuntime;
let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;

/** Loads the planner and engine once. */
function loadRuntime(): Promise<Runtime> {
  return (loading ??= import('./flowRuntime').then((m) => (runtime = m)));
}

/** Plans the traces over the layout and animates them; returns the plans (none until the engine has loaded) and the refs to fill. */
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
  return { plans, refs: refs.current };
}
