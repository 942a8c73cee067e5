import { FetchError } from './fetch-cache.js';

/**
 * A failure an element shows: what kind, and the facts its localised message needs. Thrown from a data task
 * (`throw new SdgDataError('unknown-indicator', { code })`); `SdgElement.failure()` turns it and any other error
 * (a `FetchError`, a `SyntaxError`, anything) into an `sdg-error` detail in the element's language.
 */
export type SdgErrorKind =
  | 'fetch'
  | 'parse'
  | 'validation'
  | 'unknown-indicator'
  | 'unknown-code'
  | 'unknown-goal'
  | 'unknown-country'
  | 'no-data';

export class SdgDataError extends Error {
  constructor(
    readonly kind: SdgErrorKind,
    readonly facts: { url?: string; code?: string; what?: string; accepted?: string } = {},
    message = `${kind}: ${facts.code ?? facts.url ?? facts.what ?? ''}`,
  ) {
    super(message);
    this.name = 'SdgDataError';
  }
}

/** Kind and facts of any thrown value; the message is localised later, by the element. */
export function classify(error: unknown): { kind: SdgErrorKind; url?: string; code?: string; what?: string; accepted?: string } {
  if (error instanceof SdgDataError) return { kind: error.kind, ...error.facts };
  // An HTML answer for a data file is a server's "not found" page (SPA fallback): a failed load, not bad data.
  if (error instanceof FetchError) return { kind: error.kind === 'parse' ? 'parse' : 'fetch', url: error.url };
  if (error instanceof SyntaxError) return { kind: 'parse' };
  return { kind: 'fetch', what: error instanceof Error ? error.message : String(error) };
}

/** True for the rejection of an aborted (stale) run, which is not a failure to report. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
