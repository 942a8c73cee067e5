/**
 * `<embed-builder>`: the page where a journalist picks an element, an indicator, years, countries, language, theme and
 * size, sees the live result, and copies the snippet (script + tag, iframe, or tag with static fallback).
 * Served by `npm start` at /builder.html and shown in Storybook ("Builder").
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchShared } from '../core/data/fetch-cache.js';
import { loadSeries } from '../core/data/load.js';
import { resolveSeries } from '../core/data/select.js';
import type { Catalog } from '../core/data/types.js';
import { areaName } from '../core/format/area-name.js';
import { fallbackFigure } from '../embed/fallback.js';
import { languages } from '../i18n/all.js';
import { dataUrl } from '../internal/data-base.js';
import { styleProps } from '../internal/style-props.js';
import {
  BUILDER_ELEMENTS,
  RANGE_ELEMENTS,
  SIX,
  YEAR_ELEMENTS,
  elementAttributes,
  iframeSnippet,
  tagSnippet,
  type BuilderElement,
  type BuilderState,
} from './snippets.js';
import { bestMatch } from '../core/locale/match.js';

const LABELS: Record<BuilderElement, string> = {
  'sdg-map': 'Map',
  'sdg-bar-chart': 'Bar chart',
  'sdg-trend-chart': 'Trend chart',
  'sdg-sparkline': 'Sparkline',
  'sdg-dashboard': 'Progress dashboard',
};

export class EmbedBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        15px/1.45 system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Noto Sans',
        sans-serif;
      color: #1f2328;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 760px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    form {
      display: grid;
      gap: 0.85rem;
    }
    label,
    legend {
      display: block;
      font-weight: 600;
      font-size: 0.85rem;
      margin-bottom: 0.2rem;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    input,
    select,
    button,
    textarea {
      font: inherit;
      color: inherit;
    }
    input:not([type='checkbox']):not([type='radio']),
    select {
      box-sizing: border-box;
      width: 100%;
      padding: 0.35rem 0.5rem;
      border: 1px solid #8c959f;
      border-radius: 6px;
      background: #fff;
    }
    .row {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.6rem;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.9rem;
    }
    .checks label {
      display: inline-flex;
      gap: 0.3rem;
      align-items: center;
      font-weight: 400;
      font-size: 0.95rem;
      margin: 0;
    }
    .hint {
      font-size: 0.8rem;
      color: #59636e;
      margin: 0.2rem 0 0;
    }
    .preview {
      border: 1px solid #d1d9e0;
      border-radius: 8px;
      padding: 1rem;
      background: #fff;
      overflow: auto;
    }
    .preview.dark {
      background: #15191e;
      border-color: #3d444d;
    }
    .stage {
      margin-inline: auto;
    }
    .snippets {
      display: grid;
      gap: 1rem;
      margin-top: 1.25rem;
    }
    .snippet h3 {
      font-size: 1rem;
      margin: 0 0 0.3rem;
    }
    .snippet p {
      margin: 0 0 0.4rem;
      font-size: 0.85rem;
      color: #59636e;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 5.5rem;
      font:
        12.5px/1.45 ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace;
      padding: 0.5rem;
      border: 1px solid #8c959f;
      border-radius: 6px;
      background: #f6f8fa;
      resize: vertical;
      white-space: pre;
    }
    .copy {
      margin-top: 0.35rem;
      display: flex;
      gap: 0.6rem;
      align-items: center;
    }
    button {
      padding: 0.35rem 0.9rem;
      border: 1px solid #0b5cd5;
      background: #0b5cd5;
      color: #fff;
      border-radius: 6px;
      cursor: pointer;
    }
    :focus-visible {
      outline: 2px solid #0b5cd5;
      outline-offset: 2px;
    }
    .status {
      font-size: 0.85rem;
      color: #1a7f37;
    }
  `;

  /** URL of the folder holding sdg.js, embed.html and embed.js; default: `dist/` beside this page. */
  @property() base = '';

  /** @internal */ @state() private catalog: Catalog | null = null;
  /** @internal */ @state() private choice: BuilderState = {
    tag: 'sdg-map',
    indicator: '3.2.1',
    year: '',
    startYear: '',
    endYear: '',
    countries: [...SIX],
    lang: '',
    theme: '',
    width: 0,
    height: 560,
    base: '',
  };
  /** @internal */ @state() private fallback = '';
  /** @internal */ @state() private copied = '';
  /** @internal */ private fallbackRun = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // The builder writes fallbacks in any language: it reads the full catalogue, every title in every language.
    fetchShared<Catalog>(dataUrl('catalog.json'))
      .then((c) => (this.catalog = c))
      .catch(() => (this.catalog = null));
  }

  /** The current choices (for scripts and tests). */
  get state(): BuilderState {
    return { ...this.choice, base: this.resolvedBase };
  }

  /** @internal */
  private get resolvedBase(): string {
    const href = new URL(this.base || 'dist/', document.baseURI).href;
    return href.endsWith('/') ? href : `${href}/`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('choice' as keyof EmbedBuilder) || changed.has('catalog' as keyof EmbedBuilder))
      this.makeFallback();
  }

  /** @internal the fallback figure needs the series file: loaded, then the snippet updates. */
  private async makeFallback() {
    const run = ++this.fallbackRun;
    const s = this.choice;
    const c = this.catalog;
    if (!c) return;
    const r = resolveSeries(c, s.indicator);
    if (!r.ok || s.tag === 'sdg-dashboard') {
      this.fallback = '';
      return;
    }
    try {
      const file = await loadSeries((p) => dataUrl(p), r.series);
      if (run !== this.fallbackRun) return;
      this.fallback = fallbackFigure({ tag: s.tag, attributes: elementAttributes(s), catalog: c, file });
    } catch {
      if (run === this.fallbackRun) this.fallback = '';
    }
  }

  /** @internal */
  private set(patch: Partial<BuilderState>) {
    this.choice = { ...this.choice, ...patch };
    this.copied = '';
  }

  /** @internal */
  private heading(): string {
    const c = this.catalog;
    const ind = c ? resolveSeries(c, this.choice.indicator) : null;
    const t = ind?.ok ? (ind.indicator?.title ?? ind.series.title) : null;
    // The iframe's accessible name, in the language chosen for the element when the catalog has it.
    const lang = this.choice.lang;
    const key = lang
      ? bestMatch(
          lang,
          Object.keys(t ?? {}).filter((k) => t?.[k]),
        )
      : undefined;
    return t ? (key && t[key]) || t.en : LABELS[this.choice.tag];
  }

  /** @internal */
  private years(): [number, number] | null {
    const c = this.catalog;
    const r = c ? resolveSeries(c, this.choice.indicator) : null;
    return r?.ok ? r.series.years : null;
  }

  /** @internal */
  private async copy(name: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-snippet="${name}"]`);
      area?.select();
      document.execCommand?.('copy');
    }
    this.copied = name;
  }

  override render() {
    const s = this.state;
    const c = this.catalog;
    const years = this.years();
    const indicators = c
      ? Object.values(c.indicators).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      : [];
    const snippets = [
      {
        name: 'tag',
        title: 'Script and tag',
        help: 'For pages that allow scripts: paste into the article’s HTML.',
        text: tagSnippet(s),
      },
      {
        name: 'iframe',
        title: 'Iframe',
        help: 'For pages that strip scripts from articles: the frame fits its height by itself when embed.js is on the page.',
        text: iframeSnippet(s, this.heading()),
      },
      {
        name: 'fallback',
        title: 'Tag with static fallback',
        help: 'As the first, plus a title, data table and source that readers without JavaScript and search engines see.',
        text: tagSnippet(s, this.fallback),
      },
    ];
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed settings">
        <div>
          <label for="el">Element</label>
          <select
            id="el"
            @change=${(e: Event) => this.set({ tag: (e.target as HTMLSelectElement).value as BuilderElement })}
          >
            ${BUILDER_ELEMENTS.map((t) => html`<option value=${t} ?selected=${t === s.tag}>${LABELS[t]} (${t})</option>`)}
          </select>
        </div>
        ${
          s.tag === 'sdg-dashboard'
            ? nothing
            : html`<div>
                <label for="indicator">Indicator</label>
                <input
                  id="indicator"
                  type="search"
                  list="indicators"
                  autocomplete="off"
                  .value=${s.indicator}
                  placeholder="type a code or words: 3.2.1, mortality…"
                  @change=${(e: Event) => this.set({ indicator: (e.target as HTMLInputElement).value.split(/\s+[—–-]\s+/)[0].trim() })}
                />
                <datalist id="indicators">
                  ${indicators.map((i) => html`<option value=${`${i.code} — ${i.title.en}`}></option>`)}
                </datalist>
                <p class="hint">
                  ${c ? `${indicators.length} indicators` : 'Loading the indicator list…'}${years ? `; data ${years[0]}–${years[1]}` : ''}
                </p>
              </div>`
        }
        ${
          YEAR_ELEMENTS.has(s.tag)
            ? html`<div>
                <label for="year">Year</label>
                <input
                  id="year"
                  type="number"
                  inputmode="numeric"
                  min=${years?.[0] ?? 1990}
                  max=${years?.[1] ?? 2030}
                  placeholder=${years ? `latest (${years[1]})` : 'latest'}
                  .value=${s.year}
                  @change=${(e: Event) => this.set({ year: (e.target as HTMLInputElement).value })}
                />
              </div>`
            : nothing
        }
        ${
          RANGE_ELEMENTS.has(s.tag)
            ? html`<div class="row">
                <div>
                  <label for="start">From year</label>
                  <input
                    id="start"
                    type="number"
                    inputmode="numeric"
                    placeholder=${years?.[0] ?? ''}
                    .value=${s.startYear}
                    @change=${(e: Event) => this.set({ startYear: (e.target as HTMLInputElement).value })}
                  />
                </div>
                <div>
                  <label for="end">To year</label>
                  <input
                    id="end"
                    type="number"
                    inputmode="numeric"
                    placeholder=${years?.[1] ?? ''}
                    .value=${s.endYear}
                    @change=${(e: Event) => this.set({ endYear: (e.target as HTMLInputElement).value })}
                  />
                </div>
              </div>`
            : nothing
        }
        ${
          s.tag === 'sdg-map'
            ? nothing
            : html`<fieldset>
                <legend>${s.tag === 'sdg-sparkline' ? 'Country' : 'Countries'}</legend>
                <div class="checks">
                  ${SIX.map(
                    (code) =>
                      html`<label
                        ><input
                          type=${s.tag === 'sdg-sparkline' ? 'radio' : 'checkbox'}
                          name="country"
                          value=${code}
                          .checked=${s.tag === 'sdg-sparkline' ? s.countries[0] === code : s.countries.includes(code)}
                          @change=${(e: Event) => this.toggleCountry(code, (e.target as HTMLInputElement).checked)}
                        />${areaName(code, 'en').text}</label
                      >`,
                  )}
                </div>
              </fieldset>`
        }
        <div class="row">
          <div>
            <label for="lang">Language</label>
            <select id="lang" @change=${(e: Event) => this.set({ lang: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!s.lang}>Page’s language</option>
              ${languages.map((l) => html`<option value=${l.code} ?selected=${l.code === s.lang}>${l.name} (${l.code})</option>`)}
            </select>
          </div>
          <div>
            <label for="theme">Theme</label>
            <select
              id="theme"
              @change=${(e: Event) => this.set({ theme: (e.target as HTMLSelectElement).value as BuilderState['theme'] })}
            >
              <option value="" ?selected=${!s.theme}>As the article page</option>
              <option value="auto" ?selected=${s.theme === 'auto'}>Reader’s setting</option>
              <option value="light" ?selected=${s.theme === 'light'}>Light</option>
              <option value="dark" ?selected=${s.theme === 'dark'}>Dark</option>
            </select>
          </div>
        </div>
        <div class="row">
          <div>
            <label for="width">Width (px)</label>
            <input
              id="width"
              type="number"
              min="0"
              step="10"
              placeholder="full width"
              .value=${s.width ? String(s.width) : ''}
              @change=${(e: Event) => this.set({ width: Math.max(0, Number((e.target as HTMLInputElement).value) || 0) })}
            />
          </div>
          <div>
            <label for="height">Iframe height (px)</label>
            <input
              id="height"
              type="number"
              min="100"
              step="10"
              .value=${String(s.height)}
              @change=${(e: Event) => this.set({ height: Math.max(100, Number((e.target as HTMLInputElement).value) || 560) })}
            />
          </div>
        </div>
        <p class="hint">Files from <code>${s.base}</code></p>
      </form>
      <div>
        <section class="preview ${s.theme === 'dark' ? 'dark' : ''}" aria-label="Preview">
          <div class="stage" ${styleProps({ 'max-width': s.width ? `${s.width}px` : null })}>
            ${this.previewElement(s)}
          </div>
        </section>
        <div class="snippets">
          ${snippets.map(
            (sn) =>
              html`<div class="snippet">
                <h3 id="h-${sn.name}">${sn.title}</h3>
                <p>${sn.help}</p>
                <textarea
                  readonly
                  data-snippet=${sn.name}
                  aria-labelledby="h-${sn.name}"
                  rows=${sn.name === 'fallback' ? 8 : 4}
                  .value=${sn.text}
                ></textarea>
                <div class="copy">
                  <button type="button" data-copy=${sn.name} @click=${() => this.copy(sn.name, sn.text)}>Copy</button>
                  <span class="status" role="status">${this.copied === sn.name ? 'Copied' : ''}</span>
                </div>
              </div>`,
          )}
        </div>
      </div>
    </div>`;
  }

  /** @internal the live element: created once per choice with setAttribute, like a pasted snippet. */
  private previewCache: { key: string; el: HTMLElement } | null = null;
  /** @internal */
  private previewElement(s: BuilderState): HTMLElement {
    const attrs = elementAttributes(s);
    const key = JSON.stringify([s.tag, attrs]);
    if (this.previewCache?.key === key) return this.previewCache.el;
    const el = document.createElement(s.tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    this.previewCache = { key, el };
    return el;
  }

  /** @internal */
  private toggleCountry(code: string, on: boolean) {
    if (this.choice.tag === 'sdg-sparkline') {
      this.set({ countries: [code] });
      return;
    }
    const next = on ? [...new Set([...this.choice.countries, code])] : this.choice.countries.filter((c) => c !== code);
    this.set({ countries: SIX.filter((c) => next.includes(c)) });
  }
}

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'embed-builder': EmbedBuilder;
  }
}
