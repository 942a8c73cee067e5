import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { regionFeatures } from '../../../src/core/geometry/features.js';
import { mapGeometry } from '../../../src/core/geometry/layout.js';

const topology = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../data/geo/countries.topo.json'), 'utf8'),
) as Topology;
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

describe('maps of a page share their geometry', () => {
  it('regionFeatures decodes a topology once', () => {
    expect(regionFeatures(topology)).toBe(regionFeatures(topology));
  });

  it('mapGeometry of the same features, projection, size and layers is one object; any difference projects anew', () => {
    const f = regionFeatures(topology);
    const a = mapGeometry(f, SIX, { width: 640, projection: 'central-asia', rivers: [] });
    expect(mapGeometry(f, SIX, { width: 640, projection: 'central-asia', rivers: [] })).toBe(a);
    const wider = mapGeometry(f, SIX, { width: 700, projection: 'central-asia', rivers: [] });
    expect(wider).not.toBe(a);
    expect(wider.width).toBe(700);
    expect(mapGeometry(f, SIX, { width: 640, projection: 'mercator', rivers: [] })).not.toBe(a);
    expect(mapGeometry(f, ['KAZ'], { width: 640, projection: 'central-asia', rivers: [] })).not.toBe(a);
    // A fresh decode of the same file (another data folder) is not mixed up with this one.
    const other = regionFeatures(JSON.parse(JSON.stringify(topology)) as Topology);
    expect(mapGeometry(other, SIX, { width: 640, projection: 'central-asia', rivers: [] })).not.toBe(a);
  });
});
