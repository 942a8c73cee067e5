/**
 * `data/geo/countries.central-asia.topo.json`: the outlines of `countries.topo.json` projected beforehand with the
 * default preset for the six countries (src/core/geometry/project-outlines.ts), so that the default map draws without
 * d3-geo's spherical projections (src/core/geometry/planar.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCore } from '../lib/import-core.mjs';
import { COUNTRIES } from './country.mjs';
import { gzipBytes } from './geo.mjs';
import { outDir, stringify, writeOut } from './io.mjs';

export const PROJECTED = 'geo/countries.central-asia.topo.json';

/** Quantized as the longitude/latitude file is (1e4 steps a side): a point moves by at most half a step. */
export async function buildProjectedOutlines({ q } = {}) {
  const { projectOutlines } = await importCore(
    "export { projectOutlines } from './src/core/geometry/project-outlines.ts';",
  );
  const topology = JSON.parse(readFileSync(join(outDir, 'geo/countries.topo.json'), 'utf8'));
  const text = stringify(projectOutlines(topology, COUNTRIES, q ? { q } : {}));
  return { bytes: writeOut(PROJECTED, text), gzip: gzipBytes(text + '\n') };
}
