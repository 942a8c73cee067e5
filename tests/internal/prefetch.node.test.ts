import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeCatalog } from '../../src/core/data/load.js';
import { resolveSeries } from '../../src/core/data/select.js';
import type { CatalogIndex, CatalogText } from '../../src/core/data/types.js';
import { seriesPath } from '../../src/internal/prefetch.js';

const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8')) as T;

describe('seriesPath', () => {
  const index = read<CatalogIndex>('catalog/codes.json');
  const catalog = mergeCatalog(index, read<CatalogText>('catalog/en/all.json'));

  it('names the file the elements load (resolveSeries on the merged catalog) for every indicator and series code', () => {
    const codes = [...Object.keys(index.indicators), ...Object.keys(index.series)];
    expect(codes.length).toBeGreaterThan(100);
    for (const code of codes) {
      const r = resolveSeries(catalog, code, null);
      expect(seriesPath(index, code, null), code).toBe(r.ok ? r.series.file : null);
    }
  });

  it('lets `series` win over `indicator`, and knows no unknown or inherited code', () => {
    const [code] = Object.keys(index.series);
    const r = resolveSeries(catalog, '3.2.1', code!);
    expect(seriesPath(index, '3.2.1', code!)).toBe(r.ok ? r.series.file : 'resolveSeries failed');
    expect(seriesPath(index, '99.9.9', null)).toBeNull();
    expect(seriesPath(index, 'constructor', null)).toBeNull();
    expect(seriesPath(index, ' 3.2.1 ', null)).toBe(seriesPath(index, '3.2.1', null));
  });
});
