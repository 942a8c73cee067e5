import { describe, expect, it } from 'vitest';
import { loadLocale, registerTranslation } from '../../src/autoload.js';
import { resolveLocale } from '../../src/i18n/localize.js';

/** The one-tag loader's own exports reach the strings module (imported on first use, through src/i18n/loader-api.ts). */
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
});
