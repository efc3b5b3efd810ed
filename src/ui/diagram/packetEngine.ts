/** The packet animation loop: one requestAnimationFrame loop writing packet transforms through refs. */
import type { AppState, AppStore } from '../../store';
import { ARP_REST_MS, frameAt, PAUSE_MS, type FlowPlan, type Stop } from './animation';
import { inside } from './cull';
import type { Box } from './geometry';
import { createHopClock } from './hopClock';
import type { batchPaths } from './packetBatch';
import { REPLY_SHAPE, REQUEST_SHAPE } from './packetShapes';

/** The DOM the engine writes to; React renders it once per set of flows. */
export interface PacketDom {
  /** One group per flow: children are the core dot, the VXLAN ring, then optional labels. */
  readonly packets: readonly (SVGGElement | null)[];
  /** With many flows: batch paths per colour (see packetBatch.ts); empty arrays otherwise. */
  readonly batches: {
    readonly request: readonly (SVGPathElement | null)[];
    readonly reply: readonly (SVGPathElement | null)[];
    readonly encap: readonly (SVGPathElement | null)[];
  };
  /** The ring around the active flow's current element. */
  readonly ring: SVGCircleElement | null;
  /** Where to look up elements by id (the SVG). */
  readonly root: Element | null;
}

/** What the engine needs from its host component. */
export interface PacketEngineHost {
  /** The store, read through subscribe. */
  readonly store: AppStore;
  /** The current plans, one per flow. */
  readonly plans: () => readonly FlowPlan[];
  /** The current DOM. */
  readonly dom: () => PacketDom;
  /** The request and reply colours of flow i. */
  readonly colors: (i: number) => readonly [string, string];
  /** Whether to skip tweening. */
  readonly reduced: () => boolean;
  /** The model rectangle on screen now (null: unknown, draw every packet): packets outside it are neither drawn nor moved. */
  readonly visible?: () => Box | null;
}

/** Zoomed far out, packets keep a readable size on screen instead of shrinking with the cluster. */
export function packetScale(k: number): number {
  return Math.max(1, 0.8 / k);
}

/** Finds a diagram element by id: devices by DOM id, others by data-element-id. */
function findElement(root: Element | null, id: string): Element | null {
  if (!root) return null;
  return (
    root.querySelector(`[data-device-id="${CSS.escape(id)}"]`) ??
    root.querySelector(`[data-element-id="${CSS.escape(id)}"]`)
  );
}

