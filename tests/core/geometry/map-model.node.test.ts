import { describe, expect, it } from 'vitest';
import { valuesForYear } from '../../../src/core/data/select.js';
import type { Observation } from '../../../src/core/data/types.js';
import { regionFeatures } from '../../../src/core/geometry/features.js';
import { mapGeometry } from '../../../src/core/geometry/layout.js';
import { buildMapModel, luminance, type MapText } from '../../../src/core/geometry/map-model.js';
// @ts-expect-error topojson-server ships no type declarations
import { topology } from 'topojson-server';

// Three square "countries" side by side and one neighbour, in lon/lat (clockwise rings for d3).
const sq = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x, y + 4],
      [x + 4, y + 4],
      [x + 4, y],
      [x, y],
    ],
  ],
});
const fc = (items: Array<[string, ReturnType<typeof sq>]>) => ({
  type: 'FeatureCollection' as const,
  features: items.map(([id, geometry]) => ({
    type: 'Feature' as const,
    id,
    properties: { id, name: `Name ${id}` },
    geometry,
  })),
});
const topo = topology({
  countries: fc([
    ['AAA', sq(60, 40)],
    ['BBB', sq(64, 40)],
    ['CCC', sq(68, 40)],
    ['NNN', sq(60, 44)],
  ]) as never,
});

const row = (area: string, year: number, value: number | string, nature = 'C'): Observation => ({
  area,
  year,
  value,
  nature,
  series: 'S',
});

const text: MapText = {
  name: (code, fallback) => ({ text: fallback, lang: 'en' }),
  value: (v) => String(v),
  number: (v, d) => v.toFixed(d),
  year: (y) => String(y),
  unit: 'units',
  noData: 'No data',
  estimated: 'estimate',
  modelled: 'modelled',
  publishedAsRange: 'range',
  valueFromYear: (y) => `from ${y}`,
  nearestYear: (y, s) => `${s} for ${y}`,
  summaryExtremes: (y, h, hv, l, lv) => `${y} ${h} ${hv} ${l} ${lv}`,
  summaryNoData: (n) => `none ${n}`,
};

describe('buildMapModel', () => {
  const features = regionFeatures(topo as never);
  const geometry = mapGeometry(features, ['AAA', 'BBB', 'CCC'], { width: 600 });
  const rows = [row('AAA', 2020, 10), row('BBB', 2018, 30, 'E'), row('CCC', 2020, '<5'), row('CCC', 2019, 4)];

  it('separates focus and context shapes and keeps the focus order', () => {
    expect(geometry.focus.map((s) => s.id)).toEqual(['AAA', 'BBB', 'CCC']);
    expect(geometry.context.map((s) => s.id)).toEqual(['NNN']);
    expect(geometry.width).toBe(600);
  });

  it('colours numbers, patterns flags and gaps, and marks nearest years and estimates', () => {
    const m = buildMapModel({ geometry, values: valuesForYear(rows, 2020, 3), year: 2020, lang: 'en', text });
    const [a, b, c] = m.layers.focus;
    expect(a).toMatchObject({ value: 10, year: 2020, nearest: false, pattern: null, nature: null });
    expect(b).toMatchObject({ value: 30, year: 2018, nearest: true, pattern: null, nature: 'E' });
    // The 2020 flag wins over the older number: a flag is a published value, never replaced by an earlier one.
    expect(c).toMatchObject({ value: null, published: '<5', pattern: 'range', fill: null });
    expect(luminance(b.fill!)).toBeLessThan(luminance(a.fill!));
    expect(b.label).toBe('Name BBB: 30 units, 2018, estimate');
    expect(c.label).toBe('Name CCC: <5 units, range, 2020');
    expect(m.legend).toMatchObject({ noData: false, range: true, unit: 'units' });
    expect(m.notes).toEqual(['Name BBB: 2018 for 2020']);
    expect(m.description).toBe('2020 Name BBB 30 Name AAA 10');
  });

  it('shows no data beyond the tolerance', () => {
    const m = buildMapModel({ geometry, values: valuesForYear(rows, 2020, 1), year: 2020, lang: 'en', text });
    expect(m.layers.focus[1]).toMatchObject({ pattern: 'no-data', published: null, label: 'Name BBB: No data' });
    expect(m.legend.noData).toBe(true);
  });
});
