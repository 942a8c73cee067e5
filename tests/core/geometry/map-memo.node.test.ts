import { describe, expect, it } from 'vitest';
import { isTopology, regionFeatures, type RegionFeatures } from '../../../src/core/geometry/features.js';
import { legendCovers, MapMemo, type GeometryInput } from '../../../src/core/geometry/map-memo.js';
import type { MapGeometry } from '../../../src/core/geometry/layout.js';
import type { MapModel } from '../../../src/core/geometry/map-model.js';
import { readData, SIX } from '../../snapshots/shipped.js';

const topology = readData<unknown>('geo/countries.topo.json');
if (!isTopology(topology)) throw new Error('countries.topo.json is not a topology');
const features: RegionFeatures = regionFeatures(topology);
const input = (over: Partial<GeometryInput> = {}): GeometryInput => ({
  features,
  width: 640,
  projection: 'central-asia',
  rivers: null,
  colour: SIX,
  fit: SIX,
  regions: [],
  shapeKey: '',
  ...over,
});

describe('MapMemo.layout', () => {
  it('keeps the projected geometry while its inputs are the same (a year change does not re-project)', () => {
    const memo = new MapMemo<{ model: MapModel }>();
    const a = memo.layout(input());
    const b = memo.layout(input({ colour: [...SIX], fit: [...SIX] }));
    expect(b.geometry).toBe(a.geometry);
    expect(a.refit).toBe(false);
    expect(b.refit).toBe(false);
    expect(a.geometry.focus.map((s) => s.id)).toEqual(SIX);
  });

  it('projects again at a new width, keeping the view (no refit)', () => {
    const memo = new MapMemo<{ model: MapModel }>();
    const a = memo.layout(input());
    const b = memo.layout(input({ width: 400 }));
    expect(b.geometry).not.toBe(a.geometry);
    expect(b.geometry.width).toBe(400);
    expect(b.refit).toBe(false);
  });

  it('asks for the whole map again when the fitted countries change', () => {
    const memo = new MapMemo<{ model: MapModel }>();
    memo.layout(input());
    const b = memo.layout(input({ fit: ['KAZ', 'KGZ'] }));
    expect(b.refit).toBe(true);
    expect(memo.layout(input({ fit: ['KAZ', 'KGZ'] })).refit).toBe(false);
  });
});

describe('legendCovers', () => {
  const shape = (rings: Array<Array<[number, number]>>) => ({ rings }) as MapGeometry['focus'][number];
  const model = (noData: boolean) => ({ height: 400, legend: { noData, range: false } }) as unknown as MapModel;
  it('is true when a coloured shape crosses the legend box in the bottom-left corner', () => {
    const inCorner = shape([
      [
        [10, 390],
        [60, 390],
        [60, 350],
        [10, 390],
      ],
    ]);
    expect(legendCovers(model(false), { focus: [inCorner], regions: [] })).toBe(true);
  });

  it('is false for shapes away from it, and the box grows by a row when the legend lists swatches', () => {
    // A shape 90 px above the bottom: clear of the 78 px legend, under the 100 px one with a no-data swatch.
    const above = shape([
      [
        [10, 310],
        [200, 310],
        [200, 308],
        [10, 310],
      ],
    ]);
    expect(legendCovers(model(false), { focus: [above], regions: [] })).toBe(false);
    expect(legendCovers(model(true), { focus: [], regions: [above] })).toBe(true);
  });
});
