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

  it('every cell is traceable: its indicators, their series (a target row, in order) and the values used', () => {
    const rowsOf = new Map<string, string[]>();
    for (const r of table.rows)
      if (r.rating !== false) rowsOf.set(r.indicator, [...(rowsOf.get(r.indicator) ?? []), r.series]);
    for (const row of grid)
      for (const g of row) {
        const codes = g.indicators.map((i) => i.indicator);
        expect([...codes].sort(compareCodes)).toEqual(codes);
        for (const a of g.indicators) {
          expect(catalog.indicators[a.indicator].goal).toBe(g.goal);
          expect(rowsOf.get(a.indicator) ?? [catalog.indicators[a.indicator].headline]).toContain(a.series);
          for (const p of a.points) expect(p.year).toBeGreaterThanOrEqual(2015);
          if (['achieved', 'close', 'far', 'very-far'].includes(a.status)) {
            expect(a.points).toContainEqual(a.latest);
            expect(a.targetValue).not.toBeNull();
            expect(a.lowerBound).not.toBeNull();
            expect(a.score).toBeGreaterThanOrEqual(0);
            expect(a.score).toBeLessThanOrEqual(100);
          }
          if (a.start) {
            expect(a.points).toContainEqual(a.start);
            expect(a.points).toContainEqual(a.end);
            expect(a.observations).toBeGreaterThanOrEqual(3);
          }
        }
      }
  });

  it('every goal rating follows from its indicators by the stated rule (re-derived here)', () => {
    const T: Record<string, number> = { 'on-track': 4, maintaining: 4, moderate: 3, stagnating: 2, worsening: 1 };
    for (const row of grid)
      for (const g of row) {
        const where = `${g.area} ${g.goal}`;
        if (g.goal === 14) {
          expect(g.status, where).toBe('not-applicable');
          continue;
        }
        const scores = g.indicators
          .filter((a) => a.score !== null)
          .map((a) => a.score!)
          .sort((x, y) => x - y);
        expect(g.statusCount, where).toBe(scores.length);
        if (scores.length) {
          const worst = scores.slice(0, 2);
          const mean = worst.reduce((x, y) => x + y) / worst.length;
          expect(g.statusScore, where).toBeCloseTo(mean, 10);
          const allMet = g.indicators.filter((a) => a.score !== null).every((a) => a.status === 'achieved');
          const want = allMet ? 'achieved' : mean >= 90 ? 'close' : mean >= 50 ? 'far' : 'very-far';
          expect(g.status, where).toBe(want);
          expect(g.thin, where).toBe(scores.length === 1);
        } else expect(['insufficient', 'no-target']).toContain(g.status);
        // Trends of indicators without a target stay out of the goal's trend.
        const ts = g.indicators
          .filter((a) => a.targetValue !== null && a.trend in T)
          .map((a) => T[a.trend])
          .sort((x, y) => x - y);
        expect(g.trendCount, where).toBe(ts.length);
        if (ts.length) expect(T[g.trend], where).toBe(ts[Math.floor((ts.length - 1) / 2)]);
        else expect(g.trend).toBe('insufficient');
      }
  });

  it('at least 90 of the 102 cells carry a status; each rests on two indicators or is marked thin', () => {
    const rated = grid.flat().filter((g) => ['achieved', 'close', 'far', 'very-far'].includes(g.status));
    expect(rated.length).toBeGreaterThanOrEqual(90);
    for (const g of rated) expect(g.statusCount >= 2 || g.thin, `${g.area} ${g.goal}`).toBe(true);
    // every goal but 13 and 14 has two or more rated indicators for most countries
    for (let goal = 1; goal <= 17; goal++) {
      if (goal === 13 || goal === 14) continue;
      const two = SIX.filter((a) => cell(a, goal).statusCount >= 2).length;
      expect(two, `goal ${goal}`).toBeGreaterThanOrEqual(goal === 10 || goal === 12 ? 2 : 4);
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
    expect(v('SH_HIV_INCD', 'KAZ', 2021, { sex: 'BOTHSEX', age: 'ALLAGE' })).toEqual(['0.18297']);
    expect(v('SH_HIV_INCD', 'WLD', 2015, { sex: 'BOTHSEX', age: 'ALLAGE' })).toEqual(['0.25908']);
    expect(v('SH_DTH_NCOM', 'KAZ', 2015, { sex: 'BOTHSEX' })).toEqual(['25.6']);
    expect(v('SH_DTH_NCOM', 'KAZ', 2019, { sex: 'BOTHSEX' })).toEqual(['22.4']);
    expect(v('AG_PRD_FIESMS', 'UZB', 2021, { sex: 'BOTHSEX' })).toEqual(['26.1']);
    expect(v('AG_PRD_FIESMS', 'WLD', 2015, { sex: 'BOTHSEX' })).toEqual(['21.7']);
    expect(v('SH_STA_ANEM', 'UZB', 2019)).toEqual(['24.8']);
    expect(v('VC_VAW_PHYPYV', 'UZB', 2022)).toEqual(['62.21']);
    expect(v('VC_VAW_PHYPYV', 'WLD', 2022)).toEqual(['79.315']);
    expect(v('SI_RMT_COST', 'TJK', 2015)).toEqual(['1.5']);
    expect(v('SI_RMT_COST', 'TJK', 2021)).toEqual(['2.99']);
    expect(v('SH_DYN_MORT', 'TJK', 2021, { sex: 'BOTHSEX' })).toEqual(['31.4']);
    expect(v('EG_ACS_ELEC', 'AFG', 2015, { location: 'ALLAREA' })).toEqual(['71.5']);
    expect(v('EG_ACS_ELEC', 'AFG', 2021, { location: 'ALLAREA' })).toEqual(['97.7']);
    expect(v('EG_EGY_CLEAN', 'TKM', 2021, { location: 'ALLAREA' })).toEqual(['>95']);
    expect(v('SN_ITK_DEFC', 'KAZ', 2021)).toEqual(['<2.5']);
  });

  it('KAZ goal 3: the worst two drive it — HIV 0.18297 against 0 (bound 0.25908) scores 29.38, NCD 37.5 → 33.44, very far', () => {
    // HIV: 100 × (0.18297 − 0.25908) / (0 − 0.25908) = 29.377; NCD: target 25.6 × 2/3, 100 × (22.4 − 25.6) / (17.0667 − 25.6) = 37.5.
    expect(ind('KAZ', '3.3.1').score).toBeCloseTo(29.377, 3);
    // (the target is stored rounded to 12 significant digits)
    expect(ind('KAZ', '3.4.1').score).toBeCloseTo(37.5, 6);
    expect(ind('KAZ', '3.1.1').status).toBe('achieved');
    expect(cell('KAZ', 3).drivers).toEqual(['3.3.1', '3.4.1']);
    expect(cell('KAZ', 3).statusScore).toBeCloseTo((29.377 + 37.5) / 2, 3);
    expect(cell('KAZ', 3).status).toBe('very-far');
  });

  it('UZB goal 2 is no longer "close": food insecurity 26.1 is past its bound (21.7) → 0, anaemia 24.8 → 38 → 19, very far', () => {
    expect(ind('UZB', '2.1.2').score).toBe(0);
    expect(ind('UZB', '2.1.2').trend).toBe('worsening');
    expect(ind('UZB', '2.2.3').score).toBeCloseTo(38, 10);
    expect(cell('UZB', 2).statusScore).toBeCloseTo(19, 10);
    expect(cell('UZB', 2).status).toBe('very-far');
  });

  it('UZB goal 16 is not "met" from birth registration alone: violence 62.21 (bound 79.315) → 21.57; with 100 → 60.78, far', () => {
    expect(ind('UZB', '16.9.1').status).toBe('achieved');
    expect(ind('UZB', '16.2.1').score).toBeCloseTo((100 * (62.21 - 79.315)) / -79.315, 10);
    expect(cell('UZB', 16).status).toBe('far');
  });

  it('TJK 10.c.1: remittance cost 1.5 → 2.99, still under 3 but rising: target met, trend worsening', () => {
    const a = ind('TJK', '10.c.1');
    expect([a.status, a.trend, a.trendReason]).toEqual(['achieved', 'worsening', 'met-worsening']);
  });

  it('TJK 3.2.1: 31.4 (2021) against ≤ 25, bound 75 → 87.2, far; ratio = fitted slope ÷ ((25 − 31.4) / 9)', () => {
    const a = ind('TJK', '3.2.1');
    expect(a.score).toBeCloseTo(87.2, 10);
    expect(a.status).toBe('far');
    expect(a.requiredPace).toBeCloseTo(-6.4 / 9, 10);
    expect(a.ratio).toBeCloseTo(a.pace! / (-6.4 / 9), 10);
    expect(a.observations).toBe(7);
  });

  it('AFG 7.1.1: 97.7 → 95.4 close; the 2016 jump is one of seven fitted years', () => {
    const a = ind('AFG', '7.1.1');
    expect(a.score).toBeCloseTo(95.4, 10);
    expect(a.status).toBe('close');
    expect(a.observations).toBe(7);
    expect(a.pace!).toBeLessThan(26.2 / 6);
  });

  it('TKM 7.1.2 published as >95: rated at 95 → 90, close; flags give no trend', () => {
    const a = ind('TKM', '7.1.2');
    expect([a.latest?.value, a.score, a.status, a.trendReason]).toEqual(['>95', 90, 'close', 'flags-only']);
  });

  it('KAZ 2.1.1 published as <2.5 every year: "end hunger" met at the reporting floor, maintained', () => {
    const a = ind('KAZ', '2.1.1');
    expect([a.status, a.trend]).toEqual(['achieved', 'maintaining']);
  });

  it('6.2.1 falls back to basic sanitation where safely managed has no value (KAZ), not where it has (KGZ)', () => {
    expect(ind('KAZ', '6.2.1').series).toBe('SP_ACS_BSRVSAN');
    expect(ind('KGZ', '6.2.1').series).toBe('SH_SAN_SAFE');
  });

  it('old values are marked: TJK 4.1.2 (2017, more than 5 years before 2023)', () => {
    expect(ind('TJK', '4.1.2').latest?.year).toBe(2017);
    expect(ind('TJK', '4.1.2').old).toBe(true);
    expect(cell('TJK', 4).old).toBe(true);
  });

  it('goal 14 (oceans) is not applicable to any of the six landlocked countries', () => {
    for (const area of SIX) expect(cell(area, 14).status).toBe('not-applicable');
  });
});
