// Everything a page in uz-Cyrl needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/uz-Cyrl.js';
export { default as units } from '../units/uz-Cyrl.js';
export { default as data } from '../../core/locale/data/uz-Cyrl.js';
