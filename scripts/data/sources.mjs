/** Writes `data/SOURCES.md` from its template with the measured file sizes. */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { outDir, repoRoot } from './io.mjs';

function walk(dir) {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

export function writeSources(vars) {
  const files = walk(outDir).filter((f) => !f.endsWith('SOURCES.md')).map((f) => {
    const buf = readFileSync(f);
    return { rel: relative(outDir, f), bytes: buf.length, gzip: gz(buf) };
  });
  const kinds = [
    ['catalog.json', (r) => r === 'catalog.json'],
    ['series/*.json', (r) => r.startsWith('series/')],
    ['regions/catalog.json', (r) => r === 'regions/catalog.json'],
    ['regions/kaz/*.json', (r) => r.startsWith('regions/kaz/')],
    ['regions/kgz/*.json', (r) => r.startsWith('regions/kgz/')],
    ['regions/gdl/*.json', (r) => r.startsWith('regions/gdl/')],
    ...files.filter((f) => f.rel.startsWith('geo/')).map((f) => [f.rel, (r) => r === f.rel]),
  ];
  const rows = kinds.map(([name, test]) => {
    const fs = files.filter((f) => test(f.rel));
    const sum = (k) => fs.reduce((s, f) => s + f[k], 0);
    const g = fs.map((f) => f.gzip).sort((a, b) => a - b);
    const median = g.length ? g[Math.floor((g.length - 1) / 2)] : 0;
    return `| \`${name}\` | ${fs.length} | ${sum('bytes').toLocaleString('en')} | ${sum('gzip').toLocaleString('en')} | ${fs.length > 1 ? `${kb(median)} KB / ${kb(g[g.length - 1])} KB` : ''} |`;
  });
  const total = files.reduce((s, f) => [s[0] + f.bytes, s[1] + f.gzip], [0, 0]);
  const pick = (rel) => files.find((f) => f.rel === rel);
  const dm = [
    'catalog/codes.json',
    'catalog/en/goal-3.json',
    'series/SH_DYN_MORT.json',
    'geo/countries.central-asia.topo.json',
  ].map(pick);
  const dmSum = dm.reduce((s, f) => [s[0] + f.bytes, s[1] + f.gzip], [0, 0]);
  const rm = ['regions/catalog.json', 'regions/kaz/3-2-1.json', 'geo/kaz-2018.topo.json'].map(pick);
  const rmSum = rm.reduce((s, f) => [s[0] + f.bytes, s[1] + f.gzip], [0, 0]);
  const sizes = [
    'Bytes as written; gzip at level 9 (what a static server with compression sends, roughly).',
    '',
    '| file kind | files | bytes | gzip bytes | median / largest file (gzip) |',
    '|---|---:|---:|---:|---|',
    ...rows,
    `| **all of data/** | ${files.length} | ${total[0].toLocaleString('en')} | ${total[1].toLocaleString('en')} | |`,
    '',
    `**Default map transfer** (\`<sdg-map indicator="3.2.1">\` in English: the catalog's index and English goal-3 ` +
      `titles, the series, the projected outlines): ` +
      `${dmSum[0].toLocaleString('en')} bytes, **${dmSum[1].toLocaleString('en')} bytes gzip** ` +
      `(${dm.map((f) => `${f.rel} ${f.gzip.toLocaleString('en')}`).join(', ')}).`,
    '',
    `A Kazakhstan regional map (regions catalog + \`regions/kaz/3-2-1.json\` + \`geo/kaz-2018.topo.json\`): ` +
      `${rmSum[0].toLocaleString('en')} bytes, ${rmSum[1].toLocaleString('en')} bytes gzip.`,
  ].join('\n');
  const template = readFileSync(join(repoRoot, 'scripts/data/SOURCES.template.md'), 'utf8');
  const text = template.replace(/\{\{(\w+)\}\}/g, (_m, k) => {
    const v = k === 'SIZES' ? sizes : vars[k];
    if (v === undefined) throw new Error(`SOURCES template: no value for ${k}`);
    return String(v);
  });
  writeFileSync(join(outDir, 'SOURCES.md'), text);
}
