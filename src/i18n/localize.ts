import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedText } from '../core/data/types.js';
import en, { type Translation } from './translations/en.js';

/**
 * Per-element localisation (after Shoelace's LocalizeController): the language is the element's `lang`, else the
 * nearest ancestor's, else the document's, and it follows changes at run time.
 */

const registry = new Map<string, Partial<Translation>>([['en', en]]);
const hosts = new Set<ReactiveControllerHost & HTMLElement>();

/** Registers (or extends) a locale's strings. */
export function registerTranslation(...translations: Array<Partial<Translation> & { $code: string }>): void {
  for (const t of translations) {
    const code = t.$code.toLowerCase();
    registry.set(code, { ...(registry.get(code) ?? {}), ...t });
  }
  for (const host of hosts) host.requestUpdate();
}

/** The most specific registered locale for a BCP 47 tag (`uz-Cyrl-UZ` → `uz-cyrl` → `uz`), or `en`. */
export function resolveLocale(tag: string | null | undefined): string {
  let t = (tag || 'en').toLowerCase();
  while (t) {
    if (registry.has(t)) return t;
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

type TermKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

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
    const el = this.host.closest('[lang]');
    return el?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  /** The registered locale used for UI strings. */
  locale(): string {
    return resolveLocale(this.lang());
  }

  dir(): 'ltr' | 'rtl' {
    return (registry.get(this.locale())?.$dir as 'ltr' | 'rtl' | undefined) ?? 'ltr';
  }

  /** True when `key` has no string in the host's locale and English is used instead. */
  isFallback(key: TermKey): boolean {
    return registry.get(this.locale())?.[key] === undefined;
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const table = registry.get(this.locale());
    const entry = (table?.[key] ?? en[key]) as unknown;
    return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : String(entry);
  }

  /** Picks the best text for the host's language from data (`{en, ru, kk…}`), with the language actually used. */
  text(t: LocalizedText | undefined | null): { text: string; lang: string } {
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

  /** Formats a number by the locale's rules. */
  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return new Intl.NumberFormat(this.lang(), options).format(value);
  }
}
