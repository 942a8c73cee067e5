import { fetchShared } from '../../core/data/fetch-cache.js';
import { loadCatalog, loadSeries, type Resolve } from '../../core/data/load.js';
import type { Catalog, SeriesFile } from '../../core/data/types.js';
import { SdgDataError } from '../../core/data/errors.js';
import { listItems } from '../../core/data/attributes.js';
import { METHOD } from '../../core/sdg/method.js';
import { assessProgress, databaseLatestYear, seriesForGoals } from '../../core/sdg/progress.js';
import {
  encodeProgress,
  ratingsFrom,
  type GoalRating,
  type ProgressFile,
  type TargetRef,
} from '../../core/sdg/progress-file.js';
import type { TargetTable } from '../../core/sdg/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ExportRow } from '../../internal/export.js';
import { STATUS_TERM, TREND_TERM } from './sdg-dashboard.templates.js';

/** What `<sdg-dashboard>` loads and says: the grid of ratings, its words and its rows, apart from the element. */

export interface Loaded {
  catalog: Catalog;
  targets: Record<string, TargetRef>;
  areas: string[];
  goals: number[];
  grid: GoalRating[][];
  /** Codes of `countries` that name no area of the catalog: left out of the grid and named in a notice. */
  unknown: string[];
  /** The accepted codes, for that notice. */
  accepted: string;
}

/**
 * Ratings from the precomputed `progress.json` (one request); computed here from `targets.json` and the series
 * (a request per series) only when the file is missing or does not hold a requested country or goal.
 */
async function ratings(
  resolve: Resolve,
  catalog: Catalog,
  file: ProgressFile | null,
  areas: string[],
  goals: number[],
  signal: AbortSignal,
) {
  const grid = ratingsFrom(file, areas, goals);
  if (file && grid) return { grid, targets: file.targets };
  const table = await fetchShared<TargetTable>(resolve('targets.json'), { signal });
  const need = seriesForGoals(catalog, table, goals);
  const files = new Map<string, SeriesFile>(
    await Promise.all(need.map(async (s) => [s, await loadSeries(resolve, catalog.series[s], signal)] as const)),
  );
  const computed = encodeProgress(
    table,
    assessProgress(catalog, table, files, areas, goals),
    databaseLatestYear(catalog),
  );
  return { grid: ratingsFrom(computed, areas, goals)!, targets: computed.targets };
}

/**
 * The grid of `countries` × `goals` (all 17 when empty). Unknown country codes are left out and listed in `unknown`
 * (one typo does not blank the grid); throws `unknown-country` when none is known, `unknown-goal` for a bad goal.
 */
export async function loadDashboard(
  resolve: Resolve,
  countries: string,
  goals: string,
  lang: string,
  signal: AbortSignal,
): Promise<Loaded> {
  // The catalog and progress.json load in parallel: a cold grid costs two requests.
  const progress = fetchShared<ProgressFile>(resolve('progress.json'), { signal }).catch(() => null);
  const catalog = await loadCatalog(resolve, signal, { lang, goal: 'all' });
  const given = [...new Set(listItems(countries).map((c) => c.toUpperCase()))];
  const known = new Set(catalog.areas.map((a) => a.code));
  const accepted = [...known].join(', ');
  const areas = given.filter((a) => known.has(a));
  const unknown = given.filter((a) => !known.has(a));
  if (!areas.length)
    throw new SdgDataError('unknown-country', { code: unknown.join(' ') || String(countries ?? ''), accepted });
  const all = catalog.goals.map((g) => g.goal);
  const givenGoals = listItems(goals);
  const bad = givenGoals.find((g) => !/^\d+$/.test(g) || !all.includes(Number(g)));
  if (bad !== undefined) throw new SdgDataError('unknown-goal', { code: bad });
  const list = givenGoals.length ? givenGoals.map(Number) : all;
  const { grid, targets } = await ratings(resolve, catalog, await progress, areas, list, signal);
  return { catalog, targets, areas, goals: list, grid, unknown, accepted };
}

/**
 * The second level's rows: indicators with a target first (they make the goal's status and trend), then those without
 * one (trend only, kept apart from the goal's trend), each group in code order.
 */
export const drillRows = (cell: GoalRating) => [
  ...cell.indicators.filter((a) => a.status !== 'no-target'),
  ...cell.indicators.filter((a) => a.status === 'no-target'),
];

/** The first year whose values are not old (see `METHOD.staleYears`), or null. */
export function oldBefore(d: Loaded): number | null {
  const latest = databaseLatestYear(d.catalog);
  return latest === null ? null : latest - METHOD.staleYears;
}

