import { describe, expect, it } from 'vitest';
import { shapeLabel, summarize } from '../../../src/core/a11y/summary.js';

const terms = {
  summaryExtremes: (y: string, h: string, hv: string, l: string, lv: string) =>
    `${y}: high ${h} ${hv}, low ${l} ${lv}.`,
  summaryNoData: (n: string) => `No data: ${n}.`,
};

describe('summarize', () => {
  it('names the highest and lowest numeric values and the areas without data', () => {
    const text = summarize(
      [
        { name: 'A', value: 10.2, valueText: '10.2' },
        { name: 'B', value: 57.8, valueText: '57.8' },
        { name: 'C', value: null, valueText: '' },
        { name: 'D', value: null, valueText: '<2.5' },
      ],
      '2020',
      terms,
    );
    expect(text).toBe('2020: high B 57.8, low A 10.2. No data: C.');
  });
  it('keeps the first of tied values and says nothing about extremes without numbers', () => {
    expect(
      summarize(
        [
          { name: 'A', value: 1, valueText: '1' },
          { name: 'B', value: 1, valueText: '1' },
        ],
        '2000',
        terms,
      ),
    ).toBe('2000: high A 1, low A 1.');
    expect(summarize([{ name: 'A', value: null, valueText: '' }], '2000', terms)).toBe('No data: A.');
  });
});

describe('shapeLabel', () => {
  it('joins the present parts after the name', () => {
    expect(shapeLabel('Afghanistan', ['57.8 per 1,000', null, '2020', false, 'estimate'])).toBe(
      'Afghanistan: 57.8 per 1,000, 2020, estimate',
    );
    expect(shapeLabel('Iran', [])).toBe('Iran');
  });
});
