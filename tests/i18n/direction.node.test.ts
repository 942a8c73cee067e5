import { describe, expect, it } from 'vitest';
import {
  categoryOrder,
  categoryRange,
  chartDirection,
  inlineEnd,
  inlineStart,
  textAnchor,
} from '../../src/i18n/direction.js';

describe('inlineStart / inlineEnd', () => {
  it('are the physical sides of reading order', () => {
    expect([inlineStart('ltr'), inlineEnd('ltr')]).toEqual(['left', 'right']);
    expect([inlineStart('rtl'), inlineEnd('rtl')]).toEqual(['right', 'left']);
  });
});

describe('textAnchor', () => {
  it('accounts for start being the right edge in right-to-left text', () => {
    expect(textAnchor('left', 'ltr')).toBe('start');
    expect(textAnchor('right', 'ltr')).toBe('end');
    expect(textAnchor('left', 'rtl')).toBe('end');
    expect(textAnchor('right', 'rtl')).toBe('start');
    expect(textAnchor('middle', 'rtl')).toBe('middle');
  });
});

describe('chartDirection', () => {
  it('never mirrors time, mirrors categories and chrome in rtl', () => {
    const r = chartDirection('rtl');
    expect(r.timeLeftToRight).toBe(true);
    expect(r.sliderDir).toBe('ltr');
    expect(r.endLabelSide).toBe('right');
    expect(r.categoriesFromRight).toBe(true);
    expect(r.valueAxisSide).toBe('right');
    expect(r.align).toBe('right');
    expect(r.tooltipSide).toBe('left');
    const l = chartDirection('ltr');
    expect([l.categoriesFromRight, l.valueAxisSide, l.align, l.tooltipSide]).toEqual([false, 'left', 'left', 'right']);
  });
});

describe('categoryOrder / categoryRange', () => {
  it('reverses only for rtl and does not mutate', () => {
    const xs = ['KAZ', 'KGZ', 'TJK'];
    expect(categoryOrder(xs, 'ltr')).toEqual(['KAZ', 'KGZ', 'TJK']);
    expect(categoryOrder(xs, 'rtl')).toEqual(['TJK', 'KGZ', 'KAZ']);
    expect(xs).toEqual(['KAZ', 'KGZ', 'TJK']);
    expect(categoryRange(300, 'ltr')).toEqual([0, 300]);
    expect(categoryRange(300, 'rtl')).toEqual([300, 0]);
  });
});
