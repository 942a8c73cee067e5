import { describe, expect, it } from 'vitest';
import { ringsHitBox } from '../../../src/core/geometry/overlap.js';
import type { Ring } from '../../../src/core/geometry/label-point.js';

const square = (x: number, y: number, s: number): Ring => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('ringsHitBox', () => {
  it('is true when an edge crosses the box', () => {
    expect(ringsHitBox([square(0, 0, 10)], [5, 5, 20, 20])).toBe(true);
  });
  it('is true when the box lies wholly inside the shape (no edge crosses it)', () => {
    expect(ringsHitBox([square(0, 0, 100)], [40, 40, 60, 60])).toBe(true);
  });
  it('is true when the shape lies wholly inside the box', () => {
    expect(ringsHitBox([square(40, 40, 5)], [0, 0, 100, 100])).toBe(true);
  });
  it('is false for a shape beside the box', () => {
    expect(ringsHitBox([square(0, 0, 10)], [11, 0, 20, 10])).toBe(false);
  });
  it('is false for a box in a hole of the shape', () => {
    expect(ringsHitBox([square(0, 0, 100), square(30, 30, 40)], [40, 40, 60, 60])).toBe(false);
  });
  it('is false for a box in the notch of a concave shape, though it is inside the bounding box', () => {
    // An L: the box sits in the missing quarter.
    const l: Ring = [
      [0, 0],
      [100, 0],
      [100, 50],
      [50, 50],
      [50, 100],
      [0, 100],
      [0, 0],
    ];
    expect(ringsHitBox([l], [60, 60, 90, 90])).toBe(false);
  });
});
