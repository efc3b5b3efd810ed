/** Plain pan/zoom math: the buttons and keys work the same before d3-zoom has loaded. */
import { describe, expect, it } from 'vitest';
import { ZOOM_EXTENT, panView, zoomAbout } from '../../../../src/ui/diagram/panZoom';

describe('zoom and pan math', () => {
  it('zooming about a point keeps that point where it is on screen', () => {
    const v = zoomAbout({ x: 10, y: 20, k: 1 }, 2, 100, 50);
    expect(v.k).toBe(2);
    // The model point under (100, 50) was (90, 30); it is still drawn at (100, 50).
    expect(90 * v.k + v.x).toBeCloseTo(100);
    expect(30 * v.k + v.y).toBeCloseTo(50);
  });

  it('never zooms beyond the zoom extent', () => {
    expect(zoomAbout({ x: 0, y: 0, k: 3 }, 10, 0, 0).k).toBe(ZOOM_EXTENT[1]);
    expect(zoomAbout({ x: 0, y: 0, k: 0.05 }, 0.1, 0, 0).k).toBe(ZOOM_EXTENT[0]);
  });

  it('panning moves the view by pixels and keeps the zoom', () => {
    expect(panView({ x: 1, y: 2, k: 1.5 }, 80, -80)).toEqual({ x: 81, y: -78, k: 1.5 });
  });
});
