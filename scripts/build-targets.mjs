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

const FIELDS = [
  'indicator',
  'series',
  'target',
  'noNumericTarget',
  'rating',
  'kind',
  'comparator',
  'value',
  'lower',
  'floor',
  'reduction',
  'baseYear',
  'year',
  'better',
  'slice',
  'trend',
  'exclude',
  'quote',
  'targetText',
  'citation',
  'basis',
  'lowerBasis',
  'note',
];

// Observations of one area in a series' assessed slice (columnar file → rows), for the rules computed from data.
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
function observations(seriesCode, area, sliceOverrides = {}) {
  const entry = catalog.series[seriesCode];
  const file = JSON.parse(readFileSync(join(root, 'data', entry.file), 'utf8'));
  const slice = { ...entry.defaultSlice, ...sliceOverrides };
  const out = [];
  for (let i = 0; i < file.area.length; i++) {
    if (file.area[i] !== area || typeof file.value[i] !== 'number' || file.year[i] < 2015) continue;
    let ok = true;
    for (const [dim, code] of Object.entries(slice)) {
      const d = file.dims[dim];
      const c = d ? (d.codes[d.index[i]] ?? '') : '';
      if (c !== code) ok = false;
    }
    if (ok) out.push({ year: file.year[i], value: file.value[i] });
  }
  return out.sort((a, b) => a.year - b.year);
}
const fmt = (v) => String(Number(v.toPrecision(6)));

/** Fills `lower`/`lowerBasis` from `lowerRule`, and target + lower of `kind: best` rows, from the shipped series. */
function applyRules(src, where) {
  const row = { ...src };
  delete row.lowerRule;
  delete row.proxy;
  if (row.kind === 'best') {
    const areas = [...SIX, 'WLD'];
    const latest = areas.map((a) => [a, observations(row.series, a, row.slice).at(-1)]).filter(([, p]) => p);
    if (latest.length < 2) errors.push(`${where}: best-performer rule needs two areas with values since 2015`);
    else {
      const sorted = latest.sort((x, y) =>
        row.better === 'higher' ? y[1].value - x[1].value : x[1].value - y[1].value,
      );
      const [bestArea, best] = sorted[0];
      const [worstArea, worst] = sorted.at(-1);
      // Kept as kind "best": a chart draws no "2030 target" line from a rule (src/core/charts/targets.ts).
      row.comparator = row.better === 'higher' ? '>=' : '<=';
      row.value = best.value;
      row.lower = worst.value;
      row.basis =
        'Stated best-performer rule (no number in the target text and no benchmark found): the target is the best latest ' +
        `value since 2015 among the six countries and the world aggregate (${bestArea} ${best.year}: ${fmt(best.value)}).`;
      row.lowerBasis = `Same rule: the worst of those values (${worstArea} ${worst.year}: ${fmt(worst.value)}).`;
    }
    return row;
  }
  if (src.lowerRule === 'half') {
    row.lower = row.value / 2;
    row.lowerBasis = 'Stated rule for higher-is-better targets: half the target value counts as furthest from it.';
  } else if (src.lowerRule === 'scale0') {
    row.lower = 0;
    row.lowerBasis =
      'Scale minimum: 0 (no coverage / no implementation). Half the target (50) would be above the world aggregate of ' +
      'this series in some years, so even the world would score near 0; the 0–100 scale of the indicator has its own floor.';
  } else if (src.lowerRule === 'triple') {
    row.lower = row.value * 3;
    row.lowerBasis =
      'Stated rule for lower-is-better targets above 0: three times the target value counts as furthest.';
  } else if (src.lowerRule === 'world2015') {
    const w = observations(row.series, 'WLD', row.slice)[0];
    if (!w) errors.push(`${where}: lowerRule world2015 but no world value since 2015`);
    else {
      row.lower = w.value;
      row.lowerBasis =
        'Stated rule for targets of 0 without a published threshold: the world aggregate at the start of the SDG ' +
        `period (first world value since 2015 in the UN series: ${w.year}, ${fmt(w.value)}).`;
    }
  } else if (src.lowerRule) errors.push(`${where}: unknown lowerRule ${src.lowerRule}`);
  return row;
}
const ordered = (row) => Object.fromEntries(FIELDS.filter((k) => row[k] !== undefined).map((k) => [k, row[k]]));

