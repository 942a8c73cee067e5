/**
 * One request per URL however many elements ask for it: a shared cache of in-flight and settled requests.
 * Each caller passes its own AbortSignal; the underlying fetch is aborted only when every caller waiting on it
 * has aborted, and an aborted or failed request is dropped from the cache so that a retry fetches again.
 */

export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly kind: 'fetch' | 'parse' | 'http' | 'content-type' | 'timeout',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();
let requestCount = 0;

/** How many network requests this cache has started (for tests and the bench). */
export function fetchCount(): number {
  return requestCount;
}

/** Forgets every cached response (tests; a page that swaps its data folder). */
export function clearFetchCache(): void {
  for (const entry of cache.values()) if (!entry.settled) entry.controller.abort();
  cache.clear();
}

export type ResponseKind = 'json' | 'text';

async function load(url: string, kind: ResponseKind, signal: AbortSignal): Promise<unknown> {
  requestCount++;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new FetchError(`Network error while loading ${url}`, url, 'fetch');
  }
  if (!response.ok) throw new FetchError(`HTTP ${response.status} for ${url}`, url, 'http', response.status);
  const type = response.headers.get('content-type') ?? '';
  if (kind === 'json' && /text\/html/i.test(type)) {
    throw new FetchError(`Expected JSON but got ${type} from ${url}`, url, 'content-type', response.status);
  }
  const text = await response.text();
  if (kind === 'text') return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchError(`Malformed JSON in ${url}`, url, 'parse', response.status);
  }
}

/**
 * Fetches `url` once and shares the parsed result. `signal` aborts this caller's wait (it rejects with an
 * AbortError); the request itself goes on while any other caller still waits for it.
 */
export function fetchShared<T = unknown>(
  url: string,
  { signal, kind = 'json', timeoutMs = 30000 }: { signal?: AbortSignal; kind?: ResponseKind; timeoutMs?: number } = {},
): Promise<T> {
  const key = `${kind} ${url}`;
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(new FetchError(`Timed out loading ${url}`, url, 'timeout')), timeoutMs);
    const created: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    created.promise = load(url, kind, controller.signal).then(
      (value) => {
        clearTimeout(timeout);
        created.settled = true;
        return value;
      },
      (error) => {
        clearTimeout(timeout);
        created.settled = true;
        if (cache.get(key) === created) cache.delete(key);
        const reason = controller.signal.reason;
        throw reason instanceof FetchError ? reason : error;
      },
    );
    cache.set(key, created);
    entry = created;
  }
  const shared = entry;
  if (!signal) return shared.promise as Promise<T>;
  if (signal.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  shared.waiting++;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        resolve(v as T);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        shared.waiting--;
        reject(e);
      },
    );
  });
}
