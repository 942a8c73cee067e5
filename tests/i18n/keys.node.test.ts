import { describe, expect, it } from 'vitest';
import enUi from '../../src/i18n/translations/en.js';
import { USER_DATA_EN } from '../../src/core/data/user/messages.en.js';
import { translations } from '../../src/i18n/all.js';
import { LOCALES } from '../../src/core/locale/data.js';

// Every locale must have every key of the English table; the failure message lists the gaps per locale. English keeps
// the wording of problems in a reader's own data apart (it loads with the reader); the other locales carry it.
const en = { ...enUi, ...USER_DATA_EN };
const keys = Object.keys(en).filter((k) => !k.startsWith('$'));

describe('translations', () => {
  it('cover every shipped locale', () => {
    expect(['en', ...translations.map((t) => t.$code)].sort()).toEqual([...LOCALES].sort());
  });

  it('have every key of en', () => {
    const missing: Record<string, string[]> = {};
    for (const t of translations) {
      const gaps = keys.filter((k) => (t as Record<string, unknown>)[k] === undefined);
      if (gaps.length) missing[t.$code] = gaps;
    }
    expect(missing, `missing keys per locale:\n${JSON.stringify(missing, null, 2)}`).toEqual({});
  });

  it('have no key that en lacks (typos)', () => {
    const extra: Record<string, string[]> = {};
    for (const t of translations) {
      const odd = Object.keys(t).filter((k) => !(k in en));
      if (odd.length) extra[t.$code] = odd;
    }
    expect(extra).toEqual({});
  });

  for (const t of translations) {
    describe(t.$code, () => {
      it('has the same kind of entry (text or function of the same arity) as en', () => {
        for (const k of keys) {
          const mine = (t as Record<string, unknown>)[k];
          if (mine === undefined) continue;
          const ref = (en as Record<string, unknown>)[k];
          expect(typeof mine, k).toBe(typeof ref);
          if (typeof ref === 'function') expect((mine as () => string).length, k).toBe((ref as () => string).length);
        }
      });

      it('uses every argument and leaves no English behind', () => {
        for (const k of keys) {
          const mine = (t as Record<string, unknown>)[k];
          const ref = (en as Record<string, unknown>)[k];
          if (typeof mine === 'function') {
            const args = Array.from({ length: mine.length }, (_, i) => `ARG${i}`);
            const out = (mine as (...a: string[]) => string)(...args);
            for (const a of args) expect(out, `${t.$code}.${k} drops ${a}`).toContain(a);
            const english = (ref as (...a: string[]) => string)(...args);
            // Only strings with English words in them can be left untranslated (not e.g. `ARG0 (ARG1) → ARG2`).
            if (/[A-Za-z]{2,}/.test(english.replace(/ARG\d/g, ''))) expect(out, `${t.$code}.${k}`).not.toBe(english);
          } else if (typeof mine === 'string') {
            expect(mine.trim(), `${t.$code}.${k}`).not.toBe('');
            expect(mine, `${t.$code}.${k} is the English text`).not.toBe(ref);
          }
        }
      });

      it('declares the direction of its script', () => {
        expect(t.$dir).toBe(['fa-AF', 'ps'].includes(t.$code) ? 'rtl' : 'ltr');
      });
    });
  }
});
