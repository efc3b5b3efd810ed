import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/sim';
import { box } from '../../../../src/ui/diagram/geometry';
import { bestNodeColumns, layoutCluster, nodeSizes } from '../../../../src/ui/diagram/layout';
import { FIT_MAX_SCALE, fitTransform } from '../../../../src/ui/diagram/panZoom';
import { bigCluster, twoNodes } from './fixtures';

describe('fit to screen', () => {
  it('scales a small drawing up to fill the area, at most FIT_MAX_SCALE', () => {
    const v = fitTransform(box(0, 0, 100, 50), 1000, 800);
    expect(v.k).toBe(FIT_MAX_SCALE);
    const w = fitTransform(box(0, 0, 400, 300), 1000, 800);
    expect(w.k).toBeGreaterThan(1.9);
  });

  it('leaves only a small margin on the limiting side and centres the other', () => {
    const v = fitTransform(box(10, 20, 1000, 200), 1024, 800);
    expect(10 * v.k + v.x).toBeCloseTo(12, 5);
    expect(20 * v.k + v.y + (200 * v.k) / 2).toBeCloseTo(400, 5);
  });
});

describe('the node grid follows the shape of the area', () => {
  it('the layout places nodes at their measured size, a row as tall as its tallest node', () => {
    const net = buildNetwork(twoNodes);
    expect(nodeSizes(twoNodes, net).map((s) => [s.w, s.h])).toEqual([
      [580, 404],
      [580, 370],
    ]);
    const side = layoutCluster(twoNodes, net, 2).nodes.map((n) => [n.box.w, n.box.h]);
    expect(side).toEqual([
      [580, 404],
      [580, 404],
    ]);
    const stacked = layoutCluster(twoNodes, net, 1).nodes.map((n) => [n.box.w, n.box.h]);
    expect(stacked).toEqual([
      [580, 404],
      [580, 370],
    ]);
  });

  it('two nodes sit side by side in a wide area and one above the other in a tall one', () => {
    const sizes = nodeSizes(twoNodes, buildNetwork(twoNodes));
    expect(bestNodeColumns(sizes, 1600, 500)).toBe(2);
    expect(bestNodeColumns(sizes, 800, 900)).toBe(1);
  });

  it('the chosen grid fits larger than the default one in a tall area', () => {
    const net = buildNetwork(twoNodes);
    const cols = bestNodeColumns(nodeSizes(twoNodes, net), 990, 800);
    const k = (c?: number) => fitTransform(layoutCluster(twoNodes, net, c).bounds, 990, 800).k;
    expect(k(cols)).toBeGreaterThan(k());
  });

  it('twenty nodes get a grid between one row and one column', () => {
    const c = bigCluster(20, 200);
    const cols = bestNodeColumns(nodeSizes(c, buildNetwork(c)), 1400, 900);
    expect(cols).toBeGreaterThan(1);
    expect(cols).toBeLessThan(20);
  });
});
