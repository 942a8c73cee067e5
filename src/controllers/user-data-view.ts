import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChartData } from '../core/charts/data.js';
import type { LocalizedText } from '../core/data/types.js';
import type { UserDataProblem, UserDataResult, UserSelection } from '../core/data/user-data.js';
import { problemText } from '../core/data/user/problem-text.js';
import type { SdgErrorDetail } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import { SdgDataError } from '../core/data/errors.js';

/**
 * What the elements show and report of the user's data (error, problems list, `sdg-error` detail, area names):
 * everything but reading it, which is in user-data.ts and loaded only by an element that has `src` or `.data`.
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
 * A problem in the element's language (English where it has no translation). The wording loads with the reader of
 * the data the problem is about; without it (never, in practice) the problem's own English message.
 */
export function localizeProblem(p: UserDataProblem, localize: LocalizeController): string {
  const text = problemText();
  if (!text) return p.message;
  const term = (key: string, ...args: string[]) =>
    localize.isFallback(key as never)
      ? text.englishTerm(key, ...args)
      : localize.term(key as never, ...(args as never[]));
  return text.formatProblem(p, term, (n) => localize.number(n, { useGrouping: false }));
}

/** What an element asks of the user's data: its `src` / `.data`, the indicator or series to pick, its label and language. */
export interface UserChartQuery {
  src?: string | null;
  data?: unknown;
  indicator?: string | null;
  series?: string | null;
  label?: string | null;
  lang?: string | null;
  /** The decimal mark of the file's numbers (`,` or `.`, the default). */
  decimal?: '.' | ',';
  /** The file's cell separator; told from the header line when not given. */
  delimiter?: ',' | ';' | '\t';
}

/**
 * The `sdg-error` detail of the user's data: a summary (or, when nothing was usable, the reason), the problems
 * (errors first) and the accepted count.
 */
export function userDataDetail(result: UserDataResult, localize: LocalizeController, url?: string): SdgErrorDetail {
  const fatal = result.error
    ? (result.problems.find((p) => p.code === result.error!.code) ??
      problemText()?.problem(result.error.code, { line: 0, location: 'line' }, {}, { kind: result.error.kind }))
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
export function renderUserDataProblems(
  result: UserDataResult,
  localize: LocalizeController,
): TemplateResult | typeof nothing {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return nothing;
  return html`<details part="problems">
    <summary>${localize.term('rowsRejected', localize.number(result.rejected))}</summary>
    <ul>
      ${errors.map((p) => html`<li>${localizeProblem(p, localize)}</li>`)}
    </ul>
  </details>`;
}

/**
 * One line beside a small drawing (part `problems`): how many rows of the reader's file were shown and how many were
 * rejected (the list is in `sdg-error`); nothing when all rows were used or the data are shipped.
 */
export function renderRejectedCount(v: unknown, localize: LocalizeController): TemplateResult | typeof nothing {
  if (!isUserChartData(v) || !v.own.rejected) return nothing;
  const counts = localize.term('userDataSummary', localize.number(v.own.accepted), localize.number(v.own.rejected));
  return html`<span part="problems" class="rejected">⚠ ${counts}</span>`;
}

/** How the reader's file writes its numbers and separates its cells (from `decimal` / `delimiter`). */
export type UserFileFormat = Pick<UserChartQuery, 'decimal' | 'delimiter'>;

/** What a chart draws from the user's data: shipped-data shape (catalog, series entry, rows) plus what was read. */
export interface UserChartData extends ChartData {
  /** The whole reading (problems, counts). */
  own: UserDataResult;
  /** The rows kept (one series, one breakdown) and their areas in first-seen order. */
  selection: UserSelection;
  /** Names of the subdivisions among the areas (ISO 3166-2 → names from the region catalog). */
  names: Map<string, LocalizedText>;
}

/** The name of an area of a chart: a subdivision's from the region catalog, else the country or aggregate name. */
export function chartAreaName(v: ChartData, code: string, localize: LocalizeController): string {
  const name = (v as Partial<UserChartData>).names?.get(code);
  return name ? localize.text(name).text : localize.country(code).text;
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
