#!/usr/bin/env node
/**
 * Builds the shipped `data/` folder from the raw inputs in `data-raw/` (see its README and `data/SOURCES.md`).
 * Deterministic: running it twice writes byte-identical files, and a clone rebuilds the committed `data/` exactly
 * (tests/data/rebuild.node.test.ts). `SDG_DATA_OUT=dir` writes elsewhere; `SDG_DATA_RAW=dir` reads another copy.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from './data/io.mjs';
import { buildCountry } from './data/country.mjs';
import { buildCountriesTopo, buildAdmin1, buildKaz2018, buildGdl, buildRivers } from './data/geo.mjs';
import { buildRegions } from './data/regions.mjs';
import { buildProjectedOutlines, PROJECTED } from './data/projected.mjs';
import { readCsv } from './data/io.mjs';
import { writeSources } from './data/sources.mjs';

for (const d of ['series', 'regions', 'geo']) rmSync(join(outDir, d), { recursive: true, force: true });

const { catalog } = buildCountry();
console.log(
  `catalog: ${Object.keys(catalog.series).length} series, ${Object.keys(catalog.indicators).length} indicators`,
);
const geo = buildCountriesTopo();
console.log(`countries.topo.json: ${geo.bytes} bytes`);
const projected = await buildProjectedOutlines();
console.log(`${PROJECTED}: ${projected.bytes} bytes, ${projected.gzip} gzip`);

const kazNames = new Map(readCsv('subnational/kaz_regions_crosswalk.csv').map((r) => [r.region_code_src, r.name_en]));
const sizes = {
  'geo/admin1.topo.json': buildAdmin1(),
  'geo/kaz-2018.topo.json': buildKaz2018((code) => kazNames.get(code) ?? code),
  'geo/gdl.topo.json': buildGdl(),
  'geo/rivers.topo.json': buildRivers(),
};
for (const [f, s] of Object.entries(sizes)) console.log(`${f}: ${s.bytes} bytes, ${s.gzip} gzip`);
const regions = buildRegions({ gdlGeoIds: sizes['geo/gdl.topo.json'].ids });
console.log(
  `regions/catalog.json: ${Object.keys(regions.catalog.indicators).length} indicators, ${Object.keys(regions.catalog.regions).length} regions`,
);

// The target table reads the catalog just written; the ratings of data/progress.json follow from the series and
// the targets. SOURCES.md is last, so the sizes it reports are those of this run's files.
await import('./build-targets.mjs');
const { buildProgressFile } = await import('./build-progress.mjs');
const progress = await buildProgressFile();
console.log(`progress.json: ${progress.cells} cells from ${progress.series} series, ${progress.bytes} bytes`);

writeSources({
  N_IND: Object.keys(catalog.indicators).length,
  N_SERIES: Object.keys(catalog.series).length,
  N_REGIONS: Object.values(regions.catalog.regions).filter((r) => r.level === 'region').length,
  N_RIND: Object.keys(regions.catalog.indicators).length,
  CLDR: process.versions.cldr,
});
console.log('SOURCES.md written');
