import { geoClipAntimeridian, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { fitProjection } from '../../../src/core/projections/fit.js';
import { skipAntimeridianCut } from '../../../src/core/projections/preclip.js';
import { projectionPreset } from '../../../src/core/projections/presets.js';
import { box, focusOf, shapes } from './shipped.js';

describe('skipAntimeridianCut', () => {
  const fits = [['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'], ['KGZ'], ['KAZ', 'KGZ'], ['AFG']];
  for (const name of ['central-asia', 'equal-earth'])
    for (const fit of fits)
      it(`draws every shipped shape as d3's antimeridian cut does (${name}, fitted to ${fit.join(' ')})`, () => {
        const focus = focusOf(fit);
        for (const width of [320, 800, 1600]) {
          const skipped = projectionPreset(name).preset(focus);
          expect(skipAntimeridianCut(skipped, shapes)).toBe(true);
          const cut = projectionPreset(name).preset(focus).preclip(geoClipAntimeridian);
          const a = fitProjection(skipped, focus, { width }).projection;
          const b = fitProjection(cut, focus, { width }).projection;
          expect(a.scale()).toBe(b.scale());
          expect(a.translate()).toEqual(b.translate());
          const pa = geoPath(a).digits(1);
          const pb = geoPath(b).digits(1);
          for (const f of shapes) expect(pa(f) ?? '', `${f.properties.name} at ${width} px`).toBe(pb(f) ?? '');
        }
      });

  it('keeps the cut for shapes that reach 90° from the centre or the poles, or that span the antimeridian', () => {
    const square = (w: number, s: number, e: number, n: number) => ({ geometry: box(w, s, e, n) as Geometry });
    const at = (lon: number) =>
      projectionPreset('mercator')
        .preset(focusOf(['KAZ']))
        .rotate([-lon, 0]);
    expect(skipAntimeridianCut(at(66), [square(30, 20, 100, 60)])).toBe(true);
    // 170° E seen from 66° E: beyond 90°.
    expect(skipAntimeridianCut(at(66), [square(30, 20, 170, 60)])).toBe(false);
    // A ring round the pole.
    expect(skipAntimeridianCut(at(66), [square(30, 80, 100, 89.5)])).toBe(false);
    // Russia's far east as Natural Earth draws it: −180…180.
    expect(skipAntimeridianCut(at(66), [square(-180, 50, 180, 70)])).toBe(false);
    // Centred on the antimeridian itself: 170° E to 170° W is within 10° of it.
    expect(skipAntimeridianCut(at(180), [square(170, 20, 190, 30)])).toBe(true);
    expect(skipAntimeridianCut(at(-180), [square(170, 20, 190, 30)])).toBe(true);
    // One shape out of reach keeps the cut for all.
    const p = at(66);
    expect(skipAntimeridianCut(p, [square(30, 20, 100, 60), square(-120, 20, -100, 30)])).toBe(false);
    expect(p.preclip()).toBe(geoClipAntimeridian);
  });
});
