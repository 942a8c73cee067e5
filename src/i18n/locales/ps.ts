// Everything a page in ps needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/ps.js';
export { default as units } from '../units/ps.js';
export { default as data } from '../../core/locale/data/ps.js';
