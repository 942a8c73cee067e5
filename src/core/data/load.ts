import { fetchShared } from './fetch-cache.js';
import type { Catalog, SeriesEntry, SeriesFile } from './types.js';

/**
 * Loading the shipped files. `resolve` turns a path inside `data/` into a URL (src/internal/data-base.ts `dataUrl`
 * in the elements); kept as a parameter so the core stays free of the DOM.
 */
export type Resolve = (path: string) => string;

export function loadCatalog(resolve: Resolve, signal?: AbortSignal): Promise<Catalog> {
  return fetchShared<Catalog>(resolve('catalog.json'), { signal });
}

export function loadSeries(resolve: Resolve, entry: SeriesEntry, signal?: AbortSignal): Promise<SeriesFile> {
  return fetchShared<SeriesFile>(resolve(entry.file), { signal });
}