const rows = [];
for (const src of source.rows) {
  const where = `${src.indicator} ${src.series}`;
  const ind = catalog.indicators[src.indicator];
  const series = catalog.series[src.series];
  if (!ind) errors.push(`${where}: indicator not in data/catalog.json`);
  if (!series) errors.push(`${where}: series not in data/catalog.json`);
  else if (!series.indicators.includes(src.indicator) && !src.proxy)
    errors.push(`${where}: series does not serve the indicator`);
  const target = targetOf(src.indicator);
  const text = textOf(target);
  if (!text) errors.push(`${where}: no official text for target ${target}`);
  else if (!normalise(text).includes(normalise(src.quote ?? '')))
    errors.push(`${where}: quote not in the text of ${target}`);
  if (!src.noNumericTarget) {
    if (!src.better) errors.push(`${where}: a numeric target needs "better"`);
    if (src.kind === 'reduction') {
      if (!(src.reduction > 0 && src.reduction < 1)) errors.push(`${where}: reduction must be in (0, 1)`);
    } else if (src.kind === 'best') {
      // Target and lower bound come from the data (applyRules).
    } else if (src.rating !== false && typeof src.lower !== 'number' && !src.lowerRule) {
      errors.push(`${where}: a rated target needs a lower bound ("lower" with "lowerBasis", or "lowerRule")`);
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
  const filled = src.noNumericTarget ? { ...src } : applyRules(src, where);
  delete filled.lowerRule;
  delete filled.proxy;
  if (typeof src.lower === 'number' && !src.lowerBasis) errors.push(`${where}: "lower" needs "lowerBasis"`);
  rows.push(
    ordered({
      ...filled,
      target,
      targetText: text,
      citation: citation(target),
      kind: src.noNumericTarget ? undefined : (filled.kind ?? 'absolute'),
    }),
  );
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
  version: 2,
  source:
    'Target texts: UN General Assembly resolution A/RES/71/313 (global indicator framework), English wording from ' +
    `open-sdg/sdg-translations@${commit.slice(0, 7)}. Numbers read from the texts as listed per row (quote, basis, note); ` +
    'hand-kept in scripts/data/targets.source.json. Every rated row has a target value and a lower bound (score 0), each ' +
    'with its basis: the target text (quote), a cited benchmark (basis, lowerBasis) or a stated rule.',
  references: [
    'SDSN: Sachs, J. D., Lafortune, G., Fuller, G. et al., Sustainable Development Report (annual; 2025 edition), ' +
      'methods summary: https://dashboards.sdgindex.org/chapters/methodology — indicators rescaled 0–100 between a ' +
      'lower bound and an optimum; goal dashboards driven by the two worst indicators; trends against the pace needed.',
    'SDSN: Lafortune, G., Fuller, G., Moreno, J., Schmidt-Traub, G., Kroll, C., SDG Index and Dashboards — Detailed ' +
      'Methodological Paper, SDSN and Bertelsmann Stiftung, September 2018.',
    'ESCAP: Asia and the Pacific SDG Progress Report (annual), technical notes "Progress Assessment Methodology": ' +
      'https://data.unescap.org/resource-guides/progress-assessment-methodology — current status index, anticipated ' +
      'progress index, target value per indicator.',
    'ESCAP Statistics Division, Weighted extrapolation method for measuring SDGs, Working Paper SD/WP/04, March 2017: ' +
      'https://www.unescap.org/resources/working-paper-series-sdwp04march-2017-weighted-extrapolation-method-measuring-sdgs',
  ],
  rows,
};
writeFileSync(join(outDir, 'targets.json'), JSON.stringify(out, null, 1) + '\n');
const numeric = rows.filter((r) => !r.noNumericTarget).length;
console.log(`data/targets.json: ${rows.length} rows, ${numeric} with a numeric target`);
