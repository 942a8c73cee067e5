/**
 * Imports modules of `src/` (TypeScript) from a build script: esbuild bundles the given exports into a temporary ESM
 * module, so a data file is made by the same code the elements and the tests run.
 * `const { f } = await importCore("export { f } from './src/core/x.ts';")`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function importCore(contents) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sdg-core-'));
  try {
    const outfile = path.join(tmp, 'core.mjs');
    await esbuild.build({
      absWorkingDir: root,
      stdin: { contents, resolveDir: root, loader: 'ts' },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
