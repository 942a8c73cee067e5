/**
 * The shipped target table (data/targets.json) against the official target texts, read here on their own from
 * data-raw/i18n/sdg-translations/en/global_targets.yml, and against data/catalog.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from '../../../src/core/data/types.js';
import type { TargetTable } from '../../../src/core/sdg/types.js';
import { targetFrom } from '../../../src/core/charts/targets.js';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const table = JSON.parse(readFileSync(join(repo, 'data', 'targets.json'), 'utf8')) as TargetTable;
const catalog = JSON.parse(readFileSync(join(repo, 'data', 'catalog.json'), 'utf8')) as Catalog;
const ymlPath = resolve(repo, 'data-raw', 'i18n', 'sdg-translations', 'en', 'global_targets.yml');
const norm = (s: string) =>
  s
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();

describe('data/targets.json', () => {
  it('has a row for every indicator of the catalog', () => {
    const covered = new Set(table.rows.map((r) => r.indicator));
    for (const code of Object.keys(catalog.indicators)) expect(covered.has(code), code).toBe(true);
  });

  it('cites the official text of each target, and each quote occurs in it', () => {
    const texts = parseYaml(readFileSync(ymlPath, 'utf8')) as Record<string, string>;
    for (const r of table.rows) {
      const text = texts[`${r.target.replace('.', '-')}-title`];
      expect(r.targetText, `${r.indicator} ${r.series}`).toBe(text);
      expect(r.citation).toContain(`SDG target ${r.target}`);
      if (r.quote) expect(norm(text).includes(norm(r.quote)), `${r.indicator}: “${r.quote}”`).toBe(true);
    }
  });

  it('numeric rows name a polarity matching the catalog, and a value or a reduction', () => {
    for (const r of table.rows.filter((x) => !x.noNumericTarget)) {
      const s = catalog.series[r.series];
      expect(s, r.series).toBeDefined();
      // A fallback row may borrow a series of another indicator (6.2.1 → basic sanitation of 1.4.1).
      if (r.indicator === '6.2.1' && r.series === 'SP_ACS_BSRVSAN') expect(s.indicators).toContain('1.4.1');
      else expect(s.indicators).toContain(r.indicator);
      if (s.better) expect(r.better, r.series).toBe(s.better);
      if (r.kind === 'reduction') expect(r.reduction! > 0 && r.reduction! < 1).toBe(true);
      else expect(typeof r.value === 'number' && ['<', '<=', '>=', '=0'].includes(r.comparator!)).toBe(true);
    }
  });

  it('reads the numbers of the target texts (hand-checked)', () => {
    const get = (series: string) => table.rows.find((r) => r.series === series)!;
    expect(get('SH_STA_MORT')).toMatchObject({ indicator: '3.1.1', comparator: '<', value: 70, better: 'lower' });
    expect(get('SH_DYN_MORT')).toMatchObject({ indicator: '3.2.1', comparator: '<=', value: 25, better: 'lower' });
    expect(get('SH_DYN_NMRT')).toMatchObject({ indicator: '3.2.2', comparator: '<=', value: 12, better: 'lower' });
    expect(get('EG_ACS_ELEC')).toMatchObject({ indicator: '7.1.1', comparator: '>=', value: 100, better: 'higher' });
    expect(get('EG_EGY_CLEAN')).toMatchObject({ indicator: '7.1.2', comparator: '>=', value: 100 });
    expect(get('SH_H2O_SAFE')).toMatchObject({ indicator: '6.1.1', comparator: '>=', value: 100 });
    expect(get('SH_SAN_SAFE')).toMatchObject({ indicator: '6.2.1', comparator: '>=', value: 100 });
    expect(get('SI_POV_DAY1')).toMatchObject({ indicator: '1.1.1', comparator: '=0', value: 0 });
    expect(get('SN_ITK_DEFC')).toMatchObject({ indicator: '2.1.1', comparator: '=0', value: 0 });
    expect(get('SE_TOT_CPLR')).toMatchObject({ indicator: '4.1.2', comparator: '>=', value: 100 });
    expect(get('SI_RMT_COST')).toMatchObject({ indicator: '10.c.1', comparator: '<', value: 3 });
    expect(get('SH_TBS_INCD')).toMatchObject({ indicator: '3.3.2', comparator: '=0', value: 0 });
    expect(get('SH_HIV_INCD')).toMatchObject({ indicator: '3.3.1', comparator: '=0', value: 0 });
    expect(get('SL_TLF_CHLDEC')).toMatchObject({ indicator: '8.7.1', comparator: '=0', value: 0, year: 2025 });
    expect(get('VC_VAW_PHYPYV')).toMatchObject({ indicator: '16.2.1', comparator: '=0', value: 0 });
    expect(get('SH_ACS_UNHC')).toMatchObject({ indicator: '3.8.1', comparator: '>=', value: 100 });
    expect(get('SH_DTH_NCOM').reduction).toBeCloseTo(1 / 3, 12);
    expect(get('SH_STA_WAST')).toMatchObject({ comparator: '=0', value: 0, lower: 15 });
    expect(get('EN_ATM_PM25')).toMatchObject({ comparator: '<=', value: 5, lower: 35 });
    expect(get('ER_H2O_STRESS')).toMatchObject({ comparator: '<=', value: 25, lower: 100 });
    expect(get('SH_STA_TRAF').noNumericTarget).toBe(true);
  });

  it('the first row of an indicator is its assessed series', () => {
    const first = new Map<string, string>();
    for (const r of table.rows) if (!first.has(r.indicator)) first.set(r.indicator, r.series);
    expect(first.get('6.2.1')).toBe('SH_SAN_SAFE');
  });

  it('every rated row has a target and a lower bound, each with a basis (quote, cited benchmark or stated rule)', () => {
    for (const r of table.rows.filter((x) => !x.noNumericTarget && x.rating !== false)) {
      const where = `${r.indicator} ${r.series}`;
      expect(r.quote, where).toBeTruthy();
      if (r.kind === 'reduction') continue;
      expect(typeof r.lower, where).toBe('number');
      expect(r.lowerBasis, where).toBeTruthy();
      // The lower bound lies on the bad side of the target.
      if (r.better === 'higher') expect(r.lower!, where).toBeLessThan(r.value!);
      else expect(r.lower!, where).toBeGreaterThan(r.value!);
    }
  });

  it('reads "end / eliminate / eradicate" as 0 and "universal / for all" as the full scale, the same way every time', () => {
    const rated = table.rows.filter((x) => !x.noNumericTarget && x.rating !== false && x.kind !== 'reduction');
    let ends = 0;
    let alls = 0;
    for (const r of rated) {
      const where = `${r.indicator} ${r.series}: “${r.quote}”`;
      if (/\b(end|eliminate|eradicate)\b/i.test(r.quote)) {
        ends++;
        expect([r.comparator, r.value], where).toEqual(['=0', 0]);
      }
      if (/\buniversal\b|\bfor all\b/i.test(r.quote)) {
        alls++;
        const full =
          r.better === 'higher'
            ? catalog.series[r.series].unit === 'PERCENT' || r.series === 'SH_ACS_UNHC'
              ? 100
              : 1
            : 0;
        expect(r.value, where).toBe(full);
      }
    }
    expect(ends).toBeGreaterThanOrEqual(10);
    expect(alls).toBeGreaterThanOrEqual(10);
  });

  it('the rows of an indicator are tried in order: 6.2.1 safely managed, then basic sanitation; chart-only rows are marked', () => {
    const rows = table.rows.filter((r) => r.indicator === '6.2.1' && r.rating !== false).map((r) => r.series);
    expect(rows).toEqual(['SH_SAN_SAFE', 'SP_ACS_BSRVSAN']);
    expect(
      table.rows
        .filter((r) => r.indicator === '6.2.1' && r.rating === false)
        .map((r) => r.series)
        .sort(),
    ).toEqual(['SH_SAN_DEFECT', 'SH_SAN_HNDWSH']);
  });

  it('charts draw a "2030 target" line only from values read from the target text, not from benchmarks or rules', () => {
    expect(targetFrom(table, 'SH_DYN_MORT')).toBe(25);
    expect(targetFrom(table, 'EG_ACS_ELEC')).toBe(100);
    expect(targetFrom(table, 'EN_ATM_PM25')).toBeNull(); // WHO guideline
    expect(targetFrom(table, 'GB_XPD_RSDV')).toBeNull(); // best-performer rule
  });
  it('puts the lower bound of IWRM and KBA protection at the scale minimum 0, where half the target sits above the world', () => {
    const series = JSON.parse(readFileSync(join(repo, 'data', 'series', 'ER_H2O_IWRMD.json'), 'utf8')) as {
      area: string[];
      year: number[];
      value: number[];
    };
    // World IWRM 2020 (54, in the shipped UN rows) is only 4 points above a "half of 100" bound of 50.
    const w = series.area.findIndex((a, k) => a === 'WLD' && series.year[k] === 2020);
    expect(series.value[w]).toBe(54);
    for (const [ind, ser] of [
      ['6.5.1', 'ER_H2O_IWRMD'],
      ['15.1.2', 'ER_PTD_TERR'],
      ['15.4.1', 'ER_PTD_MTN'],
    ]) {
      const row = table.rows.find((r) => r.indicator === ind && r.series === ser)!;
      expect(row.value, ind).toBe(100);
      expect(row.lower, ind).toBe(0);
      expect(row.lowerBasis, ind).toMatch(/^Scale minimum/);
    }
    // By hand: Kazakhstan IWRM 46 (2020) between 0 and 100 scores 100 * (46 - 0) / (100 - 0) = 46.
    const progress = JSON.parse(readFileSync(join(repo, 'data', 'progress.json'), 'utf8')) as {
      ratings: Record<string, { goal: number; indicators: { indicator: string; score?: number }[] }[]>;
    };
    const kaz6 = progress.ratings.KAZ!.find((c) => c.goal === 6)!;
    expect(kaz6.indicators.find((i) => i.indicator === '6.5.1')!.score).toBe(46);
  });
});
