/**
 * The user's own data: `src="my.csv"`, `src="my.json"` or the `.data` property, read into observations with a list
 * of what was wrong. Pure (no DOM); never throws except for an aborted load. Schema and rules: stories/user-data.mdx.
 *
 * How to use from an element (a `@lit/task` that loads, then the usual pipeline on `result.rows`):
 *
 * ```ts
 * import { loadUserData, parseUserData, formatProblem } from '../../core/data/user-data.js';
 *
 * // src="my.csv": fetched once per URL (shared cache), aborted with the task.
 * const result = this.data ? parseUserData(this.data) : await loadUserData(new URL(this.src, document.baseURI).href, signal);
 * if (result.error) throw new SdgDataError(result.error.kind, { url: this.src }); // nothing usable: error state + retry
 * // result.rows: Observation[] to draw; result.rejected > 0: list result.problems (severity 'error') under the element
 * // and in the sdg-error/warning detail, each as formatProblem(p, (k, ...a) => this.localize.term(k as never, ...a)).
 * ```
 *
 * The elements do this through `loadUserChartData` (src/controllers/user-data.ts: one series and breakdown of the
 * rows, the catalog's title and unit, region names) and, for a region-level map, `loadUserRegionLevel`
 * (src/core/data/region-level.ts: the rows as in-memory regional files joined to the shapes by ISO 3166-2 code).
 */
import { FetchError, fetchShared } from './fetch-cache.js';
import type { Observation } from './types.js';
import { problem, type ProblemCode, type ProblemKind, type UserDataProblem } from './user/messages.js';
import { isSeriesFile, readObjectSteps, readSeriesFile, rowArray } from './user/objects.js';
import { csvLineStream, drain, readTable, readTableSteps, type Delimiter } from './user/table.js';
import { Collector } from './user/validate.js';
import type { Decimal } from './user/values.js';

export type { UserDataProblem, ProblemCode, ProblemKind } from './user/messages.js';
export { formatProblem, problemTerms, problemWhere, PROBLEM_TERM_KEYS, type Term } from './user/messages.js';
export { matchArea, type AreaMatch } from './user/areas.js';
export { SYNONYMS as USER_DATA_COLUMNS } from './user/columns.js';

export type UserDataFormat = 'csv-tidy' | 'csv-wide' | 'json-rows' | 'json-series' | 'rows' | 'table' | 'unknown';

export interface UserDataResult {
  /** The accepted observations, in input order. */
  rows: Observation[];
  /** Everything worth saying, in input order: errors (row or file not used) and warnings. */
  problems: UserDataProblem[];
  /** Records turned into observations. */
  accepted: number;
  /** Records not used (each has at least one `error` problem on its line). */
  rejected: number;
  /** Records without a value (shown as missing, neither accepted nor rejected). */
  missing: number;
  format: UserDataFormat;
  /** Set when nothing can be drawn: the file could not be loaded or read, or no record was valid. */
  error?: { kind: ProblemKind; code: ProblemCode; message: string };
}

export interface UserDataOptions {
  /** `csv` or `json` when known (from a file name or content type); otherwise told from the text. */
  format?: 'csv' | 'json';
  /** Decimal mark of numbers written as text: `.` (default) or `,`. Thousands separators are never accepted. */
  decimal?: Decimal;
  /** Separator of CSV text: `,`, `;` or tab; told from the header line when not given. */
  delimiter?: Delimiter;
  /** Series code for rows that give neither `series` nor `indicator` (default `USER`). */
  series?: string;
  /** Most records read (default 100 000); the rest are reported, not read. */
  maxRecords?: number;
  /** Most characters of text read (default 20 000 000, about 20 MB). */
  maxChars?: number;
  /** `loadUserData` only: give up after this many milliseconds (default 30 000). */
  timeoutMs?: number;
}

/** A known separator, or undefined (told from the text). */
function delimiterOf(d: unknown): Delimiter | undefined {
  return d === ',' || d === ';' || d === '\t' ? d : undefined;
}

export const USER_DATA_LIMITS = { maxRecords: 100_000, maxChars: 20_000_000 };

/**
 * Reads the user's data: CSV/TSV or JSON text, an array of row objects (`.data`), `{rows: […]}`, an array of arrays
 * (first row the header) or a columnar series file. Never throws.
 */