/** Status words of a goal: the status, how many indicators, and the thin / old marks in words. */
export function statusText(t: LocalizeController, cell: GoalRating): string {
  const parts = [t.term(STATUS_TERM[cell.status])];
  if (cell.statusCount) parts[0] += ` (${t.term('statusBasedOn', t.number(cell.statusCount))})`;
  if (cell.thin) parts.push(t.term('statusThin'));
  if (cell.old) {
    const years = cell.indicators
      .filter((a) => a.old && cell.drivers.includes(a.indicator) && a.latest)
      .map((a) => a.latest!.year);
    if (years.length) parts.push(t.term('statusOld', t.year(Math.min(...years))));
  }
  return parts.join(', ');
}

/** The trend's words and how many indicators it rests on. */
export function trendText(t: LocalizeController, cell: GoalRating): string {
  return `${t.term(TREND_TERM[cell.trend])}${cell.trendCount ? ` (${t.term('trendBasedOn', t.number(cell.trendCount))})` : ''}`;
}

export function cellText(t: LocalizeController, cell: GoalRating): string {
  return `${statusText(t, cell)}; ${trendText(t, cell)}`;
}

/**
 * The grid in words for screen readers, from the shown ratings and the legend's own words only: per country, how
 * many goals have each status ("Kazakhstan: Target met 2, Close to target 5, …").
 */
export function dashboardSummary(t: LocalizeController, d: Loaded): string {
  const comma = t.dir() === 'rtl' ? '، ' : ', ';
  const order = ['achieved', 'close', 'far', 'very-far', 'insufficient', 'no-target', 'not-applicable'] as const;
  return d.grid
    .map((row, r) => {
      const counts = order
        .map((s) => [s, row.filter((c) => c.status === s).length] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${t.term(STATUS_TERM[s])} ${t.number(n)}`);
      return `${t.country(d.areas[r]).text}: ${counts.join(comma)}.`;
    })
    .join(' ');
}

/**
 * One row per country and goal, as the data table: the ratings as stable codes (`achieved`, `on-track`, …, see
 * the method page) rather than translated words, with the score and how many indicators each rests on.
 */
export function dashboardExportRows(t: LocalizeController, d: Loaded): ExportRow[] {
  return d.grid.flatMap((row) =>
    row.map((cell) => ({
      code: cell.area,
      name: t.country(cell.area).text,
      goal: cell.goal,
      status: cell.status,
      statusScore: cell.statusScore,
      statusCount: cell.statusCount,
      drivers: cell.drivers.join(' '),
      // 1/0 flags: the status rests on one indicator / is read from an old value.
      thin: cell.thin ? 1 : 0,
      old: cell.old ? 1 : 0,
      trend: cell.trend,
      trendCount: cell.trendCount,
    })),
  );
}

/** What a key does in the grid: move to a cell, activate the focused one, go back (`null`: not a grid key). */
export type GridMove = { to: [number, number] } | { activate: true } | { back: true } | null;

/**
 * Where a key moves in a grid of `rows` × `cols` from `[r, c]`: arrows (mirrored in right-to-left; in the turned
 * narrow layout, countries as columns, they follow what the reader sees), Home/End (with Ctrl: first/last row),
 * Enter/Space activate, Escape/Backspace go back (`drill` only).
 */
export function gridKey(
  key: string,
  at: [number, number],
  o: { rows: number; cols: number; rtl: boolean; turned: boolean; ctrl: boolean; drill: boolean },
): GridMove {
  let [r, c] = at;
  const { rtl } = o;
  if (o.turned && ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(key)) {
    if (key === 'ArrowRight') r += rtl ? -1 : 1;
    if (key === 'ArrowLeft') r += rtl ? 1 : -1;
    if (key === 'ArrowDown') c += 1;
    if (key === 'ArrowUp') c -= 1;
  } else
    switch (key) {
      case 'ArrowRight':
        c += rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        c += rtl ? 1 : -1;
        break;
      case 'ArrowDown':
        r += 1;
        break;
      case 'ArrowUp':
        r -= 1;
        break;
      case 'Home':
        c = 0;
        if (o.ctrl) r = 0;
        break;
      case 'End':
        c = o.cols - 1;
        if (o.ctrl) r = o.rows - 1;
        break;
      case 'Enter':
      case ' ':
        return { activate: true };
      case 'Escape':
      case 'Backspace':
        return o.drill ? { back: true } : null;
      default:
        return null;
    }
  return { to: [Math.max(0, Math.min(o.rows - 1, r)), Math.max(0, Math.min(o.cols - 1, c))] };
}
