import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedText, PublishedValue } from '../core/data/types.js';
import { areaName } from '../core/format/area-name.js';
import {
  dataLocale,
  decimalsOf,
  formatNumber,
  formatPercent,
  formatValue,
  formatYear,
  type ValueOptions,
} from '../core/format/number.js';
import { LOCALE_DIRS, type LocaleCode, type LocaleData } from '../core/locale/data.js';
import { bestMatch } from '../core/locale/match.js';
import { registerLocaleData } from '../core/locale/registry.js';
import { registerUnits, unitName } from './units.js';
import en, { type Translation } from './translations/en.js';
import { provideStrings } from './strings-hook.js';

/**
 * Per-element localisation (after Shoelace's LocalizeController): the language is the element's `lang`, else the
 * nearest ancestor's (across shadow roots), else the document's, and it follows changes at run time.
 *
 * Numbers, years and area names come from the shipped CLDR tables (src/core/locale/data/), never from the
 * browser's Intl, which has no data for kk, uz, ky, tg, tk or ps in Chromium.
 */

const registry = new Map<string, Partial<Translation>>([['en', en]]);
const hosts = new Set<LocalizeController>();

/** Registers (or extends) a locale's strings. */
export function registerTranslation(...translations: Array<Partial<Translation> & { $code: string }>): void {
  for (const t of translations) {
    const code = t.$code.toLowerCase();
    registry.set(code, { ...(registry.get(code) ?? {}), ...t });
  }
  languageChanged();
}

/** What a shipped language brings beyond English (./locales/<locale>.ts): UI strings, unit names, CLDR table. */
export interface ShippedLocale {
  strings: Partial<Translation> & { $code: string };
  units: Record<string, string>;
  data: LocaleData;
}

/**
 * The shipped locales, loaded on first use so that a page pays only for the languages it shows (the bundle puts each
 * in its own chunk: strings, unit names and number symbols in one file). `src/i18n/all.ts` registers them all at once
 * instead. A Map, so that a `lang` such as `constructor` finds nothing rather than Object.prototype.
 */
const LOADERS = new Map<string, () => Promise<ShippedLocale>>([
  ['ru', () => import('./locales/ru.js')],
  ['kk', () => import('./locales/kk.js')],
  ['uz', () => import('./locales/uz.js')],
  ['uz-cyrl', () => import('./locales/uz-Cyrl.js')],
  ['ky', () => import('./locales/ky.js')],
  ['tg', () => import('./locales/tg.js')],
  ['tk', () => import('./locales/tk.js')],
  ['fa-af', () => import('./locales/fa-AF.js')],
  ['ps', () => import('./locales/ps.js')],
]);
const loading = new Map<string, Promise<void>>();
/** Shipped locales registered (lower case): a page's own `registerTranslation` does not stop its tables loading. */
const shipped = new Set<string>();

/**
 * Registers a shipped locale's strings, unit names and CLDR table. Strings a page registered for the same locale
 * before it arrived win over the shipped ones.
 */
export function registerShippedLocale(m: ShippedLocale): void {
  const code = m.strings.$code.toLowerCase();
  shipped.add(code);
  registerLocaleData(m.data);
  registerUnits(m.data.code as LocaleCode, m.units);
  registry.set(code, { ...m.strings, ...(registry.get(code) ?? {}) });
  languageChanged();
}

/** Tag → the best shipped or registered locale ('' for none); cleared when a table is registered. */
const shippedMatch = new Map<string, string>();

/** The most specific shipped-but-not-yet-registered locale for a tag, if any. */
function unloadedLocale(tag: string): string | undefined {
  // Asked before every update of every element (`pending()`): the match is worked out once per tag.
  let code = shippedMatch.get(tag);
  if (code === undefined) {
    code = bestMatch(tag || 'en', [...LOADERS.keys(), ...registry.keys()]) ?? '';
    if (shippedMatch.size > 256) shippedMatch.clear();
    shippedMatch.set(tag, code);
  }
  return code && LOADERS.has(code) && !shipped.has(code) ? code : undefined;
}

/**
 * Loads and registers a shipped locale's strings (once); every element re-renders when they arrive. Resolves
 * immediately for English, registered and unknown locales.
 */
