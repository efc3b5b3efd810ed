/** Gesture math: the CSS transform that shows a live view over a drawing made for another, and the wheel's zoom steps. */
import { describe, expect, it } from 'vitest';
import { gestureDelta, tooBlurry, wheelFactor } from '../../../../src/ui/diagram/panZoom';

describe('gesture math', () => {
  it('the layer moves by the difference of two views (drawn at k 1 from (0,0), shown at k 2 from (10,20))', () => {
    expect(gestureDelta({ x: 0, y: 0, k: 1 }, { x: 10, y: 20, k: 2 })).toBe(
      'translate(10px, 20px) scale(2)',
    );
    // A model point (5, 5) is drawn at 0.5·5+100 = 102.5 and must land at 1·5+50 = 55.
    expect(gestureDelta({ x: 100, y: 100, k: 0.5 }, { x: 50, y: 50, k: 1 })).toBe(
      'translate(-150px, -150px) scale(2)',
    );
  });

  it('a layer scaled more than 8× either way is redrawn crisp', () => {
    expect(tooBlurry({ x: 0, y: 0, k: 0.1 }, { x: 0, y: 0, k: 0.8 })).toBe(false);
    expect(tooBlurry({ x: 0, y: 0, k: 0.1 }, { x: 0, y: 0, k: 0.81 })).toBe(true);
    expect(tooBlurry({ x: 0, y: 0, k: 1 }, { x: 0, y: 0, k: 0.12 })).toBe(true);
  });

  it('one wheel notch of 100 px zooms in by 2^0.2, as d3-zoom does; lines and pages step further', () => {
    expect(wheelFactor(-100, 0)).toBeCloseTo(1.1487, 4);
    expect(wheelFactor(100, 0)).toBeCloseTo(1 / 1.1487, 4);
    expect(wheelFactor(-3, 1)).toBeCloseTo(2 ** 0.15, 6);
    expect(wheelFactor(-1, 2)).toBe(2);
  });
});
