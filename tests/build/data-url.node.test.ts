/**
 * pickDataUrl (src/internal/data-base.ts): which URL an element fetches a data file from. In an app built with a
 * bundler the package's files come as the URLs the bundler emitted; a page that hosts its own data still wins.
 */
import { describe, expect, it } from 'vitest';
import { pickDataUrl } from '../../src/internal/data-base.js';

const page = 'https://app.example/reports/page.html';
const base = 'https://app.example/node_modules/pkg/data/';
const files = {
  'catalog.json': new URL('https://app.example/assets/catalog-1a2b.json'),
  'series/SH_DYN_MORT.json': new URL('https://app.example/assets/SH_DYN_MORT-3c4d.json'),
};

describe('pickDataUrl', () => {
  it('uses the URL the bundler emitted for a shipped file', () => {
    expect(pickDataUrl('catalog.json', { base, baseSet: false, files, page })).toBe(
      'https://app.example/assets/catalog-1a2b.json',
    );
    expect(pickDataUrl('./series/SH_DYN_MORT.json', { base, baseSet: false, files, page })).toBe(
      'https://app.example/assets/SH_DYN_MORT-3c4d.json',
    );
  });

  it('falls back to the data folder for a file the bundler does not know, and without a bundler', () => {
    expect(pickDataUrl('series/NEW.json', { base, baseSet: false, files, page })).toBe(`${base}series/NEW.json`);
    expect(pickDataUrl('catalog.json', { base, baseSet: false, files: null, page })).toBe(`${base}catalog.json`);
  });

  it('lets setDataBase() point every element at self-hosted data', () => {
    const own = 'https://data.example/sdg/';
    expect(pickDataUrl('catalog.json', { base: own, baseSet: true, files, page })).toBe(
      'https://data.example/sdg/catalog.json',
    );
  });

  it("lets an element's data-base win over both, resolved against the page", () => {
    expect(pickDataUrl('catalog.json', { override: '../sdg-data', base, baseSet: false, files, page })).toBe(
      'https://app.example/sdg-data/catalog.json',
    );
    expect(pickDataUrl('catalog.json', { override: 'https://cdn.example/d/', base, baseSet: true, files, page })).toBe(
      'https://cdn.example/d/catalog.json',
    );
  });
});
