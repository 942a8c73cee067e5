import { describe, expect, it } from 'vitest';
import { valueAxis, yearAxis } from '../../../src/core/charts/scales.js';

describe('valueAxis', () => {
  it('starts a linear axis at zero and nices the top', () => {
    const a = valueAxis([10.3, 129.3], [200, 0]);
    expect(a.domain[0]).toBe(0);
    expect(a.domain[1]).toBeGreaterThanOrEqual(129.3);
    expect(a.scale(0)).toBe(200);
    expect(a.ticks[0].value).toBe(0);
  });

  it('includes negative values', () => {
    const a = valueAxis([-4, 3], [100, 0]);
    expect(a.domain[0]).toBeLessThanOrEqual(-4);
  });

  it('gives decimals from the tick step', () => {
    expect(valueAxis([0.3], [100, 0]).decimals).toBe(2); // steps of 0.05
    expect(valueAxis([300], [100, 0]).decimals).toBe(0);
  });

  it('ignores non-positive values on a log axis and ticks at 1-2-5 (or 1-3, or powers of ten)', () => {
    const a = valueAxis([0, -1, 4.4, 97.7], [100, 0], { type: 'log' });
    expect(a.domain[0]).toBeGreaterThan(0);
    expect(a.domain[0]).toBeLessThanOrEqual(4.4);
    expect(a.domain[1]).toBeGreaterThanOrEqual(97.7);
    for (const t of a.ticks)
      expect([1, 2, 3, 5]).toContain(Math.round(t.value / 10 ** Math.floor(Math.log10(t.value) + 1e-9)));
    expect(a.ticks.map((t) => t.value)).toContain(10);
  });
});

describe('yearAxis', () => {
  it('ticks whole years only', () => {
    const a = yearAxis(2000, 2003, [0, 600]);
    expect(a.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(a.scale(2000)).toBe(0);
    expect(a.scale(2003)).toBe(600);
  });

  it('handles a single year', () => {
    const a = yearAxis(2015, 2015, [0, 100]);
    expect(a.ticks.map((t) => t.value)).toEqual([2015]);
    expect(a.scale(2015)).toBe(50);
  });
});
