import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { buildNetwork, simulate, type PacketRequest, type PodId } from '../../../../src/sim';
import { frameAt, MOVE_MS, PAUSE_MS, planFlow } from '../../../../src/ui/diagram/animation';
import { createHopClock } from '../../../../src/ui/diagram/hopClock';
import { batchPaths } from '../../../../src/ui/diagram/packetBatch';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import { twoNodes, vxlanWithHostPod } from './fixtures';

const plan = (cluster: typeof twoNodes, req: PacketRequest) =>
  planFlow(layoutCluster(cluster, buildNetwork(cluster)), simulate(cluster, req));
const web = { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' } as const;
const toApi = defaultScenario.packets[0] as PacketRequest;

describe('packet animation plans', () => {
  it('place a cross-node packet at each device of its trace, request then reply', () => {
    const p = plan(twoNodes, toApi);
    const targets = p.stops.map((s) => s.target);
    expect(targets[0]).toBe('container:default/web/nginx');
    expect(targets).toContain('node:node1#cni0');
    expect(targets).toContain('node:node2#eth0');
    expect(targets.at(-1)).toBe('container:default/web/nginx');
    expect(p.stops.at(-1)?.leg).toBe('reply');
    expect(p.moves).toHaveLength(p.stops.length - 1);
  });

  it('wrap the packet as VXLAN only while it crosses the node network in VXLAN mode', () => {
    const p = plan(vxlanWithHostPod, toApi);
    const wire = p.stops.find((s) => s.target === 'node:node2#eth0');
    expect(wire?.encap).toBe(true);
    expect(p.stops[0]?.encap).toBe(false);
    expect(plan(twoNodes, toApi).stops.some((s) => s.encap)).toBe(false);
  });

  it('keep a localhost packet inside the pod, going out and back on lo', () => {
    const p = plan(twoNodes, { from: web, to: { kind: 'localhost' }, protocol: 'TCP', port: 2020 });
    expect(p.stops.map((s) => s.target)).toContain('pod:default/web#lo');
    expect(p.stops.every((s) => s.target.includes('default/web'))).toBe(true);
  });

  it('mark a refused connection where it ends and show the RST coming back', () => {
    const p = plan(twoNodes, { ...toApi, port: 9999 });
    expect(p.stops.some((s) => s.rst)).toBe(true);
    expect(p.stops.at(-1)?.mark).toBe('refused');
  });

  it('stop each flow at its last hop when the cursor passes it', () => {
    const p = plan(twoNodes, toApi);
    const last = p.stops.length - 1;
    expect(frameAt(p, last + 10, 0.5)?.hop).toBe(last);
    expect(frameAt(p, last + 10, 0.5)?.pos).toEqual(p.stops[last]?.pos);
  });

  it('move a packet between two hops, starting and ending at their anchors', () => {
    const p = plan(twoNodes, toApi);
    expect(frameAt(p, 3, 0)?.pos).toEqual(p.stops[3]?.pos);
    expect(frameAt(p, 3, 1)?.pos).toEqual(p.stops[4]?.pos);
    expect(frameAt(p, 3, 0.5)?.pos).not.toEqual(p.stops[3]?.pos);
  });
});

describe('the hop clock', () => {
  const input = { cursor: 0, playing: true, speed: 1, lastHop: 5, reduced: false };

  it('rests at a hop, then tweens, then asks to step forward', () => {
    const c = createHopClock();
    const ticks = Array.from({ length: 200 }, (_, i) => c.tick(i * 10, input));
    const firstMove = ticks.findIndex((k) => k.t > 0);
    const advance = ticks.findIndex((k) => k.advance);
    expect(firstMove * 10).toBeGreaterThanOrEqual(PAUSE_MS);
    expect(advance * 10).toBeGreaterThanOrEqual(PAUSE_MS + MOVE_MS);
    expect(advance).toBeGreaterThan(firstMove);
  });

  it('never tweens under reduced motion, but still advances', () => {
    const c = createHopClock();
    let advanced = false;
    for (let ts = 0; ts < 3000 && !advanced; ts += 16) {
      const tick = c.tick(ts, { ...input, reduced: true });
      expect(tick.t).toBe(0);
      advanced = tick.advance;
    }
    expect(advanced).toBe(true);
  });

  it('stops playing at the last hop and does nothing while paused', () => {
    const c = createHopClock();
    expect(c.tick(0, { ...input, cursor: 5 }).stop).toBe(true);
    expect(c.tick(500, { ...input, playing: false })).toEqual({
      t: 0,
      advance: false,
      stop: false,
    });
  });

  it('runs twice as fast at speed 2', () => {
    const c = createHopClock();
    c.tick(0, { ...input, speed: 2 });
    let ts = 0;
    let advanced = false;
    while (!advanced && ts < 5000) advanced = c.tick((ts += 10), { ...input, speed: 2 }).advance;
    expect(ts).toBeLessThanOrEqual((PAUSE_MS + MOVE_MS) / 2 + 10);
  });
});

describe('batched packets', () => {
  it('draw every flow as one circle in the path of its colour and leg, with a ring while encapsulated', () => {
    const p = plan(vxlanWithHostPod, toApi);
    const wire = p.stops.findIndex((s) => s.encap);
    const b = batchPaths([p, p, p], wire, 0, 1, 2);
    const circles = (d: string) => (d.match(/M/g) ?? []).length;
    expect(b.request.map(circles)).toEqual([2, 1]);
    expect(b.encap.map(circles)).toEqual([2, 1]);
    expect(b.reply.map(circles)).toEqual([0, 0]);
    const back = batchPaths([p], p.stops.length - 1, 0, 1, 2);
    expect(back.reply.map(circles)).toEqual([1, 0]);
  });
});
