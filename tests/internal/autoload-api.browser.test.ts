import { describe, expect, it } from 'vitest';
import { loadLocale, registerTranslation } from '../../src/autoload.js';
import { resolveLocale } from '../../src/i18n/localize.js';

/**
 * The one-tag loader's own exports reach the strings module: directly once an element (here, this file's import) has
 * loaded it, through src/i18n/loader-api.ts only before (src/i18n/strings-hook.ts).
 */
const requested = (name: RegExp) =>
  performance.getEntriesByType('resource').filter((e) => name.test(new URL(e.name).pathname));
describe('the loader’s string functions', () => {
  it('registerTranslation adds a locale the elements then resolve to', async () => {
    expect(resolveLocale('xx-test')).not.toBe('xx-test');
    await registerTranslation({ $code: 'xx-test', $name: 'Test', $dir: 'ltr', noData: 'nothing here' });
    expect(resolveLocale('xx-test')).toBe('xx-test');
  });

  it('loadLocale loads a shipped language', async () => {
    expect(resolveLocale('tk')).toBe('en');
    await loadLocale('tk');
    expect(resolveLocale('tk')).toBe('tk');
  });

  it('asks for no file of their own once the strings module has loaded', () => {
    // A language switch on a page of drawn elements waits for nothing but the language's own file.
    expect(requested(/\/i18n\/localize\.ts$/).length).toBeGreaterThan(0);
    expect(requested(/loader-api/)).toEqual([]);
  });
});
