import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages.js';
import { translations } from '../../src/i18n/all.js';
import en from '../../src/i18n/translations/en.js';
import { LOCALES } from '../../src/core/locale/data.js';

describe('languages', () => {
  it('lists every shipped locale with the self-name and direction of its translation file', () => {
    const files = [en, ...translations].map((t) => ({ code: t.$code, name: t.$name, dir: t.$dir }));
    expect(languages.map((l) => l.code).sort()).toEqual([...LOCALES].sort());
    for (const l of languages) expect(files.find((f) => f.code === l.code)).toEqual(l);
  });
});
