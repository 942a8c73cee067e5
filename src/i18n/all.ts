/**
 * Registers every shipped locale: strings, unit names and number symbols. Imported by pages and tools that show many
 * languages at once (the builder); a page in one language loads only its own (`loadLocale`, automatic on first use).
 */
import { registerShippedLocale } from './localize.js';
import * as ru from './locales/ru.js';
import * as kk from './locales/kk.js';
import * as uz from './locales/uz.js';
import * as uzCyrl from './locales/uz-Cyrl.js';
import * as ky from './locales/ky.js';
import * as tg from './locales/tg.js';
import * as tk from './locales/tk.js';
import * as faAF from './locales/fa-AF.js';
import * as ps from './locales/ps.js';

const shippedLocales = [ru, kk, uz, uzCyrl, ky, tg, tk, faAF, ps];

export const translations = shippedLocales.map((m) => m.strings);

for (const m of shippedLocales) registerShippedLocale(m);

export { languages } from './languages.js';
