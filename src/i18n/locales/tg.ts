// Everything a page in tg needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/tg.js';
export { default as units } from '../units/tg.js';
export { default as data } from '../../core/locale/data/tg.js';
