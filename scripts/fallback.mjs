#!/usr/bin/env node
// The static fallback for a CMS or a static-site build: prints an element's tag with a <figure slot="fallback">
// (title, data table, source from the shipped data) inside, which readers without JavaScript and search engines see.
//   node scripts/fallback.mjs sdg-map indicator=3.2.1 year=2020 lang=kk
//   node scripts/fallback.mjs sdg-trend-chart indicator=3.2.1 start-year=2010 end-year=2022 --data path/to/data
// The HTML is made by src/embed/fallback.ts (the same code the builder page uses).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Loads src/embed/fallback.ts (TypeScript) through esbuild. */
export async function loadFallback() {
  const out = await esbuild.build({
    entryPoints: [path.join(root, 'src/embed/fallback.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The tag with its fallback, from the data folder `dataDir` (default: the shipped data/). */
export async function fallbackSnippet(tag, attributes, dataDir = path.join(root, 'data')) {
  const { tagWithFallback, openTag } = await loadFallback();
  const catalog = JSON.parse(readFileSync(path.join(dataDir, 'catalog.json'), 'utf8'));
  const own = (record, key) => (typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined);
  const code = attributes.series || own(catalog.indicators, attributes.indicator)?.headline || attributes.indicator;
  const entry = own(catalog.series, code);
  if (!entry) return `${openTag(tag, attributes)}</${tag}>`;
  const file = JSON.parse(readFileSync(path.join(dataDir, entry.file), 'utf8'));
  return tagWithFallback({ tag, attributes, catalog, file });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const args = process.argv.slice(2);
  const dataAt = args.indexOf('--data');
  const dataDir = dataAt >= 0 ? path.resolve(args.splice(dataAt, 2)[1]) : undefined;
  const [tag = 'sdg-map', ...pairs] = args;
  const attributes = Object.fromEntries(pairs.map((p) => (p.includes('=') ? p.split(/=(.*)/s).slice(0, 2) : [p, ''])));
  // A build step must fail loudly: printing a bare tag would ship a page whose no-script readers see nothing.
  const { FALLBACK_ELEMENTS } = await loadFallback();
  if (!FALLBACK_ELEMENTS.includes(tag)) {
    process.stderr.write(
      `fallback: no static fallback for <${tag}>; elements with one: ${FALLBACK_ELEMENTS.join(', ')}\n`,
    );
    process.exit(2);
  }
  const snippet = await fallbackSnippet(tag, attributes, dataDir);
  if (!snippet.includes('slot="fallback"')) {
    const what = attributes.series ? `series "${attributes.series}"` : `indicator "${attributes.indicator ?? ''}"`;
    process.stderr.write(`fallback: unknown ${what}, or no data for the attributes given; nothing to render\n`);
    process.exit(2);
  }
  process.stdout.write(`${snippet}\n`);
}
