import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale/data.js';
import { LOCALE_DATA } from '../../src/core/locale/all.js';

describe('src/i18n/locale-data.ts', () => {
  it('is what scripts/build-locales.mjs generates from this Node ICU', () => {
    // Throws (non-zero exit) when the committed file differs from a fresh generation.
    const out = execFileSync(process.execPath, ['scripts/build-locales.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('names every area in every locale, never by its code', () => {
    const codes = Object.keys(LOCALE_DATA.en.names);
    expect(codes).toHaveLength(24);
    for (const l of LOCALES) {
      expect(Object.keys(LOCALE_DATA[l].names)).toEqual(codes);
      for (const c of codes) {
        const n = LOCALE_DATA[l].names[c]!;
        expect(n, `${l} ${c}`).not.toBe(c);
        if (l !== 'en' && l !== 'tk' && l !== 'uz') expect(n, `${l} ${c} is English`).not.toBe(LOCALE_DATA.en.names[c]);
      }
    }
  });

  it('writes fa-AF and ps names in Arabic script and Cyrillic-script locales in Cyrillic', () => {
    for (const l of ['fa-AF', 'ps'] as const) expect(LOCALE_DATA[l].names.AFG).toMatch(/^[\u0600-\u06ff]+$/);
    for (const l of ['ru', 'kk', 'uz-Cyrl', 'ky', 'tg'] as const)
      expect(LOCALE_DATA[l].names.KAZ).toMatch(/^[\u0400-\u04ff]+$/);
  });
});
