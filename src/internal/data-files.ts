/**
 * The shipped data files as URLs a bundler can follow, or `null`.
 *
 * In the sources and the CDN bundles this stays `null`: files are fetched relative to the module
 * (`src/internal/data-base.ts`). The npm build (`scripts/build.mjs`, `dist/lib/`) replaces this module with one
 * generated from the files in `data/`, holding one literal `new URL('../../data/<file>', import.meta.url)` per file:
 * Vite and webpack 5 copy each file so referenced into the app's build (hashed) and rewrite the URL,
 * so an app that imports the package shows its data with no copy step (scripts/bundlers.mjs checks both). The list is generated,
 * never written by hand: a new file in `data/` is picked up by the next build.
 */
export const dataFiles: Readonly<Record<string, URL>> | null = null;
