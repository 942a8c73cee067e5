import { loadUserData, parseUserData, type UserDataOptions, type UserDataResult } from '../core/data/user-data.js';
import { problem } from '../core/data/user/messages.js';
import { decimalsOf } from '../core/format/number.js';
import { loadCatalog, type Resolve } from '../core/data/load.js';
import { loadRegionCatalog } from '../core/data/regions.js';
import type { LocalizedText, SeriesEntry } from '../core/data/types.js';
import { matchArea, selectUserRows } from '../core/data/user-data.js';
import { UserDataError, type UserChartData, type UserChartQuery } from './user-data-view.js';

// What elements render and report of the user's data lives apart (user-data-view.ts), so that an element without
// `src` / `.data` never loads this module nor the parser (see user-data-lazy.ts).
export {
  UserDataError,
  chartAreaName,
  isUserChartData,
  localizeProblem,
  renderUserDataProblems,
  userDataDetail,
  userDataStyles,
  type UserChartData,
} from './user-data-view.js';
import { own as ownKey } from '../core/own.js';

/**
 * Glue between an element's `src` / `.data` and the user-data core, so that an element wires it in with a few lines:
 *
 * ```ts
 * @property() src: string | null = null;
 * @property({ attribute: false }) data: unknown = undefined;
 *
 * private rows = new Task(this, {
 *   task: async ([src, data], { signal }) => {
 *     const own = await readUserData(src, data, signal);      // null: no own data, use the shipped files
 *     if (own?.rejected) emit(this, 'sdg-error', userDataDetail(own, this.localize));  // partial: warn, still draw
 *     return own ? own.rows : …shipped rows…;
 *   },
 *   args: () => [this.src, this.data] as const,
 *   onError: (e) => this.failure(e),   // UserDataError (nothing usable) → error state with Retry
 * });
 * // in render(): ${this.userResult ? renderUserDataProblems(this.userResult, this.localize) : nothing}
 * ```
 */

/**
 * The user's data of an element: `.data` when set, else `src` fetched (relative to the page) through the shared
 * cache, else null. Throws `UserDataError` when nothing is usable and the signal's reason when aborted.
 */
export async function readUserData(
  src: string | null | undefined,
  data: unknown,
  signal?: AbortSignal,
  options?: UserDataOptions,
): Promise<UserDataResult | null> {
  let result: UserDataResult;
  let url: string | undefined;
  if (data !== undefined && data !== null) result = parseUserData(data, options);
  else if (src) {
    url = new URL(src, typeof document === 'undefined' ? undefined : document.baseURI).href;
    result = await loadUserData(url, signal, options);
  } else return null;
  if (result.error) throw new UserDataError(result, url);
  return result;
}

const UNIT_CODES: Record<string, string> = { '%': 'PERCENT', percent: 'PERCENT', per_cent: 'PERCENT' };

/**
 * The user's data of a chart (`src` / `.data`) in the shape the charts draw, or null when the element has none.
 * The catalog names the indicator (title, unit) when the rows or `indicator` give a known code; otherwise the title
 * is `label`, else the indicator or series code. The source line is the file's name. Region names come from the
 * region catalog, fetched only when the rows hold subdivisions. Throws `UserDataError` when nothing is usable, and
 * `UserDataError` with a `no-valid-rows` reading when no row matches `indicator` / `series`.
 */
export async function loadUserChartData(
  resolve: Resolve,
  q: UserChartQuery,
  signal?: AbortSignal,
): Promise<UserChartData | null> {
  const own = await readUserData(q.src, q.data, signal, { decimal: q.decimal, delimiter: q.delimiter });
  if (!own) return null;
  const selection = selectUserRows(own.rows, q);
  if (!selection) {
    const p = problem('no-valid-rows', { line: 0, location: 'line' }, {}, { kind: 'validation' });
    const error = { kind: p.kind, code: p.code, message: p.message };
    throw new UserDataError({ ...own, rows: [], problems: [...own.problems, p], error }, q.src ?? undefined);
  }
  const catalog = await loadCatalog(resolve, signal, {
    lang: q.lang,
    indicator: q.indicator || selection.indicator,
    series: q.series || selection.series,
  });
  const code = q.indicator || selection.indicator || '';
  const indicator = ownKey(catalog.indicators, code);
  const base: SeriesEntry | undefined =
    ownKey(catalog.series, selection.series) ?? (indicator ? ownKey(catalog.series, indicator.headline) : undefined);
  const unitRaw = selection.rows.find((r) => r.unit)?.unit;
  const unit = unitRaw ? (UNIT_CODES[unitRaw.toLowerCase()] ?? unitRaw) : (base?.unit ?? '');
  const fallback = q.label || code || (selection.series === 'USER' ? '' : selection.series);
  const empty: SeriesEntry = {
    series: '',
    goal: 0,
    target: '',
    indicators: indicator ? [indicator.code] : [],
    headline: false,
    title: { en: '' },
    unit: '',
    decimals: 0,
    better: null,
    dimensions: {},
    defaultSlice: {},
    years: null,
    file: '',
  };
  const entry: SeriesEntry = {
    ...(base ?? empty),
    series: selection.series,
    unit,
    defaultSlice: selection.slice,
    title: base?.title ?? { en: fallback },
    // The user's own precision and years (a map prints with `decimals` and defaults to the last year).
    decimals: Math.max(0, ...selection.rows.map((r) => (typeof r.value === 'number' ? decimalsOf(r.value) : 0))),
    years: [Math.min(...selection.rows.map((r) => r.year)), Math.max(...selection.rows.map((r) => r.year))],
  };
  const file = q.data !== undefined && q.data !== null ? '' : ((q.src ?? '').split(/[?#]/)[0].split('/').pop() ?? '');
  const names = new Map<string, LocalizedText>();
  const regions = selection.areas.filter((a) => matchArea(a)?.kind === 'region');
  if (regions.length) {
    const rc = await loadRegionCatalog(resolve, signal);
    const wanted = new Set(regions);
    // National sources (kazstat, Kyrgyz NSC) name more languages than GDL: they come first.
    const entries = Object.values(rc.regions).sort(
      (a, b) => Number(a.code.includes('r')) - Number(b.code.includes('r')),
    );
    for (const r of entries) {
      for (const iso of [r.iso_3166_2, r.iso_3166_2_legacy]) {
        if (iso && wanted.has(iso) && !names.has(iso)) names.set(iso, r.name);
      }
    }
  }
  return {
    catalog: { ...catalog, source: { en: file } },
    entry,
    indicator,
    rows: selection.rows,
    own,
    selection,
    names,
  };
}
