import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { SIX_COUNTRIES } from '../../../src/core/data/attributes.js';
import { mapGeometry, type MapGeometry } from '../../../src/core/geometry/layout.js';
import { legendCovers } from '../../../src/core/geometry/map-memo.js';
import { buildMapModel } from '../../../src/core/geometry/map-model.js';
import { projectedFeatures, projectedWith } from '../../../src/core/geometry/planar.js';
import { projectOutlines } from '../../../src/core/geometry/project-outlines.js';
import { countries as sphere } from '../projections/shipped.js';
import { mapWords, shippedRows } from '../../snapshots/shipped.js';
import { valuesForYear } from '../../../src/core/data/select.js';

/**
 * The default map draws from the outlines projected beforehand (data/geo/countries.central-asia.topo.json) with a
 * planar fit. Checked against the spherical projection of countries.topo.json, which every other map uses: the same
 * shapes, points, frame and label places, within the planar file's quantization.
 */
const read = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/geo/', file), 'utf8')) as Topology;
const planarFile = read('countries.central-asia.topo.json');
const planar = projectedFeatures(planarFile);
const SIX = [...SIX_COUNTRIES] as string[];
const { rows } = shippedRows('3.2.1');
const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
const perimeter = (rings: Array<Array<[number, number]>>) =>
  rings.reduce(
    (sum, r) => sum + r.reduce((l, p, i) => (i ? l + Math.hypot(p[0] - r[i - 1]![0], p[1] - r[i - 1]![1]) : l), 0),
    0,
  );
const shapesOf = (g: MapGeometry) => [...g.focus, ...g.context, ...g.water];

describe('the projected outlines', () => {
  it('are the longitude/latitude file projected with the default preset (what `npm run data` writes)', () => {
    expect(projectedWith(planarFile)).toBe('central-asia');
    expect(JSON.parse(JSON.stringify(projectOutlines(read('countries.topo.json'), SIX)))).toEqual(planarFile);
  });

  it('fail the check when the file is not planar', () => {
    expect(projectedWith(read('countries.topo.json'))).toBeNull();
  });

  for (const width of [320, 375, 640, 800, 1200, 1600]) {
    it(`draw the spherical projection's map at ${width} px`, () => {
      const a = mapGeometry(sphere, SIX, { width, fit: SIX });
      const b = mapGeometry(planar, SIX, { width, fit: SIX });
      expect([b.width, b.height, b.projection]).toEqual([a.width, a.height, a.projection]);
      expect(shapesOf(b).map((s) => s.id)).toEqual(shapesOf(a).map((s) => s.id));
      const gaps: number[] = [];
      shapesOf(a).forEach((s, i) => {
        const t = shapesOf(b)[i]!;
        const [x, y] = [numbers(s.d), numbers(t.d)];
        // The same points, each moved by the quantization only.
        expect(y.length, s.id).toBe(x.length);
        x.forEach((v, j) => gaps.push(Math.abs(v - y[j]!)));
        // Each boundary point moves by ≈ 0.1 px at most: the area by at most that along the perimeter.
        expect(Math.abs(t.area - s.area), s.id).toBeLessThan(0.15 * perimeter(s.rings));
        if (s.centroid)
          for (const k of [0, 1]) expect(Math.abs(t.centroid![k]! - s.centroid[k]!), s.id).toBeLessThan(0.2);
      });
      gaps.sort((p, q) => p - q);
      // Half a quantization step is ≈ 0.1 px at 1600 px, and path data has one decimal (so a difference of 0.1 can
      // show as 0.2); a point where a shape is cut at the frame's edge can move a little more along the edge.
      expect(gaps[Math.floor(gaps.length * 0.99)]).toBeLessThanOrEqual(0.2 + 1e-9);
      expect(gaps.at(-1)).toBeLessThanOrEqual(0.5);
    });
  }

  it('give the same label places and legend side', () => {
    for (const width of [375, 1200]) {
      const geometryOf = (features: typeof planar) => mapGeometry(features, SIX, { width, fit: SIX });
      const model = (features: typeof planar) =>
        buildMapModel({
          geometry: geometryOf(features),
          values: valuesForYear(rows, 2020, 3),
          year: 2020,
          lang: 'en',
          text: mapWords('en'),
          layers: { rivers: false, lakes: true, capitals: false },
        });
      const [a, b] = [model(sphere), model(planar)];
      const ids = (m: typeof a) => m.labels.map((l) => `${l.layer}:${l.id}`);
      expect(ids(a).length).toBeGreaterThan(3);
      expect(ids(b)).toEqual(ids(a));
      expect(legendCovers(b, geometryOf(planar))).toBe(legendCovers(a, geometryOf(sphere)));
      b.labels.forEach((l, i) => {
        expect(Math.abs(l.x - a.labels[i]!.x)).toBeLessThan(0.5);
        expect(Math.abs(l.y - a.labels[i]!.y)).toBeLessThan(0.5);
      });
    }
  });
});
