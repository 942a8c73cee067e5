/**
 * Registers the strings of every shipped locale. Imported by the bundle entry; a page that wants fewer languages
 * can import `registerTranslation` and single files from `./translations/` instead.
 */
import { registerTranslation } from './localize.js';
import ru from './translations/ru.js';
import kk from './translations/kk.js';
import uz from './translations/uz.js';
import uzCyrl from './translations/uz-Cyrl.js';
import ky from './translations/ky.js';
import tg from './translations/tg.js';
import tk from './translations/tk.js';
import faAF from './translations/fa-AF.js';
import ps from './translations/ps.js';

export const translations = [ru, kk, uz, uzCyrl, ky, tg, tk, faAF, ps];

registerTranslation(...translations);

export { languages } from './languages.js';
