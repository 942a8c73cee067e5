import enUi from '../../src/i18n/translations/en.js';
import { USER_DATA_EN } from '../../src/core/data/user/messages.en.js';
import { CAPITALS } from '../../src/core/geometry/places.js';
import { UNITS } from '../../src/i18n/units/all.js';

/**
 * Helpers that find English text inside an element drawn in another language.
 *
 * Allowed: data text the shipped data have in English only — indicator, series and goal titles in uz, uz-Cyrl,
 * fa-AF and ps; the source line; region, river, lake and city names of the map's TopoJSON where the feature has no
 * `name_<lang>`, capitals of the place table — recognised by being exactly such a text of the shipped files (read here from the files), optionally
 * followed by a year. Anything else in English (including any country name) is a missing UI string.
 */

const files = [
  '/data/catalog.json',
  '/data/regions/catalog.json',
  '/data/geo/admin1.topo.json',
  '/data/geo/countries.topo.json',
  '/data/geo/rivers.topo.json',
  '/data/geo/kaz-2018.topo.json',
  '/data/geo/gdl.topo.json',
];
let loaded: Promise<unknown[]> | undefined;
const cache = new Map<string, Set<string>>();

/** The tag and its shorter prefixes (`uz-Cyrl` → `uz-cyrl`, `uz`), lower case: what the elements' fallback chain tries. */
const chain = (lang: string) => {
  const out: string[] = [];
  let t = lang.toLowerCase();
  while (t) {
    out.push(t);
    const i = t.lastIndexOf('-');
    t = i > 0 ? t.slice(0, i) : '';
  }
  return out;
};

/**
 * English texts of the shipped data that have no text in `lang` (nor in a shorter tag of it), whitespace collapsed:
 * localised fields `{en, ru, …}` of the catalogs lacking `lang`, and map feature names (`name`, `label`) of the
 * TopoJSON files whose feature has no `name_<lang>`.
 */
export async function englishData(lang: string): Promise<Set<string>> {
  const hit = cache.get(lang);
  if (hit) return hit;
  loaded ??= Promise.all(
    files.map((f) =>
      fetch(f)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null),
    ),
  );
  const docs = await loaded;
  const tags = chain(lang);
  const out = new Set<string>();
  const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).map((k) => k.toLowerCase());
    if (typeof o.en === 'string' && !tags.some((t) => keys.includes(t))) {
      out.add(norm(o.en));
      // Subnational Human Development regions are named "Tajikistan - Duchanbe" in the data; the map drops the country.
      if (o.en.includes(' - ')) out.add(norm(o.en.slice(o.en.indexOf(' - ') + 3)));
    }
    const own = tags.some((t) => keys.includes(`name_${t.replace('-', '_')}`));
    for (const k of ['name', 'label', 'name_en']) if (typeof o[k] === 'string' && !own) out.add(norm(o[k] as string));
    for (const [k, x] of Object.entries(o)) {
      // Country and region codes are named by CLDR in every shipped language: English there is never excused.
      if (k === 'areas' || k === 'arcs') continue;
      // Unit names the library translates itself (src/i18n/units.ts) are not excused either.
      if (k === 'units' && x && typeof x === 'object') {
        for (const [code, u] of Object.entries(x as Record<string, unknown>)) {
          const own = UNITS[code] as Record<string, string> | undefined;
          if (!own || !Object.keys(own).some((l) => tags.includes(l.toLowerCase()))) walk(u);
        }
        continue;
      }
      walk(x);
    }
  };
  docs.forEach(walk);
  // Capital cities: names shipped in the code's place table (src/core/geometry/places.ts).
  walk(CAPITALS.map((c) => c.name));
  cache.set(lang, out);
  return out;
}

/** The fixed English UI strings (not the functions) — what a missing key shows; those about a reader's data too. */
export const englishUi: string[] = Object.entries({ ...enUi, ...USER_DATA_EN })
  .filter(
    ([k, v]) => !k.startsWith('$') && typeof v === 'string' && /[a-z]{3}/.test(v as string) && (v as string).length > 3,
  )
  .map(([, v]) => v as string);

/** Elements marked `lang="en…"` inside `el`'s shadow root (and nested ones), with their text. */
export function englishMarked(el: Element): Array<{ text: string; where: string }> {
  const out: Array<{ text: string; where: string }> = [];
  const walk = (root: ShadowRoot) => {
    for (const n of root.querySelectorAll('*')) {
      if (n.shadowRoot) walk(n.shadowRoot);
      const lang = n.getAttribute('lang');
      if (lang && lang.toLowerCase().split('-')[0] === 'en') {
        out.push({
          text: (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
          where: `${n.localName}[part=${n.getAttribute('part') ?? ''}]`,
        });
      }
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** The rendered text of a shadow root and the nested ones (what is on screen or read), whitespace collapsed. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (root: ShadowRoot) => {
    parts.push(root.textContent ?? '');
    for (const n of root.querySelectorAll('*')) if (n.shadowRoot) walk(n.shadowRoot);
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * English text in an element drawn in a non-English language that is not catalog data: English-marked nodes
 * and fixed English UI strings found anywhere in its text.
 */
export async function englishFallbacks(el: Element, lang: string): Promise<string[]> {
  const data = await englishData(lang);
  // Catalog text, possibly followed by the year or a number in the element's digits ("Under-5 mortality rate ۲۰۲۰").
  const isData = (t: string) =>
    data.has(t) || [...data].some((c) => t.startsWith(c) && /^[\p{N}\p{P}\p{Z}\s]*$/u.test(t.slice(c.length)));
  const marked = englishMarked(el)
    .filter((f) => f.text && !isData(f.text))
    .map((f) => `${f.where}: ${f.text}`);
  let text = deepText(el);
  for (const c of [...data].sort((a, b) => b.length - a.length)) if (text.includes(c)) text = text.split(c).join(' ');
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leaks = englishUi
    .filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u').test(text))
    .map((s) => `text: ${s}`);
  // English data text that this language has (catalog titles, unit names): it must not show in English.
  const all = await englishData('zz');
  const translated = [...all].filter((x) => !data.has(x) && x.length > 3 && /[a-z]{3}/.test(x));
  const untranslated = translated
    .filter((x) => new RegExp(`(^|[^\\p{L}])${escape(x)}($|[^\\p{L}])`, 'u').test(text))
    .map((x) => `data in English: ${x}`);
  return [...marked, ...leaks, ...untranslated];
}
