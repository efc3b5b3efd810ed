import { describe, expect, it } from 'vitest';
import { buildNetwork, type DeviceId } from '../../../../src/sim';
import { pt } from '../../../../src/ui/diagram/geometry';
import { pointAlong, polyline } from '../../../../src/ui/diagram/polyline';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import { detailAt, SUMMARY_BELOW } from '../../../../src/ui/diagram/lod';
import { pathBetween } from '../../../../src/ui/diagram/paths';
import { bigCluster, twoNodes } from './fixtures';

const l = layoutCluster(twoNodes, buildNetwork(twoNodes));
const anchor = (id: string) => {
  const a = l.anchors.get(id);
  if (!a) throw new Error(`no anchor ${id}`);
  return a;
};
const vethOf = (pod: string) =>
  l.nodes.flatMap((n) => n.pods).find((p) => p.name === pod)?.vethHost?.id as DeviceId;

describe('packet paths', () => {
  it('go straight from a container to its pod lo, never leaving the pod', () => {
    const path = pathBetween(anchor('container:default/web/nginx'), anchor('pod:default/web#lo'));
    expect(path).toEqual([
      anchor('container:default/web/nginx').pos,
      anchor('pod:default/web#lo').pos,
    ]);
  });

  it('run along the bus between two veths of the same row, without visiting cni0', () => {
    const path = pathBetween(anchor(vethOf('web')), anchor(vethOf('cache')));
    const bus = l.nodes[0]?.buses[0]?.y;
    // down from the resting point onto the bus, along it, and up to the other resting point
    expect(path.map((p) => p.y)).toEqual([(bus ?? 0) - 20, bus, bus, (bus ?? 0) - 20]);
    expect(path.some((p) => p.x === l.nodes[0]?.spine.x)).toBe(false);
  });

  it('cross the node network line between the eth0s of two nodes', () => {
    const path = pathBetween(anchor('node:node1#eth0'), anchor('node:node2#eth0'));
    const wireY = l.wires[0]?.y;
    expect(path.slice(1, -1).every((p) => p.y === wireY)).toBe(true);
    expect(path).toHaveLength(4);
  });

  it('are walked at constant speed by fraction of length', () => {
    const line = polyline([pt(0, 0), pt(10, 0), pt(10, 10)]);
    expect(pointAlong(line, 0.5)).toEqual(pt(10, 0));
    expect(pointAlong(line, 0.75)).toEqual(pt(10, 5));
    expect(pointAlong(line, 1)).toEqual(pt(10, 10));
  });
});

describe('level of detail', () => {
  it('summarises pods when zoomed out and shows full pods when zoomed in', () => {
    expect(detailAt(SUMMARY_BELOW / 2)).toBe('summary');
    expect(detailAt(1)).toBe('full');
    expect(detailAt(0.1, 'full')).toBe('full');
    expect(detailAt(3, 'summary')).toBe('summary');
  });

  it('keeps a few hundred pods laid out in a bounded, roughly square area', () => {
    const big = bigCluster(10, 300);
    const b = layoutCluster(big, buildNetwork(big)).bounds;
    expect(b.w / b.h).toBeLessThan(4);
    expect(b.h / b.w).toBeLessThan(4);
  });
});
