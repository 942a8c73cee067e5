#!/usr/bin/env node
/**
 * Builds the shipped `data/` folder from the raw data in `../shared/data/` (relative to the repository root).
 * Deterministic: running it twice writes byte-identical files. See `data/SOURCES.md`.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData, outDir } from './data/io.mjs';
import { buildCountry } from './data/country.mjs';
import { buildCountriesTopo } from './data/geo.mjs';

if (!existsSync(sharedData)) {
  console.error(`raw data not found at ${sharedData}`);
  process.exit(1);
}
rmSync(join(outDir, 'series'), { recursive: true, force: true });

const { catalog } = buildCountry();
console.log(`catalog: ${Object.keys(catalog.series).length} series, ${Object.keys(catalog.indicators).length} indicators`);
const geo = buildCountriesTopo();
console.log(`countries.topo.json: ${geo.bytes} bytes`);
