// Everything a page in tk needs beyond English, in one file (one request): UI strings, unit names, CLDR table.
export { default as strings } from '../translations/tk.js';
export { default as units } from '../units/tk.js';
export { default as data } from '../../core/locale/data/tk.js';