export function parseUserData(input: unknown, options: UserDataOptions = {}): UserDataResult {
  return drain(parseSteps(input, options));
}

/** Longest stretch of reading between two pauses of `parseUserDataSliced`, in milliseconds. */
export const SLICE_MS = 40;

/**
 * `parseUserData` in slices of at most about `SLICE_MS` milliseconds with a pause to the event loop between them, so
 * that a long file (10,000 rows, 5 MB) never freezes the page. Rejects with the signal's reason when aborted.
 */
export async function parseUserDataSliced(
  input: unknown,
  options: UserDataOptions = {},
  signal?: AbortSignal,
): Promise<UserDataResult> {
  const steps = parseSteps(input, options);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

/** What `parseUserData` does, as steps (see `readTableSteps`). */
function* parseSteps(input: unknown, options: UserDataOptions): Generator<void, UserDataResult> {
  const decimal: Decimal = options.decimal === ',' ? ',' : '.';
  const limit = (n: unknown, fallback: number) => (typeof n === 'number' && n >= 0 ? Math.floor(n) : fallback);
  const maxRecords = limit(options.maxRecords, USER_DATA_LIMITS.maxRecords);
  const maxChars = limit(options.maxChars, USER_DATA_LIMITS.maxChars);
  const c = new Collector({ decimal, series: options.series || 'USER' });
  let format: UserDataFormat = 'unknown';
  const whole = (code: ProblemCode, params: Record<string, string | number> = {}, kind: ProblemKind = 'parse') =>
    c.note(problem(code, { line: 0, location: 'line' }, params, { kind }));
  try {
    let value = input;
    if (typeof value === 'string') {
      const text = value.replace(/^\uFEFF/, '');
      const start = text.trimStart()[0];
      if (text.length > maxChars) whole('parse-too-large', { limit: maxChars });
      else if (!text.trim()) whole('parse-empty');
      else if (options.format === 'json' || (options.format !== 'csv' && (start === '[' || start === '{'))) {
        try {
          value = JSON.parse(text);
          format = 'json-rows';
        } catch {
          whole('parse-json');
        }
      } else {
        const lines = csvLineStream(text, delimiterOf(options.delimiter));
        const shape = yield* readTableSteps(lines, c, { maxRecords, location: 'line' });
        format = shape === 'wide' ? 'csv-wide' : 'csv-tidy';
      }
      if (format === 'unknown' || format.startsWith('csv')) return finish(c, format);
    } else if (Array.isArray(value) && Array.isArray(value[0])) {
      format = 'table';
      const lines = value.map((cells, i) => ({ line: i + 1, cells: Array.isArray(cells) ? cells : [cells] }));
      readTable(lines, c, { maxRecords, location: 'item' });
      return finish(c, format);
    } else format = 'rows';

    if (isSeriesFile(value)) {
      readSeriesFile(value, c, maxRecords);
      return finish(c, 'json-series');
    }
    const items = rowArray(value);
    if (!items) whole('parse-shape');
    else if (!items.length) whole('parse-empty');
    else yield* readObjectSteps(items, c, maxRecords);
    return finish(c, format);
  } catch {
    // A hostile object (a throwing getter or proxy) in `.data`; what was read so far stands.
    whole('internal');
    return finish(c, format);
  }
}

function finish(c: Collector, format: UserDataFormat): UserDataResult {
  const result: UserDataResult = {
    rows: c.rows,
    problems: c.problems,
    accepted: c.accepted,
    rejected: c.rejected,
    missing: c.missing,
    format,
  };
  const fatal = c.problems.find((p) => p.kind !== 'validation' && p.severity === 'error' && p.line === 0)
    ?? c.problems.find((p) => p.code === 'column-missing');
  if (fatal && !c.accepted) result.error = { kind: fatal.kind, code: fatal.code, message: fatal.message };
  else if (!c.accepted) {
    const p = problem('no-valid-rows', { line: 0, location: 'line' }, {}, { kind: 'validation' });
    result.error = { kind: p.kind, code: p.code, message: p.message };
  }
  return result;
}

/** Tells CSV from JSON by content type, then file extension, then the first character. */
export function detectFormat(url: string, contentType: string | null, text: string): 'csv' | 'json' {
  if (contentType && /json/i.test(contentType)) return 'json';
  if (contentType && /(text\/csv|tab-separated)/i.test(contentType)) return 'csv';
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (/\.(csv|tsv|txt)$/.test(path)) return 'csv';
  const start = text.trimStart().replace(/^\uFEFF/, '')[0];
  return start === '[' || start === '{' ? 'json' : 'csv';
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.replace(/^\uFEFF/, '').slice(0, 512));
}

