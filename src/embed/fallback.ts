/**
 * The static fallback: the light-DOM content put inside an element's tag for readers without JavaScript and for
 * search engines:
 *
 * ```html
 * <sdg-map indicator="3.2.1" year="2020">
 *   <figure slot="fallback"><figcaption>Under-5 mortality rate, 2020</figcaption><table>…</table><p>Source: …</p></figure>
 * </sdg-map>
 * ```
 *
 * Before the element is defined (no script, script blocked, or not loaded yet) the browser shows the tag's children;
 * once defined, the element's shadow root has no slot named `fallback`, so the figure is not rendered and not read.
 * Pure: it takes the catalog and series file already loaded (by the builder in a browser, by `scripts/fallback.mjs` in
 * Node) and returns HTML in which every data text is escaped.
 */
import { decodeSeries, matchesSlice, resolveSeries, sliceFor, valuesForYear } from '../core/data/select.js';
import type { Catalog, LocalizedText, Observation, SeriesFile } from '../core/data/types.js';
import { areaName } from '../core/format/area-name.js';
import { formatValue, formatYear } from '../core/format/number.js';
import { bestMatch, foreignLang } from '../core/locale/match.js';
// A static page in any language: every locale's number symbols and area names.
import '../core/locale/all.js';
import { codeList, parseSlice, SIX_COUNTRIES } from '../core/data/attributes.js';
import en from '../i18n/translations/en.js';
import faAF from '../i18n/translations/fa-AF.js';
import kk from '../i18n/translations/kk.js';
import ky from '../i18n/translations/ky.js';
import ps from '../i18n/translations/ps.js';
import ru from '../i18n/translations/ru.js';
import tg from '../i18n/translations/tg.js';
import tk from '../i18n/translations/tk.js';
import uzCyrl from '../i18n/translations/uz-Cyrl.js';
import uz from '../i18n/translations/uz.js';

const LOCALES = [en, ru, kk, uz, uzCyrl, ky, tg, tk, faAF, ps];
/** Elements whose fallback is one year's values per country; the others in this set show a range of years. */
const ONE_YEAR = new Set(['sdg-map', 'sdg-bar-chart']);
export const FALLBACK_ELEMENTS = ['sdg-map', 'sdg-bar-chart', 'sdg-trend-chart', 'sdg-sparkline'];

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function table(code: string) {
  const hit = bestMatch(
    code,
    LOCALES.map((l) => l.$code),
  );
  return LOCALES.find((l) => l.$code === hit) ?? en;
}

/** A UI term in `lang`, falling back to English for a key a locale lacks. */
function term(
  lang: string,
  key: 'country' | 'value' | 'year' | 'source' | 'noData' | 'estimated' | 'modelled',
): string {
  const t = table(lang) as Partial<typeof en>;
  return (Object.hasOwn(t, key) ? t[key] : undefined) ?? en[key];
}

function text(t: LocalizedText | undefined, lang: string): { text: string; lang: string } {
  if (!t) return { text: '', lang: '' };
  const hit = bestMatch(
    lang,
    Object.keys(t).filter((k) => t[k]),
  );
  return hit === undefined ? { text: t.en, lang: 'en' } : { text: t[hit]!, lang: hit };
}

/** `lang="…"` when a text is in another language than the page's. */
const langAttr = (textLang: string, lang: string) => {
  const foreign = foreignLang(textLang, lang);
  return foreign ? ` lang="${escapeHtml(foreign)}"` : '';
};

export interface FallbackOptions {
  /** Element name: `sdg-map`, `sdg-bar-chart`, `sdg-trend-chart`, `sdg-sparkline`. */
  tag: string;
  /** The attributes the tag will carry (`indicator`, `series`, `year`, `start-year`, `end-year`, `countries`, `lang`…). */
  attributes: Record<string, string>;
  catalog: Catalog;
  /** The series file the element will show (`catalog.series[code].file`). */
  file: SeriesFile;
}

