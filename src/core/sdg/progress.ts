import { decodeSeries, matchesSlice, sliceFor } from '../data/select.js';
import type { Catalog, IndicatorEntry, SeriesEntry, SeriesFile } from '../data/types.js';
import { assessGoal } from './aggregate.js';
import { assessIndicator } from './assess.js';
import type { GoalAssessment, IndicatorAssessment, Point, TargetRow, TargetTable } from './types.js';
import { own } from '../own.js';

/**
 * From the shipped catalog, target table and series files to the ratings of every country × goal. Pure: the
 * caller loads the files (`seriesForGoals` says which) and passes them in.
 */

/** Natural order of indicator codes: 1.2.1 < 1.10.1 < 1.a.1. */
export function compareCodes(a: string, b: string): number {
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

/**
 * Target rows by indicator code, in table order: the first row with a usable value rates the indicator, later rows
 * are fallbacks (6.2.1 safely managed sanitation, then basic sanitation). Rows kept for charts only are left out.
 */
export function targetIndex(table: TargetTable | null | undefined): Map<string, TargetRow[]> {
  const map = new Map<string, TargetRow[]>();
  for (const row of table?.rows ?? []) {
    if (row.rating === false) continue;
    const list = map.get(row.indicator) ?? [];
    list.push(row);
    map.set(row.indicator, list);
  }
  return map;
}

/** The indicators of a goal, in code order. */
export function indicatorsOfGoal(catalog: Catalog, goal: number): IndicatorEntry[] {
  return Object.values(catalog.indicators)
    .filter((i) => i.goal === goal)
    .sort((a, b) => compareCodes(a.code, b.code));
}

/** The series an indicator is assessed on: the one its target row names, else its headline series. */
export function assessedSeries(catalog: Catalog, indicator: IndicatorEntry, row?: TargetRow): SeriesEntry | undefined {
  return own(catalog.series, row?.series ?? indicator.headline) ?? own(catalog.series, indicator.headline);
}

/** The latest year of any shipped series (from the catalog): the reference for "old" values. */
export function databaseLatestYear(catalog: Catalog): number | null {
  let max: number | null = null;
  for (const s of Object.values(catalog.series)) {
    const y = s.years?.[1];
    if (typeof y === 'number' && (max === null || y > max)) max = y;
  }
  return max;
}

/** Series codes needed to rate `goals` (all 17 by default), fallbacks included; excluded rows need none. */
export function seriesForGoals(catalog: Catalog, table: TargetTable | null | undefined, goals?: number[]): string[] {
  const targets = targetIndex(table);
  const set = new Set<string>();
  for (const g of goals ?? catalog.goals.map((x) => x.goal)) {
    for (const ind of indicatorsOfGoal(catalog, g)) {
      const rows = targets.get(ind.code) ?? [];
      if (rows[0]?.exclude) continue;
      for (const row of rows.length ? rows : [undefined]) {
        const s = assessedSeries(catalog, ind, row);
        if (s) set.add(s.series);
      }
    }
  }
  return [...set].sort();
}

/** The points of one area in the assessed slice of a series file. */
export function pointsOf(file: SeriesFile, entry: SeriesEntry, area: string, row?: TargetRow): Point[] {
  const slice = sliceFor(entry, row?.slice ?? {});
  return decodeSeries(file)
    .filter((r) => r.area === area && matchesSlice(r, slice))
    .map((r) => ({ year: r.year, value: r.value, nature: r.nature }));
}

/** Rates one indicator of one area on one target row; `file` undefined (not loaded or missing) gives "not enough data". */
export function assessOne(
  catalog: Catalog,
  indicator: IndicatorEntry,
  row: TargetRow | undefined,
  file: SeriesFile | undefined,
  area: string,
  latestYear: number | null = databaseLatestYear(catalog),
): IndicatorAssessment {
  const entry = assessedSeries(catalog, indicator, row);
  return assessIndicator({
    indicator: indicator.code,
    series: entry?.series ?? indicator.headline,
    area,
    points: entry && file ? pointsOf(file, entry, area, row) : [],
    row,
    better: entry?.better ?? null,
    latestYear,
  });
}

/** Rates one indicator, trying its target rows in order: the first that gives a status wins, else the first row. */
export function assessWithFallbacks(
  catalog: Catalog,
  indicator: IndicatorEntry,
  rows: TargetRow[],
  files: ReadonlyMap<string, SeriesFile>,
  area: string,
  latestYear: number | null,
): IndicatorAssessment {
  const list = rows.length ? rows : [undefined];
  let first: IndicatorAssessment | null = null;
  for (const row of list) {
    const entry = assessedSeries(catalog, indicator, row);
    const a = assessOne(catalog, indicator, row, entry ? files.get(entry.series) : undefined, area, latestYear);
    if (a.score !== null) return a;
    first ??= a;
  }
  return first!;
}

/** Ratings of every `area` × `goal`, rows by area then goals in order. */
export function assessProgress(
  catalog: Catalog,
  table: TargetTable | null | undefined,
  files: ReadonlyMap<string, SeriesFile>,
  areas: string[],
  goals?: number[],
): GoalAssessment[][] {
  const targets = targetIndex(table);
  const goalList = goals ?? catalog.goals.map((g) => g.goal);
  const latestYear = databaseLatestYear(catalog);
  return areas.map((area) =>
    goalList.map((goal) => {
      const indicators = indicatorsOfGoal(catalog, goal)
        .filter((ind) => !targets.get(ind.code)?.[0]?.exclude)
        .map((ind) => assessWithFallbacks(catalog, ind, targets.get(ind.code) ?? [], files, area, latestYear));
      return assessGoal(goal, area, indicators);
    }),
  );
}
