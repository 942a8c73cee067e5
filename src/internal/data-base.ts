/**
 * Where the shipped `data/` folder is, resolved relative to this module so that the same code works from the dev
 * server (`/src/internal/` → `/data/`), from `dist/` (`/dist/` → `/data/`), from an npm install and from a CDN.
 * The URL is built from a variable so bundlers do not try to inline the folder as an asset.
 * Pages that host the data elsewhere call `setDataBase()` or set `data-base` on an element.
 */
const here = import.meta.url;
const depth = here.includes('/src/internal/') ? '../../data/' : '../data/';
let base = new URL(depth, here).href;

export function dataBase(): string {
  return base;
}

/** Sets the URL of the folder holding `catalog.json`, `series/`, `geo/` (a trailing slash is added). */
export function setDataBase(url: string | URL): void {
  const href = new URL(String(url), document.baseURI).href;
  base = href.endsWith('/') ? href : `${href}/`;
}

/** Resolves a path inside the data folder, or `base` if given (an element's `data-base`). */
export function dataUrl(path: string, override?: string | null): string {
  const root = override ? new URL(override.endsWith('/') ? override : `${override}/`, document.baseURI).href : base;
  return new URL(path, root).href;
}
