import type { Translation } from './translations/en.js';

/**
 * The strings module's functions the one-tag loader offers (`registerTranslation`, `loadLocale` of src/autoload.ts),
 * handed over by the strings module when it loads (./localize.ts). The loader calls them at once when an element has
 * brought the strings module, and imports it (./loader-api.ts) only when none has: no request for a page whose
 * elements have loaded, and no dynamic import of a module the elements import statically (its namespace object
 * would need a bundler helper in a file of its own that every page requests).
 */
export interface StringsApi {
  registerTranslation(...translations: Array<Partial<Translation> & { $code: string }>): void;
  loadLocale(tag: string): Promise<void>;
}

let loaded: StringsApi | null = null;

/** Called once by the strings module as it loads. */
export function provideStrings(api: StringsApi): void {
  loaded = api;
}

/** The strings module's functions when it has loaded, else null. */
export function loadedStrings(): StringsApi | null {
  return loaded;
}
