import { describe, expect, it } from 'vitest';
import { valuesForYear } from '../../../src/core/data/select.js';
import { isTopology, regionFeatures, riverFeatures } from '../../../src/core/geometry/features.js';
import { mapGeometry } from '../../../src/core/geometry/layout.js';
import { buildMapModel, type MapModelInput } from '../../../src/core/geometry/map-model.js';
import { CAPITALS } from '../../../src/core/geometry/places.js';
import { mapWords as words, readData, shippedRows, SIX } from '../../snapshots/shipped.js';

const countries = readData<unknown>('geo/countries.topo.json');
const riversTopo = readData<unknown>('geo/rivers.topo.json');
if (!isTopology(countries) || !isTopology(riversTopo)) throw new Error('shipped topologies do not parse');
const geometry = mapGeometry(regionFeatures(countries), SIX, {
  width: 640,
  rivers: riverFeatures(riversTopo),
  points: CAPITALS,
});

const { rows } = shippedRows('3.2.1');
const input = (year: number, lang = 'en', textKey?: unknown[]): MapModelInput => ({
  geometry,
  values: valuesForYear(rows, year, 3),
  year,
  lang,
  text: words(lang),
  layers: { rivers: true, lakes: true, capitals: true },
  ...(textKey ? { textKey } : {}),
});

describe('buildMapModel with a textKey: a year change reuses what does not depend on the year', () => {
  it('each year gives the same model as one built from scratch', () => {
    for (const year of [2005, 2020, 2010, 2020]) {
      const reused = buildMapModel(input(year, 'en', ['en-strings']));
      const fresh = buildMapModel(input(year));
      expect(reused).toEqual(fresh);
    }
  });

  it('keeps the neighbours, water, rivers and capitals of the last year (the same arrays, so the view skips them)', () => {
    const a = buildMapModel(input(2005, 'en', ['en-strings']));
    const b = buildMapModel(input(2020, 'en', ['en-strings']));
    expect(b.layers.context).toBe(a.layers.context);
    expect(b.layers.water).toBe(a.layers.water);
    expect(b.layers.rivers).toBe(a.layers.rivers);
    expect(b.points).toBe(a.points);
    // The coloured shapes, legend and text do change.
    expect(b.layers.focus).not.toBe(a.layers.focus);
    expect(b.layers.focus.map((s) => s.fill)).not.toEqual(a.layers.focus.map((s) => s.fill));
  });

  it('another textKey or language builds them again, with the new words', () => {
    const a = buildMapModel(input(2020, 'en', ['en-strings']));
    const b = buildMapModel(input(2020, 'ru', ['ru-strings']));
    expect(b.layers.context).not.toBe(a.layers.context);
    expect(b.layers.context[0].name.startsWith('ru:')).toBe(true);
    const named = b.labels.filter((l) => l.layer === 'focus' || l.layer === 'context' || l.layer === 'capital');
    expect(named.length).toBeGreaterThan(6);
    expect(named.every((l) => l.text.startsWith('ru:'))).toBe(true);
    // Same language, strings changed (a late translation): new names too.
    const c = buildMapModel({ ...input(2020, 'en', ['en-later']), text: { ...words('en'), aralSea: 'Aral (1960)' } });
    expect(c.layers.water).not.toBe(a.layers.water);
    expect(c.layers.water.some((s) => s.name === 'Aral (1960)')).toBe(true);
  });

  it('without a textKey nothing is reused', () => {
    const a = buildMapModel(input(2020));
    const b = buildMapModel(input(2020));
    expect(b.layers.context).not.toBe(a.layers.context);
    expect(b).toEqual(a);
  });
});
