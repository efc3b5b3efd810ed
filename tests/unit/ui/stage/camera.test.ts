import { describe, expect, it } from 'vitest';
import { presetById, presetFlows } from '../../../../src/scenario/presets';
import { buildNetwork, simulate } from '../../../../src/sim';
import { planFlow, type FlowPlan } from '../../../../src/ui/diagram/animation';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import type { DiagramLayout } from '../../../../src/ui/diagram/layoutTypes';
import { cameraFor, labelTargetPx, viewBetween } from '../../../../src/ui/stage/camera';

function vxlan(): { layout: DiagramLayout; plan: FlowPlan } {
  const preset = presetById('two-nodes-vxlan');
  if (!preset) throw new Error('preset missing');
  const cluster = preset.scenario.cluster;
  const layout = layoutCluster(cluster, buildNetwork(cluster), 2);
  const req = presetFlows(preset)[0];
  if (!req) throw new Error('no packet');
  return { layout, plan: planFlow(layout, simulate(cluster, req)) };
}

/** Where a model point lands on screen under a view. */
const onScreen = (v: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({
  x: p.x * v.k + v.x,
  y: p.y * v.k + v.y,
});

describe('the presenter camera', () => {
  const { layout, plan } = vxlan();
  // The diagram's area under the header, caption and playback bar of a 1280×720 and a 1920×1080 screen.
  const small = { w: 1280, h: 460 };
  const large = { w: 1920, h: 800 };

  it('asks for device names of 18 px on a 1280 px wide screen and 24 px on a 1920 px one', () => {
    expect(labelTargetPx(small)).toBe(18);
    expect(labelTargetPx(large)).toBe(24);
    expect(labelTargetPx({ w: 4000, h: 2000 })).toBe(28);
  });

  it('zooms a cross-node VXLAN flow so 11 px device names and 10 px addresses are at least 16 px at 1280 and 20 px (names) at 1920', () => {
    for (let hop = 0; hop < plan.stops.length; hop++) {
      expect(cameraFor(layout, plan, hop, small).k * 10).toBeGreaterThanOrEqual(16);
      expect(cameraFor(layout, plan, hop, large).k * 11).toBeGreaterThanOrEqual(20);
    }
    expect(cameraFor(layout, plan, 0, small).k).toBeCloseTo(18 / 11, 6);
  });

  it('keeps the current stop well inside the screen at every hop of the flow', () => {
    for (const vp of [small, large]) {
      plan.stops.forEach((stop, hop) => {
        const p = onScreen(cameraFor(layout, plan, hop, vp), stop.pos);
        expect(p.x).toBeGreaterThan(40);
        expect(p.x).toBeLessThan(vp.w - 40);
        expect(p.y).toBeGreaterThan(20);
        expect(p.y).toBeLessThan(vp.h - 40);
      });
    }
  });

  it('follows the packet: the first hop on node1 is left of the screen centre, node2 eth0 then moves the view left', () => {
    const first = cameraFor(layout, plan, 0, small);
    const far = plan.stops.findIndex((s) => s.target === 'node:node2#eth0');
    expect(far).toBeGreaterThan(0);
    const atFar = cameraFor(layout, plan, far, small);
    expect(atFar.x).toBeLessThan(first.x);
    expect(onScreen(first, { x: 64, y: 178 }).x).toBeLessThan(small.w / 2);
  });

  it('never shows more than the flow crosses: the node network line beyond node2 eth0 stays cut off at 1280', () => {
    plan.stops.forEach((_, hop) => {
      const v = cameraFor(layout, plan, hop, small);
      // The flow's stops span x 44…1002 (web's nginx to node2 eth0): the view stays within them plus 72.
      expect(-v.x / v.k).toBeGreaterThanOrEqual(44 - 72 - 1e-6);
      expect((small.w - v.x) / v.k).toBeLessThanOrEqual(1002 + 72 + 1e-6);
    });
  });

  it('centres the whole layout when nothing is sent', () => {
    const v = cameraFor(layout, null, 0, small);
    const mid = onScreen(v, {
      x: layout.bounds.x + layout.bounds.w / 2,
      y: layout.bounds.y + layout.bounds.h / 2,
    });
    expect(mid.x).toBeCloseTo(640, 6);
    expect(mid.y).toBeCloseTo(230, 6);
  });

  it('eases between two views: the start at 0, half way at 0.5, the end at 1', () => {
    const a = { k: 1, x: 0, y: 0 };
    const b = { k: 2, x: -100, y: 50 };
    expect(viewBetween(a, b, 0)).toEqual(a);
    expect(viewBetween(a, b, 0.5)).toEqual({ k: 1.5, x: -50, y: 25 });
    expect(viewBetween(a, b, 1)).toEqual(b);
    expect(viewBetween(a, b, 0.1).k).toBeLessThan(1.1);
  });
});
