#!/usr/bin/env node
/**
 * Writes `data/progress.json`: the ratings of the six countries × 17 goals and of each indicator, computed by the
 * method of `src/core/sdg/` from the shipped `data/catalog.json`, `data/targets.json` and `data/series/*.json`.
 * The core is bundled with esbuild into a temporary ESM module, so the file is made by the same code the elements
 * and the tests run. Deterministic: the same data give byte-identical output. `npm run progress`; `npm run data`
 * runs it last.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { outDir } from './data/io.mjs';
import { importCore } from './lib/import-core.mjs';

const dataDir = outDir;
const COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

export async function buildProgressFile() {
  const { buildProgress, seriesForGoals } = await importCore(
    "export { buildProgress } from './src/core/sdg/progress-file.ts';\nexport { seriesForGoals } from './src/core/sdg/progress.ts';\n",
  );
  const read = (p) => JSON.parse(readFileSync(path.join(dataDir, p), 'utf8'));
  const catalog = read('catalog.json');
  const targets = read('targets.json');
  const files = new Map(seriesForGoals(catalog, targets).map((s) => [s, read(catalog.series[s].file)]));
  const file = buildProgress(catalog, targets, files, COUNTRIES);
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(path.join(dataDir, 'progress.json'), text);
  return { bytes: Buffer.byteLength(text), series: files.size, cells: COUNTRIES.length * file.goals.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildProgressFile();
  console.log(`progress.json: ${r.cells} cells from ${r.series} series, ${r.bytes} bytes`);
}