export function loadLocale(tag: string): Promise<void> {
  const code = unloadedLocale(tag);
  if (!code) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    pending = LOADERS.get(code)!().then(
      (m) => registerShippedLocale(m),
      () => {
        // A chunk that fails to load leaves English in place (marked lang="en"); a later use tries again.
        loading.delete(code);
        resolvedByLang.clear();
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** The most specific registered locale for a BCP 47 tag (`uz-Cyrl-UZ` → `uz-cyrl` → `uz`), or `en`. Lower case. */
export function resolveLocale(tag: string | null | undefined): string {
  return bestMatch(tag || 'en', registry.keys()) ?? 'en';
}

/** What a `lang` value means for the UI strings, worked out once per value (until another table is registered). */
interface Resolved {
  /** The tag as written (`fa-AF`). */
  lang: string;
  /** The registered locale (`fa-af`), `en` when none serves the tag. */
  locale: string;
  /** That locale's registered strings (English ones included: a page may override them). */
  table: Partial<Translation> | undefined;
  /** `lang` to mark a string of `table` with. */
  code: string;
  dir: 'ltr' | 'rtl';
}
const resolvedByLang = new Map<string, Resolved>();

function resolveLang(lang: string): Resolved {
  let r = resolvedByLang.get(lang);
  if (!r) {
    if (unloadedLocale(lang)) void loadLocale(lang);
    const locale = resolveLocale(lang);
    const table = registry.get(locale);
    const ownDir = locale !== 'en' && table && Object.hasOwn(table, '$dir') ? (table.$dir as 'ltr' | 'rtl') : undefined;
    r = {
      lang,
      locale,
      table,
      code: table?.$code ?? locale,
      // The shipped locale data knows the direction before the strings arrive (so `ps` is right-to-left at once).
      dir: ownDir ?? LOCALE_DIRS[dataLocale(lang)],
    };
    // Bounded: `lang` values come from pages, and a page uses a handful.
    if (resolvedByLang.size > 256) resolvedByLang.clear();
    resolvedByLang.set(lang, r);
  }
  return r;
}

/** Forgets every element's resolved language and asks each to render again. */
function languageChanged(): void {
  resolvedByLang.clear();
  shippedMatch.clear();
  for (const c of hosts) c.invalidate();
}

let observer: MutationObserver | undefined;
function watchLangChanges() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    const dirChanged = records.some((r) => r.attributeName === 'dir');
    for (const c of hosts) c.langMutated(dirChanged);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/** The `lang` in force for a node: its own or the nearest ancestor's, crossing shadow-root boundaries. */
function inheritedLang(node: Element): string {
  let el: Element | null = node;
  while (el) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
    el = el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return document.documentElement.lang || 'en';
}

/** A table's own entry for a key (never one inherited from Object.prototype). */
function ownEntry(table: Partial<Translation> | undefined, key: string): unknown {
  return table && Object.hasOwn(table, key) ? (table as Record<string, unknown>)[key] : undefined;
}

export type TermKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
export type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/** Text with the language it is written in (`lang` is '' for codes that are not words, e.g. an unknown area code). */
export interface LangText {
  text: string;
  lang: string;
}

export class LocalizeController implements ReactiveController {
  /** The host's language, worked out on first use after a change and kept until the next one. */
  private current: Resolved | undefined;
  /** The language of the host's last resolution, kept across updates to tell whether a page mutation changes it. */
  private lastLang: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    this.current = undefined;
    watchLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /**
   * After each update the next use reads the `lang` in force again (once), so a change the page-wide observer cannot
   * see (an ancestor inside another shadow root) is still picked up at the host's next update.
   */
  hostUpdated(): void {
    this.current = undefined;
  }

  /** Drops the resolved language (a `lang`/`dir` changed or strings arrived) and asks the host to render again. */
  invalidate(): void {
    this.current = undefined;
    this.host.requestUpdate();
  }

  /**
   * A `lang` or `dir` changed somewhere on the page. A host whose language is unchanged renders again only for a
   * `dir` change. When the host's language is now one whose strings are still to
   * load, it renders once they arrive (`registerTranslation` invalidates every host) instead of twice, first with
   * English strings; a load that fails renders it in English then.
   */
  langMutated(dirChanged: boolean): void {
    const lang = inheritedLang(this.host);
    if (!dirChanged && this.lastLang === lang) return;
    this.current = undefined;
    if (unloadedLocale(lang)) void loadLocale(lang).then(() => this.current === undefined && this.host.requestUpdate());
    else this.host.requestUpdate();
  }

  /** @internal the host's resolved language: one ancestor walk and one table lookup per change, not per string. */
  private resolved(): Resolved {
    if (!this.current) {
      this.current = resolveLang(inheritedLang(this.host));
      this.lastLang = this.current.lang;
    }
    return this.current;
  }

  /**
   * An identity for the strings the host reads now: a new value when its language changes or its locale's strings
   * arrive. A memoised render model puts it in its key, so that words built into the model follow strings that load
   * after the data.
   */
  stringsKey(): object {
    return this.resolved();
  }

  /**
   * While the host's language is a shipped one whose strings, unit names and number symbols are still loading: the
   * promise of their arrival (elements hold their render until then, rather than draw English first). Else undefined.
   */
  pending(): Promise<void> | undefined {
    const lang = this.host.isConnected ? inheritedLang(this.host) : '';
    return lang && unloadedLocale(lang) ? loadLocale(lang) : undefined;
  }

  /** The language tag in force for the host (as written, e.g. `fa-AF`). */
  lang(): string {
    return this.resolved().lang;
  }

  /** The registered locale used for UI strings (lower case, e.g. `uz-cyrl`, `fa-af`). */
  locale(): string {
    return this.resolved().locale;
  }

  /**
   * Writing direction of the host's language: the registered translation's `$dir`, else the shipped locale data's
   * (so `ps` is right-to-left even before its strings are registered).
   */
  dir(): 'ltr' | 'rtl' {
    return this.resolved().dir;
  }

  /** True when `key` has no string in the host's locale and English is used instead. */
  isFallback(key: TermKey): boolean {
    return ownEntry(this.resolved().table, key) === undefined;
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    return this.termWithLang(key, ...args).text;
  }

  /**
   * A UI string with the language it is in: the host's locale, or `en` where the locale lacks the key. Put
   * `lang=${ifDefined(foreignLang(r.lang, localize.lang()))}` on the element holding it so screen readers pronounce a
   * fallback as English.
   */
  termWithLang<K extends TermKey>(key: K, ...args: TermArgs<K>): LangText {
    const r = this.resolved();
    const own = ownEntry(r.table, key);
    const entry = own ?? (Object.hasOwn(en, key) ? ((en as Partial<Translation>)[key] as unknown) : key);
    const text = typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
    return { text, lang: own === undefined ? 'en' : r.code };
  }

  /** Picks the best text for the host's language from data (`{en, ru, kk…}`), with the language actually used. */
  text(t: LocalizedText | undefined | null): LangText {
    if (!t) return { text: '', lang: 'en' };
    const hit = bestMatch(
      this.lang(),
      Object.keys(t).filter((k) => t[k]),
    );
    if (hit !== undefined) return { text: t[hit]!, lang: hit };
    if (t.en !== undefined) return { text: t.en, lang: 'en' };
    // A text from one language file holds only the language it is in.
    const [lang, text] = Object.entries(t)[0] ?? ['en', ''];
    return { text: text ?? '', lang };
  }

  /**
   * A number by the locale's rules (shipped CLDR symbols). `decimals`: exactly that many; else
   * `maximumFractionDigits`/`minimumFractionDigits` bound the value's own decimals; else the value's own.
   */
  number(
    value: number,
    options: { decimals?: number; useGrouping?: boolean } & Pick<
      Intl.NumberFormatOptions,
      'maximumFractionDigits' | 'minimumFractionDigits'
    > = {},
  ): string {
    let decimals = options.decimals;
    if (
      decimals === undefined &&
      (options.maximumFractionDigits !== undefined || options.minimumFractionDigits !== undefined)
    ) {
      const own = decimalsOf(value);
      decimals = Math.max(options.minimumFractionDigits ?? 0, Math.min(options.maximumFractionDigits ?? own, own));
    }
    return formatNumber(value, this.lang(), { decimals, grouping: options.useGrouping !== false });
  }

  /** A published value (number or flag like `>95`, `<5`, `N`) with at least its own decimals; missing → ''. */
  value(value: PublishedValue | null | undefined, options: ValueOptions = {}): string {
    return formatValue(value, this.lang(), options);
  }

  /** A value in percent units (`12.5` → `12,5 %`). */
  percent(value: number, decimals?: number): string {
    return formatPercent(value, this.lang(), { decimals });
  }

  /** A year: the locale's digits, no group separator. */
  year(year: number | string): string {
    return formatYear(year, this.lang());
  }

  /** An SDG unit's name (`PER_1000_LIVE_BIRTHS` → kk `1 000 тірі туғанға`), with its language; `fromData` is the catalog's text. */
  unit(code: string, fromData?: LocalizedText | null): LangText {
    return unitName(code, this.lang(), fromData);
  }

  /** An area's name (ISO alpha-3 or alpha-2, or an aggregate code `WLD` `CAS` `CSA` `SAS` `LLDC`) with its language. */
  country(code: string): LangText {
    return areaName(code, this.lang());
  }
}

// The one-tag loader's `registerTranslation` and `loadLocale` call these once an element has loaded this module.
provideStrings({ registerTranslation, loadLocale });
