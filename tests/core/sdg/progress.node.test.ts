/**
 * The method applied to the shipped data: all 6 countries × 17 goals, each rating traceable to its indicators, and
 * a few cells checked by hand against values read here from the raw CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Catalog, SeriesFile } from '../../../src/core/data/types.js';
import { assessProgress, compareCodes, seriesForGoals } from '../../../src/core/sdg/progress.js';
import type { GoalAssessment, IndicatorAssessment, TargetTable } from '../../../src/core/sdg/types.js';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const json = <T>(rel: string): T => JSON.parse(readFileSync(join(repo, 'data', rel), 'utf8')) as T;
const catalog = json<Catalog>('catalog.json');
const table = json<TargetTable>('targets.json');
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const rawPath = resolve(repo, 'data-raw', 'sdg', 'sdg_indicators_central_asia.csv');

let grid: GoalAssessment[][];
const cell = (area: string, goal: number) => grid[SIX.indexOf(area)][goal - 1];
const ind = (area: string, code: string): IndicatorAssessment =>
  cell(area, Number(code.split('.')[0])).indicators.find((i) => i.indicator === code)!;

beforeAll(() => {
  const files = new Map<string, SeriesFile>();
  for (const s of seriesForGoals(catalog, table)) files.set(s, json<SeriesFile>(catalog.series[s].file));
  grid = assessProgress(catalog, table, files, SIX);
});

describe('assessProgress on the shipped data', () => {
  it('rates all 6 × 17 cells', () => {
    expect(grid).toHaveLength(6);
    for (const [i, row] of grid.entries()) {
      expect(row.map((g) => g.goal)).toEqual([...Array(17)].map((_, k) => k + 1));
      for (const g of row) expect(g.area).toBe(SIX[i]);
    }
  });

  it('every cell is traceable: its indicators, their series and the values used', () => {
    const firstRow = new Map<string, string>();
    for (const r of table.rows) if (!firstRow.has(r.indicator)) firstRow.set(r.indicator, r.series);
    for (const row of grid)
      for (const g of row) {
        const codes = g.indicators.map((i) => i.indicator);
        expect([...codes].sort(compareCodes)).toEqual(codes);
        for (const a of g.indicators) {
          expect(catalog.indicators[a.indicator].goal).toBe(g.goal);
          expect(a.series).toBe(firstRow.get(a.indicator) ?? catalog.indicators[a.indicator].headline);
          for (const p of a.points) expect(p.year).toBeGreaterThanOrEqual(2015);
          if (['achieved', 'close', 'far', 'very-far'].includes(a.status)) {
            expect(a.points).toContainEqual(a.latest);
            expect(a.targetValue).not.toBeNull();
          }
          if (a.start) {
            expect(a.points).toContainEqual(a.start);
            expect(a.points).toContainEqual(a.end);
          }
        }
      }
  });

  it('every goal rating follows from its indicators by the stated rule (re-derived here)', () => {
    const S: Record<string, number> = { achieved: 4, close: 3, far: 2, 'very-far': 1 };
    const T: Record<string, number> = { 'on-track': 4, moderate: 3, improving: 3, stagnating: 2, worsening: 1 };
    for (const row of grid)
      for (const g of row) {
        const scores = g.indicators.filter((a) => a.status in S).map((a) => S[a.status]);
        expect(g.statusCount).toBe(scores.length);
        if (scores.length) {
          const mean = scores.reduce((x, y) => x + y) / scores.length;
          // nearest level, ties to the worse
          const level = mean - Math.floor(mean) === 0.5 ? Math.floor(mean) : Math.round(mean);
          expect(S[g.status], `${g.area} ${g.goal}`).toBe(level);
        } else expect(['insufficient', 'no-target']).toContain(g.status);
        const ts = g.indicators.filter((a) => a.trend in T).map((a) => T[a.trend]).sort((x, y) => x - y);
        expect(g.trendCount).toBe(ts.length);
        if (ts.length) expect(T[g.trend]).toBe(ts[Math.floor((ts.length - 1) / 2)]);
        else expect(g.trend).toBe('insufficient');
      }
  });

  it('excludes indicators whose values are for single cities', () => {
    expect(cell('AFG', 11).indicators.map((i) => i.indicator)).not.toContain('11.2.1');
  });
});

describe('hand-checked cells (values from the raw CSV)', () => {
  it('the raw values used below are the published ones', () => {
    const rows = csvParse(readFileSync(rawPath, 'utf8'));
    const v = (series: string, area: string, year: number, dims: Record<string, string> = {}) =>
      rows
        .filter((r) => r.series === series && r.geo_code === area && Number(r.year) === year)
        .filter((r) => Object.entries(dims).every(([k, x]) => r[k] === x))
        .map((r) => r.value);
    expect(v('SH_STA_MORT', 'KAZ', 2020)).toEqual(['13.38363']);
    expect(v('SH_DYN_MORT', 'KAZ', 2021, { sex: 'BOTHSEX' })).toEqual(['10.3']);
    expect(v('SH_DYN_NMRT', 'KAZ', 2021, { sex: 'BOTHSEX' })).toEqual(['5']);
    expect(v('SH_TBS_INCD', 'KAZ', 2015)).toEqual(['81']);
    expect(v('SH_TBS_INCD', 'KAZ', 2021)).toEqual(['74']);
    expect(v('SH_DTH_NCOM', 'KAZ', 2015, { sex: 'BOTHSEX' })).toEqual(['25.6']);
    expect(v('SH_DTH_NCOM', 'KAZ', 2019, { sex: 'BOTHSEX' })).toEqual(['22.4']);
    expect(v('SH_DYN_MORT', 'TJK', 2015, { sex: 'BOTHSEX' })).toEqual(['37.4']);
    expect(v('SH_DYN_MORT', 'TJK', 2021, { sex: 'BOTHSEX' })).toEqual(['31.4']);
    expect(v('SH_STA_MORT', 'AFG', 2015)).toEqual(['775.69274']);
    expect(v('SH_STA_MORT', 'AFG', 2020)).toEqual(['620.40751']);
    expect(v('EG_ACS_ELEC', 'AFG', 2015, { location: 'ALLAREA' })).toEqual(['71.5']);
    expect(v('EG_ACS_ELEC', 'AFG', 2021, { location: 'ALLAREA' })).toEqual(['97.7']);
    expect(v('EG_EGY_CLEAN', 'TKM', 2021, { location: 'ALLAREA' })).toEqual(['>95']);
    expect(v('SN_ITK_DEFC', 'KAZ', 2021)).toEqual(['<2.5']);
  });

  it('KAZ goal 3: achieved ×3 (MMR 13.4 < 70, U5MR 10.3 ≤ 25, NMR 5 ≤ 12), TB very far, NCD close → 16/5 = 3.2 → close', () => {
    expect(ind('KAZ', '3.1.1').status).toBe('achieved');
    expect(ind('KAZ', '3.2.1').status).toBe('achieved');
    expect(ind('KAZ', '3.2.2').status).toBe('achieved');
    // TB: target 81 × 0.2 = 16.2; 74 > 3 × 16.2 = 48.6
    expect(ind('KAZ', '3.3.2').targetValue).toBeCloseTo(16.2, 10);
    expect(ind('KAZ', '3.3.2').status).toBe('very-far');
    // NCD: target 25.6 × 2/3 = 17.0667; 22.4 ≤ 1.5 × 17.0667 = 25.6 → close;
    // pace (22.4 − 25.6)/4 = −0.8; required (17.0667 − 25.6)/15 = −0.568889; ratio 1.40625 → on track
    expect(ind('KAZ', '3.4.1').status).toBe('close');
    expect(ind('KAZ', '3.4.1').ratio).toBeCloseTo(1.40625, 4);
    expect(ind('KAZ', '3.4.1').trend).toBe('on-track');
    expect(cell('KAZ', 3).statusCount).toBe(5);
    expect(cell('KAZ', 3).statusScore).toBeCloseTo(3.2, 10);
    expect(cell('KAZ', 3).status).toBe('close');
  });

  it('TJK 3.2.1: 37.4 → 31.4 (2015–2021), close, on track (ratio 1.2097)', () => {
    const a = ind('TJK', '3.2.1');
    expect(a.status).toBe('close');
    expect(a.ratio).toBeCloseTo(1.209677, 5);
    expect(a.trend).toBe('on-track');
    expect(a.estimated).toBe(true);
  });

  it('AFG 3.1.1: 620.4 very far; 775.7 → 620.4 (2015–2020), ratio 0.6601 moderately improving', () => {
    const a = ind('AFG', '3.1.1');
    expect(a.status).toBe('very-far');
    // pace −155.28523 / 5 = −31.057046; required (70 − 775.69274) / 15 = −47.046183
    expect(a.ratio).toBeCloseTo(0.660140, 5);
    expect(a.trend).toBe('moderate');
  });

  it('AFG 7.1.1: 97.7 (2021) close; 71.5 → 97.7, ratio 2.2982 on track; country data, not estimates', () => {
    const a = ind('AFG', '7.1.1');
    expect(a.status).toBe('close');
    expect(a.ratio).toBeCloseTo((26.2 / 6) / (28.5 / 15), 10);
    expect(a.trend).toBe('on-track');
    expect(a.estimated).toBe(false);
  });

  it('TKM 7.1.2 published as >95: close from the bound, no trend (flags only)', () => {
    const a = ind('TKM', '7.1.2');
    expect(a.latest?.value).toBe('>95');
    expect(a.status).toBe('close');
    expect(a.statusReason).toBe('flag-bound');
    expect(a.trendReason).toBe('flags-only');
  });

  it('KAZ 2.1.1 published as <2.5: close (never achieved without a number), no trend', () => {
    const a = ind('KAZ', '2.1.1');
    expect(a.status).toBe('close');
    expect(a.trend).toBe('insufficient');
  });

  it('goal 14 (marine) has no numeric target for any landlocked country', () => {
    for (const area of SIX) expect(cell(area, 14).status).toBe('no-target');
  });
});
