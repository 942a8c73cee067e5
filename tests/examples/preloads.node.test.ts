import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlinesFor } from '../../src/core/data/load.js';
import type { CatalogIndex } from '../../src/core/data/types.js';
import { seriesPath } from '../../src/internal/prefetch.js';

/**
 * The regional brief preloads its first map's data, so that it arrives while the script loads. A stale preload
 * (a file the map no longer reads) costs a phone a download and leaves the map's own file to wait.
 */
const root = join(import.meta.dirname, '../..');
const html = readFileSync(join(root, 'examples/regional-brief.html'), 'utf8');
const attributes = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])) as Record<string, string>;

describe('the regional brief’s preloads', () => {
  it('are the files its first map reads: the catalog index, its series and its outlines', () => {
    const preloads = [...html.matchAll(/<link rel="preload" href="\.\.\/data\/([^"]+)"/g)].map((m) => m[1]!);
    const map = attributes(html.match(/<sdg-map\b[^>]*>/)![0]);
    const index = JSON.parse(readFileSync(join(root, 'data/catalog/codes.json'), 'utf8')) as CatalogIndex;
    const words = (v = '') => v.split(/\s+/).filter(Boolean);
    const outlines = outlinesFor({
      projection: map.projection ?? null,
      countries: words(map.countries).length > 0,
      layers: [...words(map.layers), ...(words(map['highlight-basin']).length ? ['rivers'] : [])],
    });
    expect(preloads.sort()).toEqual(
      ['catalog/codes.json', seriesPath(index, map.indicator!, map.series ?? null)!, outlines].sort(),
    );
  });
});
