/** The cluster diagram: nodes, pods, containers and devices, with moving packets. */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { selectNetwork, selectTraces } from '../../store/selectors';
import { DIAGRAM_CANVAS_ID } from '../controls/focusTargets';
import type { AppState } from '../../store';
import { useAppStore, useStoreApi } from '../storeContext';
import { loader, useLoaded } from '../useLoaded';
import { useT } from '../useT';
import { installBenchHook } from './benchHook';
import { withEnglishRest } from '../../i18n';
import { ClusterDrawing } from './ClusterDrawing';
import type { DiagramLayout } from './layoutTypes';
import { bestNodeColumns, layoutCluster, nodeSizes } from './layout';
import { activeServices, needsExtras, wantsOutside } from './extrasNeeded';
import { Legend } from './Legend';
import { touchedPods } from './lod';
import { prefersReducedMotion, usePacketAnimation } from './usePacketAnimation';
import { PAN_STEP, usePanZoom } from './usePanZoom';
import { useViewport } from './useViewport';
import { ZoomControls } from './ZoomControls';

// Drawn only when a flow has an ARP hop or a failure mark: loaded then, outside the first chunk.
const ArpOverlay = lazy(() => import('./ArpOverlay').then((m) => ({ default: m.ArpOverlay })));
// Services, outside hosts and policy rings: only in scenarios that have them.
const ExtrasView = lazy(() => withEnglishRest(import('./ExtrasView')));
const NatLayer = lazy(() => import('./NatLayer'));
const MarkLayer = lazy(() => import('./MarkLayer').then((m) => ({ default: m.MarkLayer })));
// A pod's creation or deletion (CNI ADD/DEL) step by step: loaded when one is shown.
const CniOverlay = lazy(() => import('../cni/CniOverlay'));
// Presenter mode only: the camera that follows the packet.
const StageCamera = lazy(() =>
  import('../stage/StageCamera').then((m) => ({ default: m.StageCamera })),
);

const selectCluster = (s: AppState) => s.scenario.cluster;
const selectFlows = (s: AppState) => s.flows;
const selectPresenter = (s: AppState) => s.presenter;
const selectCniOn = (s: AppState) => s.cniPlay !== null;

/** Arrow keys → direction the drawing moves (the view moves the other way, like scrolling). */
const PAN_KEYS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** The extras layout module, loaded with the first scenario that has Services, outside hosts or policies. */
const extrasModule = loader(() => import('./layoutExtras'));

/** Whether any pod carries a NetworkPolicy ring. */
function hasRings(layout: DiagramLayout): boolean {
  return layout.nodes.some((n) => n.pods.some((p) => p.policies));
}

