// Everything a page in kk needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/kk.js';
export { default as units } from '../units/kk.js';
export { default as data } from '../../core/locale/data/kk.js';
