// Everything a page in fa-AF needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/fa-AF.js';
export { default as units } from '../units/fa-AF.js';
export { default as data } from '../../core/locale/data/fa-AF.js';
