import { describe, expect, it } from 'vitest';
import {
  apply,
  constrain,
  fitBox,
  panBy,
  rescale,
  ringsBox,
  zoomBy,
  IDENTITY,
} from '../../../src/core/geometry/zoom.js';

const W = 800;
const H = 600;

describe('constrain', () => {
  it('keeps k within 1–12 and the drawing covering the frame', () => {
    expect(constrain({ k: 0.5, x: 10, y: 10 }, W, H)).toEqual({ k: 1, x: 0, y: 0 });
    expect(constrain({ k: 40, x: 0, y: 0 }, W, H).k).toBe(12);
    // At k = 2 the drawing is 1600 × 1200: x may range over [800 − 1600, 0] = [−800, 0].
    expect(constrain({ k: 2, x: -900, y: 50 }, W, H)).toEqual({ k: 2, x: -800, y: 0 });
    expect(constrain({ k: 2, x: -300, y: -200 }, W, H)).toEqual({ k: 2, x: -300, y: -200 });
  });
  it('turns NaN into the identity rather than propagating it', () => {
    expect(constrain({ k: NaN, x: NaN, y: NaN }, W, H)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('zoomBy', () => {
  it('doubles about the centre: the centre point stays put', () => {
    const t = zoomBy(IDENTITY, 2, W, H);
    expect(t).toEqual({ k: 2, x: -400, y: -300 });
    expect(apply(t, [400, 300])).toEqual([400, 300]);
  });
  it('keeps the drawing point under the cursor fixed when that is possible', () => {
    const t = zoomBy({ k: 2, x: -400, y: -300 }, 1.5, W, H, [500, 250]);
    // The drawing point under (500, 250) before: ((500+400)/2, (250+300)/2) = (450, 275).
    const [x, y] = apply(t, [450, 275]);
    expect(x).toBeCloseTo(500, 9);
    expect(y).toBeCloseTo(250, 9);
  });
  it('zooming out from 2× by 2 returns exactly to the identity', () => {
    expect(zoomBy(zoomBy(IDENTITY, 2, W, H), 0.5, W, H)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('panBy', () => {
  it('moves and stops at the edges', () => {
    expect(panBy({ k: 2, x: -400, y: -300 }, 100, -50, W, H)).toEqual({ k: 2, x: -300, y: -350 });
    expect(panBy({ k: 2, x: -400, y: -300 }, 1000, 1000, W, H)).toEqual({ k: 2, x: 0, y: 0 });
    expect(panBy(IDENTITY, 100, 100, W, H)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('fitBox', () => {
  it('centres a box with padding at the largest scale that fits', () => {
    // A 100 × 50 box at (300..400, 200..250): k = min((800−48)/100, (600−48)/50, 8) = 7.52.
    const t = fitBox(
      [
        [300, 200],
        [400, 250],
      ],
      W,
      H,
      { padding: 24, maxK: 8 },
    );
    expect(t.k).toBeCloseTo(7.52, 9);
    const [cx, cy] = apply(t, [350, 225]);
    expect(cx).toBeCloseTo(400, 9);
    expect(cy).toBeCloseTo(300, 9);
  });
  it('stops at maxK for a tiny box and never goes below 1 for a huge one', () => {
    expect(
      fitBox(
        [
          [10, 10],
          [11, 11],
        ],
        W,
        H,
        { maxK: 8 },
      ).k,
    ).toBe(8);
    expect(
      fitBox(
        [
          [-100, -100],
          [2000, 2000],
        ],
        W,
        H,
      ),
    ).toEqual({ k: 1, x: 0, y: 0 });
  });
  it('is constrained: a box in a corner is not centred past the edge', () => {
    const t = fitBox(
      [
        [0, 0],
        [100, 75],
      ],
      W,
      H,
      { padding: 0 },
    );
    expect(t).toEqual({ k: 8, x: 0, y: 0 });
  });
});

describe('ringsBox and rescale', () => {
  it('bounds rings', () => {
    expect(
      ringsBox([
        [
          [1, 5],
          [3, 2],
        ],
        [[-1, 4]],
      ]),
    ).toEqual([
      [-1, 2],
      [3, 5],
    ]);
    expect(ringsBox([])).toBeNull();
  });
  it('rescales the translation with the width', () => {
    expect(rescale({ k: 3, x: -600, y: -300 }, 800, 400)).toEqual({ k: 3, x: -300, y: -150 });
  });
});
