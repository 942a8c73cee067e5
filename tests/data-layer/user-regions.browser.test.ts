import { describe, expect, it } from 'vitest';
import { loadUserChartData } from '../../src/controllers/user-data.js';
import { loadUserRegionLevel } from '../../src/core/data/region-level.js';
import { regionSelection, regionValues } from '../../src/core/data/region-level.js';

const resolve = (p: string) => new URL(`/data/${p}`, location.href).href;

describe('loadUserRegionLevel', () => {
  it('joins the accepted rows of the Kazakhstan example to the region shapes, by ISO 3166-2 code', async () => {
    const own = (await loadUserChartData(resolve, { src: '/data/examples/kaz-regions-example.csv' }))!;
    const level = await loadUserRegionLevel(
      resolve,
      own,
      '1.2.1',
      'geo/countries.topo.json',
      new AbortController().signal,
    );
    const sel = regionSelection(level as never, {
      indicator: '1.2.1',
      year: 2023,
      countries: ['KAZ'],
      tolerance: 0,
      lang: 'en',
    });
    // By ISO code, the 2023 values of the file's accepted rows (read by hand; lines 33, 34, 36, 50 rejected).
    const expected: Record<string, number> = {
      'KZ-10': 8.0,
      'KZ-19': 3.6,
      'KZ-27': 4.3,
      'KZ-31': 5.2,
      'KZ-33': 7.8,
      'KZ-35': 3.0,
      'KZ-39': 3.5,
      'KZ-43': 6.2,
      'KZ-47': 7.0,
      'KZ-55': 3.9,
      'KZ-59': 4.9,
      'KZ-61': 9.0,
      'KZ-62': 4.9,
      'KZ-63': 4.2,
      'KZ-71': 2.4,
      'KZ-79': 6.4,
    };
    const all = [...sel.selection.shaped, ...sel.selection.unshaped];
    const got = Object.fromEntries(all.filter((r) => r.value !== null).map((r) => [r.iso, r.value]));
    expect(got).toEqual(expected);
    // Regions whose 2023 row was rejected are there without a value (not dropped, not guessed).
    for (const iso of ['KZ-11', 'KZ-15', 'KZ-23', 'KZ-75']) expect(all.find((r) => r.iso === iso)?.value).toBeNull();
    // Abai, Jetisu and Ulytau (created 2022) have values but no shape of their own: listed, not dropped.
    expect(sel.selection.unshaped.map((r) => r.iso).sort()).toEqual(['KZ-10', 'KZ-33', 'KZ-62']);
    expect(sel.shapes.length).toBeGreaterThan(10);
    expect(regionValues(sel.selection).size).toBe(16);
    // The source line is the user's file, not the statistics bureau.
    expect(sel.selection.sources[0].source.en).toBe('kaz-regions-example.csv');
  });
});
