#!/usr/bin/env node
/**
 * Renders the shipped TopoJSON files with d3-geo to SVG and PNG (headless Chromium) for a visual check:
 * `node scripts/data/render-check.mjs [outDir]`. Not part of the build.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { chromium } from 'playwright-core';
import { chromiumExecutable, chromiumArgs } from '../../chromium.config.mjs';
import { repoRoot } from './io.mjs';

const out = process.argv[2] ?? '/tmp/data-render';
mkdirSync(out, { recursive: true });
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const W = 960, H = 640;
const load = (f) => JSON.parse(readFileSync(join(repoRoot, 'data/geo', f), 'utf8'));
const countries = load('countries.topo.json');
const cf = feature(countries, countries.objects.countries);
const six = { type: 'FeatureCollection', features: cf.features.filter((f) => SIX.includes(f.properties.id)) };
const projection = geoConicEqualArea().parallels([35, 50]).rotate([-66, 0]).fitExtent([[10, 10], [W - 10, H - 10]], six);
const path = geoPath(projection).digits(1);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function svg(layers) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#f4f1ea"/>${layers.join('')}</svg>`;
}
function polys(fc, fill, stroke, labelKey) {
  return fc.features.map((f) => {
    const d = path(f);
    if (!d) return '';
    const [x, y] = path.centroid(f);
    const label = labelKey && Number.isFinite(x) ? `<text x="${x}" y="${y}" font-size="9" text-anchor="middle" fill="#222">${esc(labelKey(f))}</text>` : '';
    return `<path d="${d}" fill="${typeof fill === 'function' ? fill(f) : fill}" stroke="${stroke}" stroke-width="0.6"/>${label}`;
  }).join('');
}

const pages = {};
const water = feature(countries, countries.objects.water);
pages.countries = svg([
  polys(cf, (f) => (SIX.includes(f.properties.id) ? '#e8c07a' : '#d8d8d8'), '#555', (f) => f.properties.id),
  polys(water, (f) => (f.properties.kind === 'sea' || f.properties.kind === 'bay' ? '#7fb3e0' : '#9cc9ef'), '#3a78b5', (f) => f.properties.name ?? ''),
]);
for (const [name, obj, key] of [
  ['admin1', 'admin1', (f) => f.properties.iso_3166_2 ?? f.properties.id],
  ['kaz-2018', 'regions', (f) => f.properties.iso_3166_2],
  ['gdl', 'regions', (f) => f.properties.id],
]) {
  try {
    const t = load(`${name}.topo.json`);
    const fc = feature(t, t.objects[obj]);
    const palette = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5'];
    pages[name] = svg([polys(cf, '#eee', '#999'), polys(fc, (_f) => palette[Math.abs(hash(_f.properties[Object.keys(_f.properties)[0]])) % 8], '#333', key)]);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
}
try {
  const t = load('rivers.topo.json');
  const fc = feature(t, t.objects.rivers);
  pages.rivers = svg([polys(cf, '#eee', '#999'), fc.features.map((f) => `<path d="${path(f)}" fill="none" stroke="#2a6fb0" stroke-width="${Math.max(0.5, 2.5 - f.properties.scalerank / 4)}"/>`).join('')]);
} catch (e) {
  if (e.code !== 'ENOENT') throw e;
}
function hash(s) {
  let h = 0;
  for (const c of String(s)) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: W, height: H } });
for (const [name, s] of Object.entries(pages)) {
  writeFileSync(join(out, `${name}.svg`), s);
  await page.setContent(`<body style="margin:0">${s}</body>`);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(join(out, `${name}.png`));
}
await browser.close();