/** The `<figure slot="fallback">` for an element, or '' when the element has no static form or the data is unknown. */
export function fallbackFigure({ tag, attributes, catalog, file }: FallbackOptions): string {
  if (!FALLBACK_ELEMENTS.includes(tag)) return '';
  // Without a `lang` attribute the element follows the page's language; so does the fallback (English text).
  const lang = attributes.lang || 'en';
  const r = resolveSeries(catalog, attributes.indicator, attributes.series);
  if (!r.ok) return '';
  const entry = r.series;
  const slice = sliceFor(entry, parseSlice(attributes.slice));
  const rows = decodeSeries(file).filter((row) => matchesSlice(row, slice));
  const countries = codeList(attributes.countries || attributes.country);
  const areas: readonly string[] = countries.length ? countries : SIX_COUNTRIES;
  const title = text(r.indicator?.title ?? entry.title, lang);
  // Percentages carry their sign in each value (as in the elements' tables), so no unit in the header.
  const unitText = entry.unit === 'PERCENT' ? { text: '', lang: '' } : text(catalog.units[entry.unit], lang);
  const unit = unitText.text ? `<span${langAttr(unitText.lang, lang)}>${escapeHtml(unitText.text)}</span>` : '';
  const value = (row: Observation) =>
    escapeHtml(formatValue(row.value, lang, { decimals: entry.decimals, unit: entry.unit })) +
    (row.nature === 'E'
      ? ` (${escapeHtml(term(lang, 'estimated'))})`
      : row.nature === 'M'
        ? ` (${escapeHtml(term(lang, 'modelled'))})`
        : '');
  const name = (code: string) => {
    const n = areaName(code, lang);
    return `<th scope="row"${langAttr(n.lang, lang)}>${escapeHtml(n.text)}</th>`;
  };
  const valueHead = `${escapeHtml(term(lang, 'value'))}${unit ? ` (${unit})` : ''}`;
  let caption: string;
  let body: string;
  if (ONE_YEAR.has(tag)) {
    const year = Number(attributes.year) || entry.years?.[1];
    if (!year) return '';
    const tolerance = attributes['year-tolerance'] !== undefined ? Number(attributes['year-tolerance']) : 3;
    const values = valuesForYear(rows, year, Number.isFinite(tolerance) ? tolerance : 3);
    caption = `${escapeHtml(title.text)}, ${escapeHtml(formatYear(year, lang))}`;
    body =
      `<thead><tr><th scope="col">${escapeHtml(term(lang, 'country'))}</th><th scope="col">${valueHead}</th>` +
      `<th scope="col">${escapeHtml(term(lang, 'year'))}</th></tr></thead><tbody>` +
      areas
        .map((a) => {
          const v = values.get(a);
          return v
            ? `<tr>${name(a)}<td>${value(v.row)}</td><td>${escapeHtml(formatYear(v.row.year, lang))}</td></tr>`
            : `<tr>${name(a)}<td>${escapeHtml(term(lang, 'noData'))}</td><td></td></tr>`;
        })
        .join('') +
      '</tbody>';
  } else {
    const from = Number(attributes['start-year']) || -Infinity;
    const to = Number(attributes['end-year']) || Infinity;
    const shown = rows.filter((row) => areas.includes(row.area) && row.year >= from && row.year <= to);
    const years = [...new Set(shown.map((row) => row.year))].sort((a, b) => a - b);
    if (!years.length) return '';
    caption = `${escapeHtml(title.text)}, ${escapeHtml(formatYear(years[0], lang))}–${escapeHtml(formatYear(years[years.length - 1], lang))}`;
    body =
      `<thead><tr><th scope="col">${escapeHtml(term(lang, 'year'))}</th>` +
      areas
        .map((a) => {
          const n = areaName(a, lang);
          return `<th scope="col"${langAttr(n.lang, lang)}>${escapeHtml(n.text)}</th>`;
        })
        .join('') +
      `</tr></thead><tbody>` +
      years
        .map(
          (y) =>
            `<tr><th scope="row">${escapeHtml(formatYear(y, lang))}</th>` +
            areas
              .map((a) => {
                const row = shown.find((s) => s.area === a && s.year === y);
                return `<td>${row ? value(row) : ''}</td>`;
              })
              .join('') +
            '</tr>',
        )
        .join('') +
      '</tbody>';
    if (unit) caption += ` (${unit})`;
  }
  const source = text(catalog.source, lang);
  return (
    `<figure slot="fallback"${attributes.lang ? ` lang="${escapeHtml(lang)}"` : ''}>` +
    `<figcaption${langAttr(title.lang, lang)}>${caption}</figcaption>` +
    `<table>${body}</table>` +
    `<p><small>${escapeHtml(term(lang, 'source'))}: <span${langAttr(source.lang, lang)}>${escapeHtml(source.text)}</span></small></p>` +
    `</figure>`
  );
}

/** The opening tag with its attributes (values escaped), in the given order. */
export function openTag(tag: string, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');
  return `<${tag}${attrs}>`;
}

/** The whole tag: `<sdg-map …><figure slot="fallback">…</figure></sdg-map>` (no figure when there is none). */
export function tagWithFallback(options: FallbackOptions): string {
  const figure = fallbackFigure(options);
  return `${openTag(options.tag, options.attributes)}${figure ? `\n  ${figure}\n` : ''}</${options.tag}>`;
}
