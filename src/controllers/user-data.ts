import { html, nothing, type TemplateResult } from 'lit';
import {
  formatProblem,
  loadUserData,
  parseUserData,
  type UserDataOptions,
  type UserDataProblem,
  type UserDataResult,
} from '../core/data/user-data.js';
import type { SdgErrorDetail } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';
import { SdgDataError } from '../internal/errors.js';

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

/** The `sdg-error` detail of partly rejected data: a summary, the problems (errors first) and the accepted count. */
export function userDataDetail(result: UserDataResult, localize: LocalizeController): SdgErrorDetail {
  const listed = [...result.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    kind: result.error?.kind ?? 'validation',
    message: localize.term('userDataSummary', localize.number(result.accepted), localize.number(result.rejected)),
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
