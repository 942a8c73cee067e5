import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodgeLabels, fitText } from '../../../src/core/charts/labels.js';

describe('dodgeLabels', () => {
  it('leaves labels that do not overlap where they want to be', () => {
    const out = dodgeLabels(
      [
        { id: 'a', y: 10, height: 10 },
        { id: 'b', y: 50, height: 10 },
      ],
      0,
      100,
    );
    expect(out.map((l) => l.placed)).toEqual([10, 50]);
  });

  it('spreads two colliding labels evenly around their mean', () => {
    // Both want 50; a block of 20 centred on 50 spans 40..60, so centres 45 and 55.
    const out = dodgeLabels(
      [
        { id: 'a', y: 50, height: 10 },
        { id: 'b', y: 50, height: 10 },
      ],
      0,
      100,
    );
    expect(out.map((l) => l.placed).sort()).toEqual([45, 55]);
  });

  it('keeps a crowded block inside the bounds', () => {
    // Three labels of 10 wanting 98, 99, 100 in [0, 100]: block pinned to 70..100 → centres 75, 85, 95.
    const out = dodgeLabels(
      [
        { id: 'a', y: 98, height: 10 },
        { id: 'b', y: 99, height: 10 },
        { id: 'c', y: 100, height: 10 },
      ],
      0,
      100,
    );
    expect(out.map((l) => l.placed)).toEqual([75, 85, 95]);
  });

  it('merges a block pushed into an earlier one', () => {
    // a alone at 80; b, c, d at 95 get pinned to 70..100 and now overlap a → one block 60..100.
    const out = dodgeLabels(
      [
        { id: 'a', y: 80, height: 10 },
        { id: 'b', y: 95, height: 10 },
        { id: 'c', y: 95, height: 10 },
        { id: 'd', y: 95, height: 10 },
      ],
      0,
      100,
    );
    expect(out.map((l) => l.placed)).toEqual([65, 75, 85, 95]);
  });

  it('never overlaps, keeps the order of the wishes and stays in bounds when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { maxLength: 12 }), (ys) => {
        const h = 14;
        const wishes = ys.map((y, i) => ({ id: `s${i}`, y, height: h }));
        const out = dodgeLabels(wishes, 0, 300);
        const sorted = [...out].sort((a, b) => a.placed - b.placed);
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i].placed - sorted[i - 1].placed).toBeGreaterThanOrEqual(h - 1e-6);
          expect(sorted[i].y).toBeGreaterThanOrEqual(sorted[i - 1].y);
        }
        for (const l of out) {
          expect(l.placed - h / 2).toBeGreaterThanOrEqual(-1e-6);
          expect(l.placed + h / 2).toBeLessThanOrEqual(300 + 1e-6);
        }
      }),
    );
  });
});

describe('fitText', () => {
  const measure = (t: string) => [...t].length * 10;
  it('keeps a text that fits', () => {
    expect(fitText('World', 50, measure)).toBe('World');
  });
  it('shortens with an ellipsis to the widest prefix that fits', () => {
    // 100px → 9 characters + "…" (10 × 10px)
    expect(fitText('Landlocked developing countries', 100, measure)).toBe('Landlocke…');
    // a trailing space before the ellipsis is dropped: "Central …" → "Central…" (8 chars = 80px)
    expect(fitText('Central Asia', 90, measure)).toBe('Central…');
  });
  it('returns an ellipsis alone when nothing fits', () => {
    expect(fitText('Kazakhstan', 5, measure)).toBe('…');
  });
});
