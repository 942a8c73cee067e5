// Everything a page in ru needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/ru.js';
export { default as units } from '../units/ru.js';
export { default as data } from '../../core/locale/data/ru.js';
