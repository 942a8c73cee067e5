import { describe, expect, it } from 'vitest';
import { valuesForYear } from '../../src/core/data/select.js';
import { isTopology, regionFeatures, riverFeatures } from '../../src/core/geometry/features.js';
import { mapGeometry } from '../../src/core/geometry/layout.js';
import { buildMapModel, type MapText } from '../../src/core/geometry/map-model.js';
import { CAPITALS } from '../../src/core/geometry/places.js';
import { mapSvg } from './map-svg.js';
import { englishName, readData, shippedRows, SIX } from './shipped.js';

/**
 * File snapshots of `buildMapModel` for shipped cases, one SVG per case (open it to see the drawing). A changed
 * snapshot is a changed drawing: look at both versions before accepting it with `vitest -u` (tests/snapshots/README.md).
 */

const countries = readData<unknown>('geo/countries.topo.json');
const riversTopo = readData<unknown>('geo/rivers.topo.json');
if (!isTopology(countries) || !isTopology(riversTopo)) throw new Error('shipped topologies do not parse');
const features = regionFeatures(countries);
const rivers = riverFeatures(riversTopo);

// Plain English words with the published value as written: the snapshot follows the model, not the number formatting.
const text = (unit: string): MapText => ({
  name: (code, fallback) => ({ text: englishName(code) === code ? fallback || code : englishName(code), lang: 'en' }),
  value: (v) => String(v),
  number: (v, d) => v.toFixed(d),
  year: (y) => String(y),
  unit,
  noData: 'No data',
  estimated: 'estimated',
  modelled: 'modelled',
  publishedAsRange: 'published as a range',
  valueFromYear: (y) => `value from ${y}`,
  nearestYear: (y, shown) => `${shown}: latest value from ${y}`,
  summaryExtremes: (y, h, hv, l, lv) => `In ${y}, highest in ${h} (${hv}), lowest in ${l} (${lv}).`,
  summaryNoData: (names) => `No data: ${names}.`,
  aralSea: 'Aral Sea (1960s extent)',
  place: (id) => ({ text: CAPITALS.find((c) => c.id === id)?.name.en ?? id, lang: 'en' }),
});

interface MapCase {
  name: string;
  indicator: string;
  year: number;
  width: number;
  bins?: number;
  fit?: string[];
  layers?: { rivers?: boolean; lakes?: boolean; capitals?: boolean };
  basins?: string[];
}

const cases: MapCase[] = [
  // Under-five mortality, the six countries, continuous colours (every value an estimate).
  { name: 'map-3.2.1-2021', indicator: '3.2.1', year: 2021, width: 640 },
  // Clean cooking fuels: values published as ranges (">95") get the range pattern; five classes.
  { name: 'map-7.1.2-2020-bins5', indicator: '7.1.2', year: 2020, width: 640, bins: 5 },
  // Drinking water, fitted to Kyrgyzstan and Tajikistan, with rivers (Amu Darya basin emphasised), lakes, capitals.
  {
    name: 'map-6.1.1-2020-KGZ-TJK-layers',
    indicator: '6.1.1',
    year: 2020,
    width: 480,
    fit: ['KGZ', 'TJK'],
    layers: { rivers: true, lakes: true, capitals: true },
    basins: ['amu-darya'],
  },
];

function build(c: MapCase) {
  const { entry, rows } = shippedRows(c.indicator);
  const geometry = mapGeometry(features, SIX, {
    width: c.width,
    fit: c.fit ?? SIX,
    rivers: c.layers?.rivers ? rivers : [],
    points: CAPITALS,
  });
  return buildMapModel({
    geometry,
    values: valuesForYear(rows, c.year, 3),
    year: c.year,
    bins: c.bins,
    better: entry.better,
    labelSize: c.width <= 480 ? 11 : 12,
    lang: 'en',
    text: text(entry.unit === 'PERCENT' ? '' : ((entry as { unitText?: string }).unitText ?? entry.unit)),
    layers: c.layers,
    basins: c.basins,
  });
}

describe('buildMapModel snapshots', () => {
  for (const c of cases) {
    it(c.name, async () => {
      await expect(mapSvg(build(c))).toMatchFileSnapshot(`__snapshots__/${c.name}.svg`);
    });
  }
});
