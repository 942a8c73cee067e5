export { ALIASES, bestMatch, foreignLang, normalizeTag, primaryLanguage } from './match.js';
export {
  ALPHA2,
  AGGREGATE_M49,
  LOCALE_DATA,
  LOCALES,
  type LocaleCode,
  type LocaleData,
  type NumberSymbols,
} from './data.js';
