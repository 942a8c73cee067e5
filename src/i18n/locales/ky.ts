// Everything a page in ky needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/ky.js';
export { default as units } from '../units/ky.js';
export { default as data } from '../../core/locale/data/ky.js';
