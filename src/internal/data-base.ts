import { dataFiles } from './data-files.js';

/**
 * Where the shipped `data/` folder is, resolved relative to this module so that the same code works from the dev
 * server (`/src/internal/` → `/data/`), from `dist/` (`/dist/` → `/data/`), from `dist/lib/` and from a CDN.
 * The URL is built from a variable so bundlers do not try to inline the folder as an asset.
 * In the npm build a bundler-visible URL per file (`./data-files.ts`) comes first, so an app's bundler copies the
 * files it needs. Pages that host the data elsewhere call `setDataBase()` or set `data-base` on an element; either
 * wins over the shipped files.
 */
const here = import.meta.url;
const depth = here.includes('/src/internal/') || here.includes('/dist/lib/') ? '../../data/' : '../data/';
let base = new URL(depth, here).href;
let baseSet = false;

export function dataBase(): string {
  return base;
}

/** Sets the URL of the folder holding `catalog.json`, `series/`, `geo/` (a trailing slash is added). */
export function setDataBase(url: string | URL): void {
  const href = new URL(String(url), document.baseURI).href;
  base = href.endsWith('/') ? href : `${href}/`;
  baseSet = true;
}

/**
 * The URL of `path` (inside the data folder), by precedence: an element's `data-base` (resolved against the page),
 * then a page-wide `setDataBase()`, then the file as the app's bundler emitted it, then the folder beside the module.
 */
export function pickDataUrl(
  path: string,
  o: {
    override?: string | null;
    base: string;
    baseSet: boolean;
    files: Readonly<Record<string, URL>> | null;
    page: string;
  },
): string {
  if (o.override) return new URL(path, new URL(o.override.endsWith('/') ? o.override : `${o.override}/`, o.page)).href;
  if (!o.baseSet && o.files) {
    const bundled = o.files[path.replace(/^\.\//, '')];
    if (bundled) return bundled.href;
  }
  return new URL(path, o.base).href;
}

/** URLs already resolved: every element resolves the same few paths, and a page may hold hundreds of elements. */
const resolved = new Map<string, string>();

/** Resolves a path inside the data folder, or `base` if given (an element's `data-base`). */
export function dataUrl(path: string, override?: string | null): string {
  const page = override ? document.baseURI : '';
  const key = `${path}\u0000${override ?? ''}\u0000${page}\u0000${base}\u0000${baseSet}`;
  let url = resolved.get(key);
  if (url === undefined) {
    url = pickDataUrl(path, { override, base, baseSet, files: dataFiles, page: document.baseURI });
    if (resolved.size > 1000) resolved.clear();
    resolved.set(key, url);
  }
  return url;
}
