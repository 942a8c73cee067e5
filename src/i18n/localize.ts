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
import { LOCALE_DATA } from './locale-data.js';
import { unitName } from './units.js';
import en, { type Translation } from './translations/en.js';
import { own } from '../core/own.js';

/**
 * Per-element localisation (after Shoelace's LocalizeController): the language is the element's `lang`, else the
 * nearest ancestor's (across shadow roots), else the document's, and it follows changes at run time.
 *
 * Numbers, years and area names come from the shipped CLDR tables (src/i18n/locale-data.ts), never from the
 * browser's Intl, which has no data for kk, uz, ky, tg, tk or ps in Chromium.
 */

const registry = new Map<string, Partial<Translation>>([['en', en]]);
const hosts = new Set<ReactiveControllerHost & HTMLElement>();

/** Tags read with another registered table: Dari's ISO 639-3 code and Persian elsewhere read the fa-AF strings. */
const ALIASES: Record<string, string> = { prs: 'fa-af', fa: 'fa-af', 'uz-latn': 'uz' };

/** Registers (or extends) a locale's strings. */
export function registerTranslation(...translations: Array<Partial<Translation> & { $code: string }>): void {
  for (const t of translations) {
    const code = t.$code.toLowerCase();
    registry.set(code, { ...(registry.get(code) ?? {}), ...t });
  }
  for (const host of hosts) host.requestUpdate();
}

type TranslationModule = { default: Partial<Translation> & { $code: string } };

/**
 * The shipped locales' strings, loaded on first use so that a page pays only for the languages it shows (the bundle
 * puts each in its own chunk). `src/i18n/all.ts` registers them all at once instead.
 */
const LOADERS: Record<string, () => Promise<TranslationModule>> = {
  ru: () => import('./translations/ru.js'),
  kk: () => import('./translations/kk.js'),
  uz: () => import('./translations/uz.js'),
  'uz-cyrl': () => import('./translations/uz-Cyrl.js'),
  ky: () => import('./translations/ky.js'),
  tg: () => import('./translations/tg.js'),
  tk: () => import('./translations/tk.js'),
  'fa-af': () => import('./translations/fa-AF.js'),
  ps: () => import('./translations/ps.js'),
};
const loading = new Map<string, Promise<void>>();

/** The most specific shipped-but-not-yet-registered locale for a tag, if any. */
function unloadedLocale(tag: string): string | undefined {
  let t = (tag || 'en').toLowerCase().replace(/_/g, '-');
  while (t) {
    const code = own(LOADERS, t) ? t : own(ALIASES, t);
    if (code && own(LOADERS, code)) return registry.has(code) ? undefined : code;
    if (registry.has(t)) return undefined;
    const i = t.lastIndexOf('-');
    t = i > 0 ? t.slice(0, i) : '';
  }
  return undefined;
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
    pending = LOADERS[code]().then(
      (m) => registerTranslation(m.default),
      () => {
        // A chunk that fails to load leaves English in place (marked lang="en"); a later use tries again.
        loading.delete(code);
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/** The most specific registered locale for a BCP 47 tag (`uz-Cyrl-UZ` → `uz-cyrl` → `uz`), or `en`. Lower case. */
export function resolveLocale(tag: string | null | undefined): string {
  let t = (tag || 'en').toLowerCase().replace(/_/g, '-');
  while (t) {
    if (registry.has(t)) return t;
    const alias = own(ALIASES, t);
    if (alias && registry.has(alias)) return alias;
    const i = t.lastIndexOf('-');
    t = i > 0 ? t.slice(0, i) : '';
  }
  return 'en';
}

let observer: MutationObserver | undefined;
function watchLangChanges() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/** The `lang` in force for a node: its own or the nearest ancestor's, crossing shadow-root boundaries. */
function inheritedLang(node: Element): string {
  let el: Element | null = node;
  while (el) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
    el = el.parentElement ?? ((el.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  return document.documentElement.lang || 'en';
}

export type TermKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
export type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/** Text with the language it is written in (`lang` is '' for codes that are not words, e.g. an unknown area code). */
export interface LangText {
  text: string;
  lang: string;
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The language tag in force for the host (as written, e.g. `fa-AF`). */
  lang(): string {
    return inheritedLang(this.host);
  }

  /** The registered locale used for UI strings (lower case, e.g. `uz-cyrl`, `fa-af`). */
  locale(): string {
    const lang = this.lang();
    if (unloadedLocale(lang)) void loadLocale(lang);
    return resolveLocale(lang);
  }

  /**
   * Writing direction of the host's language: the registered translation's `$dir`, else the shipped locale data's
   * (so `ps` is right-to-left even before its strings are registered).
   */
  dir(): 'ltr' | 'rtl' {
    const locale = this.locale();
    const own = locale === 'en' ? undefined : (registry.get(locale)?.$dir as 'ltr' | 'rtl' | undefined);
    return own ?? LOCALE_DATA[dataLocale(this.lang())].dir;
  }

  /** True when `key` has no string in the host's locale and English is used instead. */
  isFallback(key: TermKey): boolean {
    return registry.get(this.locale())?.[key] === undefined;
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    return this.termWithLang(key, ...args).text;
  }

  /**
   * A UI string with the language it is in: the host's locale, or `en` where the locale lacks the key. Put
   * `lang=${r.lang}` on the element holding a fallback so screen readers pronounce it as English.
   */
  termWithLang<K extends TermKey>(key: K, ...args: TermArgs<K>): LangText {
    const locale = this.locale();
    const own = registry.get(locale)?.[key];
    const entry = (own ?? en[key]) as unknown;
    const text = typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
    return { text, lang: own === undefined ? 'en' : (registry.get(locale)?.$code ?? locale) };
  }

  /** Picks the best text for the host's language from data (`{en, ru, kk…}`), with the language actually used. */
  text(t: LocalizedText | undefined | null): LangText {
    if (!t) return { text: '', lang: 'en' };
    let tag = this.lang().toLowerCase();
    while (tag) {
      const hit = Object.keys(t).find((k) => k.toLowerCase() === tag);
      if (hit && t[hit]) return { text: t[hit]!, lang: hit };
      const i = tag.lastIndexOf('-');
      tag = i > 0 ? tag.slice(0, i) : '';
    }
    return { text: t.en, lang: 'en' };
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
    if (decimals === undefined && (options.maximumFractionDigits !== undefined || options.minimumFractionDigits !== undefined)) {
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
