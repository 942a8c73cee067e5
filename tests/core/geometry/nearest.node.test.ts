import { describe, expect, it } from 'vitest';
import { nearestInDirection, readingOrder } from '../../../src/core/geometry/nearest.js';
import { labelPoint, type Ring } from '../../../src/core/geometry/label-point.js';

// A hand-drawn layout resembling the six: KAZ north, UZB/KGZ middle, TKM south-west, TJK south-east, AFG south.
const pts = [
  { id: 'KAZ', x: 500, y: 200 },
  { id: 'UZB', x: 400, y: 420 },
  { id: 'KGZ', x: 600, y: 400 },
  { id: 'TKM', x: 300, y: 460 },
  { id: 'TJK', x: 570, y: 480 },
  { id: 'AFG', x: 450, y: 600 },
];

describe('nearestInDirection', () => {
  it('moves to the nearest shape in the arrow direction, sideways offset weighing double', () => {
    // KGZ: along 200 + 2·100 = 400; UZB: 220 + 2·100 = 420; TJK: 280 + 2·70 = 420
    expect(nearestInDirection(pts, 'KAZ', 'down')).toBe('KGZ');
    // UZB: along 180 + 2·50 = 280; TJK: 120 + 2·120 = 360; TKM: 140 + 2·150 = 440
    expect(nearestInDirection(pts, 'AFG', 'up')).toBe('UZB');
  });
  it('returns null when nothing lies that way and the first point for an unknown start', () => {
    expect(nearestInDirection(pts, 'AFG', 'down')).toBeNull();
    expect(nearestInDirection(pts, 'KAZ', 'up')).toBeNull();
    expect(nearestInDirection(pts, 'XXX', 'up')).toBe('KAZ');
  });
  it('prefers shapes inside the 60° cone', () => {
    // From TKM going right: UZB (along 100, across 40) is in the cone.
    expect(nearestInDirection(pts, 'TKM', 'right')).toBe('UZB');
    expect(nearestInDirection(pts, 'UZB', 'left')).toBe('TKM');
  });
});

describe('readingOrder', () => {
  it('orders by bands of rounded y, then x', () => {
    // y/100 rounded: KAZ 2; UZB 4, KGZ 4; TKM 5, TJK 5; AFG 6
    expect(readingOrder(pts, 100)).toEqual(['KAZ', 'UZB', 'KGZ', 'TKM', 'TJK', 'AFG']);
  });
});

describe('labelPoint', () => {
  const square: Ring = [
    [0, 0],
    [100, 0],
    [100, 100],
    [0, 100],
    [0, 0],
  ];
  it('puts a label deep inside a shape', () => {
    const p = labelPoint([square], 40, 12)!;
    expect(p[0]).toBeGreaterThan(30);
    expect(p[0]).toBeLessThan(70);
    expect(p[1]).toBeGreaterThan(30);
    expect(p[1]).toBeLessThan(70);
  });
  it('returns null when the text is wider than the shape', () => {
    expect(labelPoint([square], 120, 12)).toBeNull();
  });
  it('avoids the notch of an L shape', () => {
    // L: a wide bottom bar (y 60..100) and a narrow left column; the bbox centre (50,50) lies in the notch.
    const L: Ring = [
      [0, 0],
      [30, 0],
      [30, 60],
      [100, 60],
      [100, 100],
      [0, 100],
      [0, 0],
    ];
    const p = labelPoint([L], 60, 12)!;
    expect(p[1]).toBeGreaterThan(60);
  });
});
