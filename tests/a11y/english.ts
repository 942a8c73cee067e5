import en from '../../src/i18n/translations/en.js';

/**
 * Helpers that find English text inside an element drawn in another language.
 *
 * Allowed: data text the shipped catalog has no translation for (indicator, series and goal titles in uz, uz-Cyrl,
 * fa-AF and ps; the source line and unit names the catalog gives in English only), recognised by being exactly an
 * English text of data/catalog.json (other than area names, which every language has), read from the file itself,
 * optionally followed by a year. Anything else in English is a missing UI string.
 */

let catalogEnglish: Promise<Set<string>> | undefined;

/** Every English text of the shipped catalog (the `en` of each localised field), whitespace collapsed. */
export function englishData(): Promise<Set<string>> {
  catalogEnglish ??= fetch('/data/catalog.json')
    .then((r) => r.json())
    .then((catalog) => {
      const out = new Set<string>();
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if (k === 'en' && typeof x === 'string') out.add(x.replace(/\s+/g, ' ').trim());
            // Country and region names exist in every shipped language: English there is never excused.
            else if (k !== 'areas') walk(x);
          }
        }
      };
      walk(catalog);
      return out;
    });
  return catalogEnglish;
}

/** The fixed English UI strings (not the functions) — what a missing key shows. */
export const englishUi: string[] = Object.entries(en)
  .filter(([k, v]) => !k.startsWith('$') && typeof v === 'string' && /[a-z]{3}/.test(v as string) && (v as string).length > 3)
  .map(([, v]) => v as string);

/** Elements marked `lang="en…"` inside `el`'s shadow root (and nested ones), with their text. */
export function englishMarked(el: Element): Array<{ text: string; where: string }> {
  const out: Array<{ text: string; where: string }> = [];
  const walk = (root: ShadowRoot) => {
    for (const n of root.querySelectorAll('*')) {
      if (n.shadowRoot) walk(n.shadowRoot);
      const lang = n.getAttribute('lang');
      if (lang && lang.toLowerCase().split('-')[0] === 'en') {
        out.push({ text: (n.textContent ?? '').replace(/\s+/g, ' ').trim(), where: `${n.localName}[part=${n.getAttribute('part') ?? ''}]` });
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
export async function englishFallbacks(el: Element): Promise<string[]> {
  const data = await englishData();
  // Catalog text, possibly followed by the year or a number in the element's digits ("Under-5 mortality rate ۲۰۲۰").
  const isData = (t: string) => data.has(t) || [...data].some((c) => t.startsWith(c) && /^[\p{N}\p{P}\p{Z}\s]*$/u.test(t.slice(c.length)));
  const marked = englishMarked(el)
    .filter((f) => f.text && !isData(f.text))
    .map((f) => `${f.where}: ${f.text}`);
  let text = deepText(el);
  for (const c of [...data].sort((a, b) => b.length - a.length)) if (text.includes(c)) text = text.split(c).join(' ');
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leaks = englishUi
    .filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u').test(text))
    .map((s) => `text: ${s}`);
  return [...marked, ...leaks];
}
