/**
 * Builds data/targets.json, the target table of the progress assessment, from the hand-kept
 * scripts/data/targets.source.json, the official English target texts (open-sdg/sdg-translations, in
 * data-raw/i18n/sdg-translations/en/global_targets.yml) and data/catalog.json.
 *
 * - Every source row must quote words that occur in its target's official text; the full text is copied in.
 * - Every indicator of the catalog without a source row gets a generated trend-only row (`noNumericTarget`).
 * - A row's series must serve its indicator; a row's polarity must agree with the catalog's where both exist.
 * Run: node scripts/build-targets.mjs (`npm run data` runs it after the catalog; `SDG_DATA_RAW` / `SDG_DATA_OUT` as there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { outDir, readRaw } from './data/io.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const commit = readRaw('i18n/sdg-translations/COMMIT').trim();
const texts = parseYaml(readRaw('i18n/sdg-translations/en/global_targets.yml'));
const catalog = JSON.parse(readFileSync(join(outDir, 'catalog.json'), 'utf8'));
const source = JSON.parse(readFileSync(join(root, 'scripts', 'data', 'targets.source.json'), 'utf8'));

const errors = [];
const normalise = (s) =>
  s
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();

function compareCodes(a, b) {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const targetOf = (indicator) => catalog.indicators[indicator]?.target ?? indicator.split('.').slice(0, 2).join('.');
const textOf = (target) => texts[`${target.replace('.', '-')}-title`];
const citation = (target) =>
  `SDG target ${target}, global indicator framework (UN General Assembly resolution A/RES/71/313); ` +
  `English text from open-sdg/sdg-translations@${commit.slice(0, 7)} (global_targets.yml).`;

const FIELDS = ['indicator', 'series', 'target', 'noNumericTarget', 'kind', 'comparator', 'value', 'reduction', 'baseYear',
  'year', 'better', 'bands', 'slice', 'trend', 'exclude', 'quote', 'targetText', 'citation', 'basis', 'note'];
const ordered = (row) => Object.fromEntries(FIELDS.filter((k) => row[k] !== undefined).map((k) => [k, row[k]]));

const rows = [];
for (const src of source.rows) {
  const where = `${src.indicator} ${src.series}`;
  const ind = catalog.indicators[src.indicator];
  const series = catalog.series[src.series];
  if (!ind) errors.push(`${where}: indicator not in data/catalog.json`);
  if (!series) errors.push(`${where}: series not in data/catalog.json`);
  else if (!series.indicators.includes(src.indicator)) errors.push(`${where}: series does not serve the indicator`);
  const target = targetOf(src.indicator);
  const text = textOf(target);
  if (!text) errors.push(`${where}: no official text for target ${target}`);
  else if (!normalise(text).includes(normalise(src.quote ?? ''))) errors.push(`${where}: quote not in the text of ${target}`);
  if (!src.noNumericTarget) {
    if (!src.better) errors.push(`${where}: a numeric target needs "better"`);
    if (src.kind === 'reduction') {
      if (!(src.reduction > 0 && src.reduction < 1)) errors.push(`${where}: reduction must be in (0, 1)`);
    } else if (typeof src.value !== 'number' || !['<', '<=', '>=', '=0'].includes(src.comparator)) {
      errors.push(`${where}: a numeric target needs "value" and "comparator"`);
    }
    if (series?.better && src.better && series.better !== src.better) {
      errors.push(`${where}: polarity ${src.better} disagrees with the catalog (${series.better})`);
    }
  }
  if (src.slice && series) {
    for (const [dim, code] of Object.entries(src.slice)) {
      if (!series.dimensions[dim]?.includes(code)) errors.push(`${where}: slice ${dim}=${code} not in the series`);
    }
  }
  rows.push(ordered({ ...src, target, targetText: text, citation: citation(target), kind: src.noNumericTarget ? undefined : (src.kind ?? 'absolute') }));
}

const covered = new Set(rows.map((r) => r.indicator));
for (const ind of Object.values(catalog.indicators)) {
  if (covered.has(ind.code)) continue;
  rows.push(
    ordered({
      indicator: ind.code,
      series: ind.headline,
      target: ind.target,
      noNumericTarget: true,
      targetText: textOf(ind.target) ?? '',
      citation: citation(ind.target),
      note: 'No number in the target text for this indicator: trend only, where the series has a polarity.',
    }),
  );
}
rows.sort((a, b) => compareCodes(a.indicator, b.indicator));

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
const out = {
  version: 1,
  source:
    'Target texts: UN General Assembly resolution A/RES/71/313 (global indicator framework), English wording from ' +
    `open-sdg/sdg-translations@${commit.slice(0, 7)}. Numbers read from the texts as listed per row (quote, basis, note); ` +
    'hand-kept in scripts/data/targets.source.json.',
  rows,
};
writeFileSync(join(outDir, 'targets.json'), JSON.stringify(out, null, 1) + '\n');
const numeric = rows.filter((r) => !r.noNumericTarget).length;
console.log(`data/targets.json: ${rows.length} rows, ${numeric} with a numeric target`);