/**
 * Loads and reads the user's file through the shared fetch cache (one request per URL). Failures (HTTP status,
 * network, timeout, an HTML page instead of data) come back as a result with `error` and one `fetch` problem; only an
 * abort rejects (with the signal's reason), so a stale task run can be dropped.
 */
export async function loadUserData(url: string, signal?: AbortSignal, options: UserDataOptions = {}): Promise<UserDataResult> {
  let text: string;
  try {
    text = await fetchShared<string>(url, { kind: 'text', signal, timeoutMs: options.timeoutMs });
  } catch (e) {
    if (signal?.aborted) throw e;
    let code: ProblemCode = 'fetch-network';
    const params: Record<string, string | number> = { url };
    if (e instanceof FetchError) {
      if (e.kind === 'http') {
        code = 'fetch-http';
        params.status = e.status ?? 0;
      } else if (e.kind === 'timeout') code = 'fetch-timeout';
      else if (e.kind === 'content-type') code = 'fetch-html';
    }
    return failed(code, params);
  }
  if (typeof text !== 'string') return failed('fetch-network', { url });
  if (looksLikeHtml(text)) return failed('fetch-html', { url });
  return parseUserDataSliced(text, { ...options, format: options.format ?? detectFormat(url, null, text) }, signal);
}

function failed(code: ProblemCode, params: Record<string, string | number>): UserDataResult {
  const p = problem(code, { line: 0, location: 'line' }, params, { kind: 'fetch' });
  const error = { kind: 'fetch' as const, code, message: p.message };
  return { rows: [], problems: [p], accepted: 0, rejected: 0, missing: 0, format: 'unknown', error };
}

/** Dimension codes that stand for "everyone" (the shipped data's default-slice order); `''` = not broken down. */
const TOTAL_CODES = ['BOTHSEX', 'ALLAGE', 'ALLAREA', '_T', 'TOTAL', 'ALL', 'ANYS', 'T', ''];

export interface UserSelection {
  /** The rows of one series and one slice, in input order. */
  rows: Observation[];
  /** Series code of those rows. */
  series: string;
  /** Indicator code of those rows when they name one. */
  indicator?: string;
  /** The breakdown kept, one code per dimension (`{sex: 'BOTHSEX'}`); `''` = rows without that column. */
  slice: Record<string, string>;
  /** Areas in the order they first appear. */
  areas: string[];
}

/**
 * What one chart or map draws of the user's rows: rows of `indicator` / `series` when those are given and the rows
 * carry them (otherwise all), then one series (the first named), then one breakdown per dimension (the total where
 * there is one, else the code with most rows), so that an area never has two values for a year.
 * Returns null when no row is left.
 */
export function selectUserRows(
  rows: readonly Observation[],
  { indicator, series }: { indicator?: string | null; series?: string | null } = {},
): UserSelection | null {
  let kept = [...rows];
  if (indicator && kept.some((r) => r.indicator)) kept = kept.filter((r) => r.indicator === indicator);
  if (series && kept.some((r) => r.series === series)) kept = kept.filter((r) => r.series === series);
  if (!kept.length) return null;
  const first = kept[0].series;
  kept = kept.filter((r) => r.series === first);
  const dims = [...new Set(kept.flatMap((r) => Object.keys(r.dims ?? {})))];
  const slice: Record<string, string> = {};
  for (const dim of dims) {
    const counts = new Map<string, number>();
    for (const r of kept) {
      const code = r.dims?.[dim] ?? '';
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const total = TOTAL_CODES.find((c) => counts.has(c));
    slice[dim] = total ?? [...counts].sort((a, b) => b[1] - a[1])[0][0];
    kept = kept.filter((r) => (r.dims?.[dim] ?? '') === slice[dim]);
  }
  const indicatorCode = kept.find((r) => r.indicator)?.indicator;
  return {
    rows: kept,
    series: first,
    ...(indicatorCode ? { indicator: indicatorCode } : {}),
    slice,
    areas: [...new Set(kept.map((r) => r.area))],
  };
}
