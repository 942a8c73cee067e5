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

const repo = resolve(import.meta.dirname, '..', '..', '..');
const table = JSON.parse(readFileSync(join(repo, 'data', 'targets.json'), 'utf8')) as TargetTable;
const catalog = JSON.parse(readFileSync(join(repo, 'data', 'catalog.json'), 'utf8')) as Catalog;
const ymlPath = resolve(repo, 'data-raw', 'i18n', 'sdg-translations', 'en', 'global_targets.yml');
const norm = (s: string) => s.replace(/[\u2010-\u2015]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();

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
      expect(s.indicators).toContain(r.indicator);
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
    expect(get('SH_TBS_INCD')).toMatchObject({ indicator: '3.3.2', kind: 'reduction', reduction: 0.8, baseYear: 2015 });
    expect(get('SH_DTH_NCOM').reduction).toBeCloseTo(1 / 3, 12);
    expect(get('SH_STA_WAST')).toMatchObject({ comparator: '<', value: 5, year: 2025 });
    expect(get('SH_STA_TRAF').noNumericTarget).toBe(true);
  });

  it('the first row of an indicator is its assessed series', () => {
    const first = new Map<string, string>();
    for (const r of table.rows) if (!first.has(r.indicator)) first.set(r.indicator, r.series);
    expect(first.get('6.2.1')).toBe('SH_SAN_SAFE');
  });
});
