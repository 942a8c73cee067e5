// Everything a page in uz needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/uz.js';
export { default as units } from '../units/uz.js';
export { default as data } from '../../core/locale/data/uz.js';
