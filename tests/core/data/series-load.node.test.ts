import { describe, expect, it } from 'vitest';
import { sliceRows } from '../../../src/core/data/series-load.js';
import type { Observation, SeriesEntry } from '../../../src/core/data/types.js';

const entry = { series: 'S', defaultSlice: { sex: 'BOTHSEX' }, dimensions: { sex: ['BOTHSEX', 'FEMALE'] } } as unknown as SeriesEntry;
const row = (sex: string, year: number): Observation => ({ area: 'KAZ', series: 'S', year, value: 1, dims: { sex } });
const all = [row('BOTHSEX', 2000), row('FEMALE', 2000), row('BOTHSEX', 2001)];

describe('sliceRows', () => {
  it('keeps the default slice, or the overridden one, or everything', () => {
    expect(sliceRows(entry, all).map((r) => r.year)).toEqual([2000, 2001]);
    expect(sliceRows(entry, all, { sex: 'FEMALE' })).toEqual([all[1]]);
    expect(sliceRows(entry, all, 'all')).toBe(all);
  });

  it('slices a rows array once per slice (the same array for the same slice)', () => {
    expect(sliceRows(entry, all, {})).toBe(sliceRows(entry, all, { sex: 'BOTHSEX' }));
  });
});
