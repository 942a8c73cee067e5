import { describe, expect, it } from 'vitest';
import { COUNTRY_OUTLINES, outlinesFor, PROJECTED_OUTLINES } from '../../../src/core/data/load.js';

describe('outlinesFor', () => {
  const map = (o: Partial<Parameters<typeof outlinesFor>[0]>) =>
    outlinesFor({ projection: null, countries: false, layers: [], ...o });

  it('gives the projected outlines to the default map, whatever the spelling of the default projection', () => {
    for (const projection of [null, '', 'central-asia', ' Central-Asia ', 'no-such-projection'])
      expect(map({ projection }), String(projection)).toBe(PROJECTED_OUTLINES);
    // Lakes are in both files.
    expect(map({ layers: ['lakes'] })).toBe(PROJECTED_OUTLINES);
  });

  it('gives the longitude/latitude outlines to another projection, a fit to some countries, rivers or capitals', () => {
    for (const projection of ['mercator', 'equal-earth', 'Equirectangular'])
      expect(map({ projection }), projection).toBe(COUNTRY_OUTLINES);
    expect(map({ countries: true })).toBe(COUNTRY_OUTLINES);
    expect(map({ layers: ['rivers'] })).toBe(COUNTRY_OUTLINES);
    expect(map({ layers: new Set(['lakes', 'capitals']) })).toBe(COUNTRY_OUTLINES);
  });
});