/** The diagram area. */
export function DiagramView() {
  const t = useT();
  const store = useStoreApi();
  const cluster = useAppStore(selectCluster);
  const network = useAppStore(selectNetwork);
  const traces = useAppStore(selectTraces);
  const flows = useAppStore(selectFlows);
  const touched = useMemo(() => touchedPods(flows), [flows]);
  const presenter = useAppStore(selectPresenter);
  const cniOn = useAppStore(selectCniOn);
  // The node grid follows the area's shape (while the view follows "fit"), so the drawing fills it.
  const [area, setArea] = useState<{ readonly w: number; readonly h: number } | null>(null);
  const sizes = useMemo(() => nodeSizes(cluster, network), [cluster, network]);
  const cols = area ? bestNodeColumns(sizes, area.w, area.h) : undefined;
  const outside = useMemo(() => wantsOutside(cluster, traces), [cluster, traces]);
  // Services, policies and the outside hosts are laid out by a module loaded when a scenario has them.
  const needExtras = needsExtras(cluster, outside);
  const extrasLayout = useLoaded(extrasModule, needExtras);
  const layout = useMemo(() => {
    const base = layoutCluster(cluster, network, cols);
    return needExtras && extrasLayout
      ? extrasLayout.withExtras(base, cluster, network, outside)
      : base;
  }, [cluster, network, cols, outside, needExtras, extrasLayout]);
  const extras = layout.outside !== undefined || layout.services !== undefined || hasRings(layout);
  const active = useMemo(() => activeServices(traces), [traces]);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const groupRef = useRef<SVGGElement>(null);
  const packetGroupRef = useRef<SVGGElement>(null);
  const ringRef = useRef<SVGCircleElement>(null);
  // What is drawn catches up with the view when a gesture ends (useViewport).
  const settleRef = useRef(() => undefined as void);
  const { fit, zoomIn, zoomOut, panBy, showView, gesturing } = usePanZoom(
    { surface: surfaceRef, layer: layerRef, svg: svgRef, groups: [groupRef, packetGroupRef] },
    layout.bounds,
    setArea,
    () => settleRef.current(),
  );
  const { level, rect, visible, settle } = useViewport(surfaceRef, cluster.pods.length, gesturing);
  useEffect(() => {
    settleRef.current = settle;
  }, [settle]);
  const { plans, refs, PacketLayer } = usePacketAnimation(
    layout,
    traces,
    svgRef,
    ringRef,
    level,
    visible,
  );
  const hasArp = useMemo(() => plans.some((p) => p.stops.some((s) => s.arp)), [plans]);
  const hasMark = useMemo(() => plans.some((p) => p.stops.some((s) => s.mark)), [plans]);
  const hasNat = useMemo(() => plans.some((p) => p.stops.some((s) => s.nat)), [plans]);
  useEffect(() => installBenchHook(store), [store]);
  // Keys the diagram handles while it has focus; preventDefault tells the global playback keys
  // (usePlaybackKeys, which skips handled events) to leave them alone, so ←/→ pan here and step elsewhere.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const pan = PAN_KEYS[e.key];
    if (pan) panBy(pan[0] * PAN_STEP, pan[1] * PAN_STEP);
    else if (e.key === '+' || e.key === '=') zoomIn();
    else if (e.key === '-' || e.key === '−') zoomOut();
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  };
  return (
    <section
      aria-label={t('diagram.label')}
      className="flex h-full flex-col overflow-hidden bg-slate-50"
      data-testid="diagram"
    >
      <div ref={surfaceRef} className="relative min-h-0 flex-1 touch-none overflow-hidden">
        {/* One composited layer: a pan or zoom gesture moves it by CSS and repaints nothing. */}
        <div ref={layerRef} className="absolute inset-0 origin-top-left will-change-transform">
          <svg
            ref={svgRef}
            id={DIAGRAM_CANVAS_ID}
            data-bounds={`${layout.bounds.x} ${layout.bounds.y} ${layout.bounds.w} ${layout.bounds.h}`}
            role="group"
            // Services, outside hosts and policy rings too keep their label geometry while zooming (see ClusterDrawing)
            textRendering="geometricPrecision"
            aria-label={t('diagram.canvas')}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onClick={() => store.getState().select(null)}
            className="block h-full w-full overflow-visible select-none [contain:size_layout_style] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
          >
            <g ref={groupRef}>
              {extras && (
                <Suspense fallback={null}>
                  <ExtrasView layout={layout} t={t} layer="under" active={active} />
                </Suspense>
              )}
              <ClusterDrawing layout={layout} detail={level} rect={rect} touched={touched} t={t} />
              {extras && (
                <Suspense fallback={null}>
                  <ExtrasView layout={layout} t={t} layer="over" active={active} />
                </Suspense>
              )}
            </g>
          </svg>
          {/* Packets live in their own composited layer: moving them never repaints the cluster. */}
          <svg
            aria-hidden="true"
            textRendering="geometricPrecision"
            className="pointer-events-none absolute inset-0 h-full w-full overflow-visible [contain:size_layout_style] will-change-transform"
          >
            <g ref={packetGroupRef}>
              <Suspense fallback={null}>
                {hasArp && (
                  <ArpOverlay plans={plans} layout={layout} reduced={prefersReducedMotion()} />
                )}
                {hasMark && <MarkLayer plans={plans} layout={layout} t={t} />}
                {cniOn && <CniOverlay layout={layout} />}
                {hasNat && <NatLayer plans={plans} layout={layout} />}
              </Suspense>
              {PacketLayer && <PacketLayer plans={plans} refs={refs} ringRef={ringRef} />}
            </g>
          </svg>
        </div>
        {presenter && (
          <Suspense fallback={null}>
            <StageCamera
              layout={layout}
              plans={plans}
              svgRef={svgRef}
              showView={showView}
              onLeave={fit}
            />
          </Suspense>
        )}
        <ZoomControls onZoomIn={zoomIn} onZoomOut={zoomOut} onFit={fit} t={t} />
      </div>
      <Legend flows={Math.min(plans.length, 8)} arp={hasArp} t={t} />
    </section>
  );
}
