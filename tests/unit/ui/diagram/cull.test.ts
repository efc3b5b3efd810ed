/** Culling: the model rectangle a view shows, and the coarse rectangle drawn around it. */
import { describe, expect, it } from 'vitest';
import { box } from '../../../../src/ui/diagram/geometry';
import { contains, cullRect, inside, intersects, viewRect } from '../../../../src/ui/diagram/cull';

describe('culling', () => {
  it('a view at zoom 0.5 shifted by (100, 50) px shows the model from (-200, -100), twice the screen in size', () => {
    expect(viewRect({ x: 100, y: 50, k: 0.5 }, 1000, 600)).toEqual(box(-200, -100, 2000, 1200));
  });

  it('the drawn rectangle holds the view with a margin on every side', () => {
    const seen = box(1000, 2000, 1440, 900);
    const drawn = cullRect(seen);
    expect(contains(drawn, seen)).toBe(true);
    expect(drawn.x).toBeLessThanOrEqual(1000 - 0.2 * 1440);
    expect(drawn.y + drawn.h).toBeGreaterThanOrEqual(2900 + 0.2 * 900);
    // …but stays within about twice the view in each direction.
    expect(drawn.w).toBeLessThanOrEqual(1440 * 2);
    expect(drawn.h).toBeLessThanOrEqual(900 * 2);
  });

  it('small pans keep the same drawn rectangle, so nothing re-renders', () => {
    const a = cullRect(box(1030, 2010, 1440, 900));
    const b = cullRect(box(1060, 2040, 1440, 900));
    expect(b).toEqual(a);
  });

  it('a pan of a whole screen moves the drawn rectangle', () => {
    const a = cullRect(box(1000, 2000, 1440, 900));
    const b = cullRect(box(2440, 2000, 1440, 900));
    expect(b.x).toBeGreaterThan(a.x);
  });

  it('boxes that touch only along an edge do not overlap', () => {
    expect(intersects(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
    expect(intersects(box(0, 0, 10, 10), box(9, 9, 10, 10))).toBe(true);
    expect(inside(box(0, 0, 10, 10), 10, 10)).toBe(true);
    expect(inside(box(0, 0, 10, 10), 10.5, 5)).toBe(false);
  });
});
