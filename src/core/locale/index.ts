export { ALIASES, bestMatch, foreignLang, normalizeTag, primaryLanguage } from './match.js';
export {
  ALPHA2,
  AGGREGATE_M49,
  EN,
  LOCALE_DIRS,
  LOCALES,
  type LocaleCode,
  type LocaleData,
  type NumberSymbols,
} from './data.js';
export { hasLocaleData, localeData, registerLocaleData } from './registry.js';
// Every table, registered on import (this barrel is for Node and static renderers, which want all of them).
export { LOCALE_DATA } from './all.js';
