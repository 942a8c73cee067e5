/** Every language's unit names, registered at once (Node, static renderers, `../all.ts`). */
import { LOCALES, type LocaleCode } from '../../core/locale/data.js';
import { registerUnits } from '../units.js';
import en from './en.js';
import ru from './ru.js';
import kk from './kk.js';
import uz from './uz.js';
import uzCyrl from './uz-Cyrl.js';
import ky from './ky.js';
import tg from './tg.js';
import tk from './tk.js';
import faAF from './fa-AF.js';
import ps from './ps.js';

const BY_LOCALE: Record<LocaleCode, Record<string, string>> = {
  en,
  ru,
  kk,
  uz,
  'uz-Cyrl': uzCyrl,
  ky,
  tg,
  tk,
  'fa-AF': faAF,
  ps,
};
for (const l of LOCALES) registerUnits(l, BY_LOCALE[l]);

/** Unit code → locale → name: every table side by side (for review and tests). */
export const UNITS: Record<string, Record<LocaleCode, string>> = Object.fromEntries(
  Object.keys(en).map((code) => [
    code,
    Object.fromEntries(LOCALES.map((l) => [l, BY_LOCALE[l][code]])) as Record<LocaleCode, string>,
  ]),
);
