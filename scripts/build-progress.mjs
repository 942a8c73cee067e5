#!/usr/bin/env node
/**
 * Writes `data/progress.json`: the ratings of the six countries × 17 goals and of each indicator, computed by the
 * method of `src/core/sdg/` from the shipped `data/catalog.json`, `data/targets.json` and `data/series/*.json`.
 * The core is bundled with esbuild into a temporary ESM module, so the file is made by the same code the elements
 * and the tests run. Deterministic: the same data give byte-identical output. `npm run progress`; `npm run data`
 * runs it last.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { outDir } from './data/io.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = outDir;
const COUNTRIES = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

export async function buildProgressFile() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sdg-progress-'));
  try {
    const outfile = path.join(tmp, 'progress-core.mjs');
    await esbuild.build({
      absWorkingDir: root,
      stdin: {
        contents:
          "export { buildProgress } from './src/core/sdg/progress-file.ts';\nexport { seriesForGoals } from './src/core/sdg/progress.ts';\n",
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    const { buildProgress, seriesForGoals } = await import(pathToFileURL(outfile).href);
    const read = (p) => JSON.parse(readFileSync(path.join(dataDir, p), 'utf8'));
    const catalog = read('catalog.json');
    const targets = read('targets.json');
    const files = new Map(seriesForGoals(catalog, targets).map((s) => [s, read(catalog.series[s].file)]));
    const file = buildProgress(catalog, targets, files, COUNTRIES);
    const text = `${JSON.stringify(file)}\n`;
    writeFileSync(path.join(dataDir, 'progress.json'), text);
    return { bytes: Buffer.byteLength(text), series: files.size, cells: COUNTRIES.length * file.goals.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildProgressFile();
  console.log(`progress.json: ${r.cells} cells from ${r.series} series, ${r.bytes} bytes`);
}
