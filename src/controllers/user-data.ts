import { css, html, nothing, type TemplateResult } from 'lit';
import {
  formatProblem,
  loadUserData,
  parseUserData,
  type UserDataOptions,
  type UserDataProblem,
  type UserDataResult,
} from '../core/data/user-data.js';
import type { ChartData } from '../core/charts/data.js';
import { problem } from '../core/data/user/messages.js';
import { decimalsOf } from '../core/format/number.js';
import { loadCatalog, type Resolve } from '../core/data/load.js';
import { localText, loadRegionCatalog } from '../core/data/regions.js';
import type { LocalizedText, SeriesEntry } from '../core/data/types.js';
import { matchArea, selectUserRows, type UserSelection } from '../core/data/user-data.js';
import type { SdgErrorDetail } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import { SdgDataError } from '../internal/errors.js';
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

/** Thrown when the user's data gives nothing to draw; carries the whole result (its problems) for the element. */
export class UserDataError extends SdgDataError {
  constructor(
    readonly result: UserDataResult,
    url?: string,
  ) {
    super(result.error?.kind ?? 'validation', { url, code: result.error?.code }, result.error?.message);
    this.name = 'UserDataError';
  }
}

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

/** A problem in the element's language. */
export function localizeProblem(p: UserDataProblem, localize: LocalizeController): string {
  const term = (key: string, ...args: string[]) => localize.term(key as never, ...(args as never[]));
  return formatProblem(p, term, (n) => localize.number(n, { useGrouping: false }));
}

/**
 * The `sdg-error` detail of the user's data: a summary (or, when nothing was usable, the reason), the problems
 * (errors first) and the accepted count.
 */
export function userDataDetail(result: UserDataResult, localize: LocalizeController, url?: string): SdgErrorDetail {
  const fatal = result.error
    ? (result.problems.find((p) => p.code === result.error!.code) ??
      problem(result.error.code, { line: 0, location: 'line' }, {}, { kind: result.error.kind }))
    : undefined;
  const listed = [...result.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    kind: result.error?.kind ?? 'validation',
    message: fatal
      ? localizeProblem(fatal, localize)
      : localize.term('userDataSummary', localize.number(result.accepted), localize.number(result.rejected)),
    ...(url ? { url } : {}),
    problems: listed.map((p) => ({
      line: p.line || undefined,
      column: p.column ?? undefined,
      message: localizeProblem(p, localize),
    })),
    accepted: result.accepted,
  };
}

/** Visible list of what was rejected (part `problems`), closed by default; nothing when all rows were used. */
export function renderUserDataProblems(result: UserDataResult, localize: LocalizeController): TemplateResult | typeof nothing {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return nothing;
  return html`<details part="problems">
    <summary>${localize.term('rowsRejected', localize.number(result.rejected))}</summary>
    <ul>
      ${errors.map((p) => html`<li>${localizeProblem(p, localize)}</li>`)}
    </ul>
  </details>`;
}

/** What a chart draws from the user's data: shipped-data shape (catalog, series entry, rows) plus what was read. */
export interface UserChartData extends ChartData {
  /** The whole reading (problems, counts). */
  own: UserDataResult;
  /** The rows kept (one series, one breakdown) and their areas in first-seen order. */
  selection: UserSelection;
  /** Names of the subdivisions among the areas (ISO 3166-2 → names from the region catalog). */
  names: Map<string, LocalizedText>;
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
  q: { src?: string | null; data?: unknown; indicator?: string | null; series?: string | null; label?: string | null },
  signal?: AbortSignal,
): Promise<UserChartData | null> {
  const own = await readUserData(q.src, q.data, signal);
  if (!own) return null;
  const selection = selectUserRows(own.rows, q);
  if (!selection) {
    const p = problem('no-valid-rows', { line: 0, location: 'line' }, {}, { kind: 'validation' });
    const error = { kind: p.kind, code: p.code, message: p.message };
    throw new UserDataError({ ...own, rows: [], problems: [...own.problems, p], error }, q.src ?? undefined);
  }
  const catalog = await loadCatalog(resolve, signal);
  const code = q.indicator || selection.indicator || '';
  const indicator = ownKey(catalog.indicators, code);
  const base: SeriesEntry | undefined = ownKey(catalog.series, selection.series) ?? (indicator ? ownKey(catalog.series, indicator.headline) : undefined);
  const unitRaw = selection.rows.find((r) => r.unit)?.unit;
  const unit = unitRaw ? (UNIT_CODES[unitRaw.toLowerCase()] ?? unitRaw) : (base?.unit ?? '');
  const fallback = q.label || code || (selection.series === 'USER' ? '' : selection.series);
  const empty: SeriesEntry = {
    series: '', goal: 0, target: '', indicators: indicator ? [indicator.code] : [], headline: false, title: { en: '' },
    unit: '', decimals: 0, better: null, dimensions: {}, defaultSlice: {}, years: null, file: '',
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
  const file = q.data !== undefined && q.data !== null ? '' : (q.src ?? '').split(/[?#]/)[0].split('/').pop() ?? '';
  const names = new Map<string, LocalizedText>();
  const regions = selection.areas.filter((a) => matchArea(a)?.kind === 'region');
  if (regions.length) {
    const rc = await loadRegionCatalog(resolve, signal);
    const wanted = new Set(regions);
    // National sources (kazstat, Kyrgyz NSC) name more languages than GDL: they come first.
    const entries = Object.values(rc.regions).sort((a, b) => Number(a.code.includes('r')) - Number(b.code.includes('r')));
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

/** The name of an area of a chart: a subdivision's from the region catalog, else the country or aggregate name. */
export function chartAreaName(v: ChartData, code: string, localize: LocalizeController): string {
  const name = (v as Partial<UserChartData>).names?.get(code);
  return name ? localText(name, localize.lang()).text : localize.country(code).text;
}

/** True when a chart shows the user's data. */
export function isUserChartData(v: unknown): v is UserChartData {
  return typeof v === 'object' && v !== null && 'own' in v && 'selection' in v;
}

/** Styles of the rejected-rows list (part `problems`); elements add them to their `static styles`. */
export const userDataStyles = css`
  [part~='problems'] {
    margin: 0.5em 0;
    padding: 0.25em 0.6em;
    border-inline-start: 3px solid var(--_sdg-color-danger);
    font-size: var(--_sdg-font-size-small);
    color: var(--_sdg-color-text);
  }
  [part~='problems'] summary {
    cursor: pointer;
    width: max-content;
    max-width: 100%;
  }
  [part~='problems'] ul {
    margin: 0.3em 0 0.2em;
    padding-inline-start: 1.2em;
  }
  [part~='problems'] li {
    overflow-wrap: anywhere;
  }
  [part='error'] + [part~='problems'] {
    margin-top: 0.75em;
  }
`;