/** Starts the loop; returns stop() and invalidate() (call after React re-renders the DOM). */
export function startPacketEngine(host: PacketEngineHost) {
  const clock = createHopClock();
  let state: AppState = host.store.getState();
  let dirty = true;
  let moving = false;
  const shown: (Stop | undefined)[] = [];
  /** Flows whose packet is hidden because it is off screen. */
  const offScreen: boolean[] = [];
  let current: Element | null = null;
  // Many flows draw as batched paths: that code loads the first time so many are shown.
  let batch: typeof batchPaths | null = null;
  let batchLoading = false;
  const unsubscribe = host.store.subscribe((s) => {
    if (s.cursor !== state.cursor || s.playing !== state.playing || s.flows !== state.flows)
      dirty = true;
    if (s.activeFlow !== state.activeFlow || s.scenario !== state.scenario) dirty = true;
    // A new view may bring packets on screen (or take them off): redraw, even while paused.
    if (s.view !== state.view) dirty = true;
    state = s;
  });

  /** Writes what differs between the stop shown before and this one (attribute writes are the cost). */
  const writeStop = (g: SVGGElement, stop: Stop, was: Stop | undefined, i: number) => {
    const kids = g.children;
    if (stop.leg !== was?.leg) {
      const [request, reply] = host.colors(i);
      kids[0]?.setAttribute('fill', stop.leg === 'reply' ? reply : request);
      kids[0]?.setAttribute('d', stop.leg === 'reply' ? REPLY_SHAPE : REQUEST_SHAPE);
      g.setAttribute('data-leg', stop.leg);
    }
    if (stop.encap !== was?.encap) {
      kids[1]?.setAttribute('visibility', stop.encap ? 'visible' : 'hidden');
      kids[2]?.setAttribute('visibility', stop.encap ? 'visible' : 'hidden');
    }
    if (stop.rst !== was?.rst) kids[3]?.setAttribute('visibility', stop.rst ? 'visible' : 'hidden');
    if (stop.ghost !== was?.ghost) g.setAttribute('visibility', stop.ghost ? 'hidden' : 'visible');
  };

  let currentTarget: string | null = null;
  const highlight = (dom: PacketDom, stop: Stop | undefined) => {
    const target = stop?.target ?? null;
    if (target !== currentTarget || (current && !current.isConnected)) {
      currentTarget = target;
      const el = target === null ? null : findElement(dom.root, target);
      if (el !== current) {
        current?.removeAttribute('data-current');
        el?.setAttribute('data-current', 'true');
        current = el;
      }
    }
    if (dom.ring) {
      dom.ring.setAttribute('visibility', stop ? 'visible' : 'hidden');
      if (stop) {
        const sc = packetScale(state.view.k);
        dom.ring.setAttribute('transform', `translate(${stop.pos.x},${stop.pos.y}) scale(${sc})`);
      }
    }
  };

  const frame = (now: number) => {
    raf = requestAnimationFrame(frame);
    const plans = host.plans();
    // Packets shown but not traced yet (the tracer is loading): wait, still playing. A CNI trace
    // (no packets) has its own clock (ui/cni/useCniClock).
    if (plans.length === 0 && (state.flows.length > 0 || state.cniPlay)) return;
    let lastHop = 0;
    for (const p of plans) lastHop = Math.max(lastHop, p.stops.length - 1);
    const here = plans[state.activeFlow]?.stops[state.cursor];
    const tick = clock.tick(now, {
      cursor: state.cursor,
      playing: state.playing,
      speed: state.speed,
      lastHop,
      reduced: host.reduced(),
      restMs: here?.arp ? ARP_REST_MS : PAUSE_MS,
    });
    if (tick.stop) state.setPlaying(false);
    if (tick.advance) state.stepForward();
    const isMoving = tick.t > 0;
    if (!dirty && !isMoving && !moving) return;
    moving = isMoving;
    const full = dirty;
    dirty = false;
    const dom = host.dom();
    const sc = packetScale(state.view.k);
    const colours = dom.batches.request[0] ? dom.batches.request.length : 0;
    const rect = host.visible?.() ?? null;
    if (colours > 0) {
      // Many flows: a few path writes per frame instead of one transform per packet.
      if (!batch && !batchLoading) {
        batchLoading = true;
        void import('./packetBatch').then((m) => {
          batch = m.batchPaths;
          dirty = true;
        });
      }
      const b = batch?.(plans, state.cursor, tick.t, sc, colours, rect);
      for (let c = 0; c < colours; c++) {
        dom.batches.request[c]?.setAttribute('d', b?.request[c] ?? '');
        dom.batches.reply[c]?.setAttribute('d', b?.reply[c] ?? '');
        dom.batches.encap[c]?.setAttribute('d', b?.encap[c] ?? '');
      }
    }
    // Per-flow groups (few flows) every frame; with batches only markers, on hop changes.
    if (colours === 0 || full)
      plans.forEach((plan, i) => {
        // Between hops only the flows still under way move; finished ones keep their last write.
        if (!full && state.cursor >= plan.stops.length - 1) return;
        const f = frameAt(plan, state.cursor, tick.t);
        if (!f) return;
        const g = dom.packets[i];
        const off = rect !== null && !inside(rect, f.pos.x, f.pos.y);
        if (g && off !== (offScreen[i] ?? false)) {
          offScreen[i] = off;
          g.setAttribute('display', off ? 'none' : 'inline');
        }
        if (g && !off) {
          g.setAttribute('transform', `translate(${f.pos.x},${f.pos.y}) scale(${sc})`);
          if (shown[i] !== f.stop) writeStop(g, f.stop, shown[i], i);
          shown[i] = f.stop;
        }
      });
    const active = plans[state.activeFlow];
    highlight(dom, active ? frameAt(active, state.cursor, 0)?.stop : undefined);
  };
  let raf = requestAnimationFrame(frame);

  return {
    /** Stops the loop and the subscription. */
    stop: () => {
      cancelAnimationFrame(raf);
      unsubscribe();
      current?.removeAttribute('data-current');
    },
    /** Forces a full write on the next frame (new DOM or new plans). */
    invalidate: () => {
      dirty = true;
      shown.length = 0;
      offScreen.length = 0;
      current?.removeAttribute('data-current');
      current = null;
      currentTarget = null;
    },
  };
}
