import { LitElement, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocalizedText } from '../core/data/types.js';
import { UserDataError, renderUserDataProblems, userDataDetail } from '../controllers/user-data-view.js';
import { emit, type SdgErrorDetail } from '../events/events.js';
import { LocalizeController } from '../i18n/localize.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { dataUrl } from './data-base.js';
import { readPageScheme } from './page-scheme.js';
import { mainThread } from './main-thread.js';
import { hasDrawn } from '../controllers/render-once.js';
import { classify, isAbort } from '../core/data/errors.js';
import type { ExportFormat, ExportOptions, ExportRow } from './export.js';
import { tableRows } from './export/table.js';
import { exportMenuTemplate, exportStyles } from './export/menu.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { foreignLang } from '../core/locale/match.js';

/** The SVG/PNG/CSV export code, loaded on the first export (no page pays for it before anyone downloads). */
const loadExporter = () => import('./export.js');

/**
 * The base of every `sdg-*` element: language, data location, theme, and the three shared states
 * (loading, error with Retry, source line). Subclasses keep it in their styles and add their own:
 *
 * ```ts
 * export class SdgBarChart extends SdgElement {
 *   static override styles = [...SdgElement.styles, barChartStyles];
 *   private data = new Task(this, {
 *     task: async ([indicator], { signal }) => { const catalog = await loadCatalog(this.resolve, signal); … },
 *     args: () => [this.indicator, this.dataBase] as const,
 *     onError: (e) => this.failure(e),          // emits `sdg-error` once per failure
 *   });
 *   override render() {
 *     return this.data.render({
 *       pending: () => this.renderLoading(),
 *       error: (e) => this.renderError(e, () => this.data.run()),
 *       complete: () => html`…${this.renderSource(catalog.source)}`,
 *     });
 *   }
 * }
 * ```
 */
export class SdgElement extends LitElement {
  /** Theme tokens and shared states; subclasses use `[...SdgElement.styles, ownStyles]`. */
  static override styles: CSSResult[] = [tokens, baseStyles, exportStyles];

  /** UI strings, data text and numbers in the element's language (`lang` on it or an ancestor). */
  protected readonly localize = new LocalizeController(this);

  /**
   * URL of the folder holding `catalog.json`, `series/` and `geo/`, when not the `data/` folder shipped beside the
   * script (see `setDataBase()` for a page-wide setting).
   */
  @property({ attribute: 'data-base' }) dataBase: string | null = null;

  /**
   * `light` or `dark` forces a theme; `auto` follows the reader's `prefers-color-scheme`. Unset follows the page: dark
   * only when the page itself can be dark (its `color-scheme` includes `dark`, e.g. `:root { color-scheme: light
   * dark }`) and the reader prefers dark — so a light page never gets a dark element on it.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined;

  /** @internal carries the `page-dark` state that the theme tokens' dark rules select on. */
  private readonly themeInternals: ElementInternals | null =
    typeof this.attachInternals === 'function' ? this.attachInternals() : null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncPageScheme();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.syncPageScheme();
  }

  /** @internal the page's colour scheme being read for the theme (until the next frame), or null. */
  private schemeRead: Promise<void> | null = null;

  /** @internal */
  private syncPageScheme(): void {
    const states = this.themeInternals?.states;
    if (!states || !this.isConnected) return;
    const read = (this.schemeRead = readPageScheme(this, (pageDark) => {
      if (this.theme === 'auto' || pageDark) states.add('page-dark');
      else states.delete('page-dark');
    }).then(() => {
      if (this.schemeRead === read) this.schemeRead = null;
    }));
  }

  /** Also waits for the theme's reading of the page's colour scheme (applied before the next frame is painted). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.schemeRead) await this.schemeRead;
    return done;
  }

  /**
   * Holds an update while the element's language (a shipped one other than English) is loading its strings, unit
   * names and number symbols, so that the first drawing is in the reader's language, not English then redrawn.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localize.pending();
    return pending ? pending.then(() => this.takeTurn()) : this.takeTurn();
  }

  /**
   * @internal Until it has drawn once, an element takes turns with the others (`mainThread`): a page of many
   * elements whose data arrives at once answers input meanwhile. Afterwards its updates run at once, since they answer
   * the reader (a year step, a language switch) and should be drawn in the next frame.
   */
  private takeTurn(): void | Promise<unknown> {
    if (hasDrawn(this)) return super.scheduleUpdate();
    const wait = mainThread.turn();
    if (wait) return wait.then(() => this.takeTurn());
    // Work done ahead of the update is followed by another turn: past the budget, the update waits for a new task.
    let more = false;
    try {
      more = this.prepare();
    } catch {
      // The update does the same work and meets the same error where an element handles it (an error thrown here,
      // before Lit's update, would leave the element waiting for an update that never comes).
    }
    return more ? this.takeTurn() : super.scheduleUpdate();
  }

  /**
   * Work an element can do in a turn of its own before its first drawing (a map projects its outlines); returns
   * whether it did any, and returns false once it has (the update then finds it done). Splits a long first drawing
   * into tasks a page can answer input between.
   */
  protected prepare(): boolean {
    return false;
  }

  /** Turns a path inside the data folder into a URL, honouring `data-base`. Pass it to the core loaders. */
  protected readonly resolve = (path: string): string => dataUrl(path, this.dataBase);

  /** @internal failures already announced, so a re-render never emits the same `sdg-error` twice. */
  private reported = new WeakMap<object, SdgErrorDetail>();

  /**
   * The localised `sdg-error` detail of a failure, emitting the event the first time it sees that failure.
   * Aborted (stale) runs return `null` and emit nothing.
   */
  protected failure(error: unknown): SdgErrorDetail | null {
    if (isAbort(error)) return null;
    const key = typeof error === 'object' && error !== null ? error : { error };
    const known = this.reported.get(key);
    if (known) return known;
    const detail = this.errorDetail(error);
    this.reported.set(key, detail);
    emit(this, 'sdg-error', detail);
    return detail;
  }

  /** @internal */
  private errorDetail(error: unknown): SdgErrorDetail {
    if (error instanceof UserDataError) return userDataDetail(error.result, this.localize, error.facts.url);
    const { kind, url, code, what, accepted } = classify(error);
    const t = this.localize;
    const message = (() => {
      switch (kind) {
        case 'unknown-goal':
          return t.term('errorUnknownGoal', code ?? '');
        case 'unknown-country':
          return t.term('errorUnknownCountry', code ?? '', accepted ?? '');
        case 'unknown-indicator':
        case 'unknown-code':
          return t.term('errorUnknownIndicator', code ?? '');
        case 'no-data':
          return t.term('errorNoData', what ?? code ?? '');
        case 'parse':
          return t.term('errorParse', url ?? '');
        default:
          // A browser's own words ("Failed to construct 'URL'") are not the reader's language: the title says it.
          return url ? t.term('errorFetch', url) : t.term('errorTitle');
      }
    })();
    return url ? { kind, message, url } : { kind, message };
  }

  /**
   * The visible error state (part `error`): a heading, the localised message and a Retry button. The user's rows that
   * cannot be used stay unusable on a retry, so for them the list of problems replaces the button.
   */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    if (error instanceof UserDataError && error.kind === 'validation') {
      return html`${this.renderErrorBox(error)}${renderUserDataProblems(error.result, this.localize)}`;
    }
    return this.renderErrorBox(error, retry);
  }

  /** @internal */
  private renderErrorBox(error: unknown, retry?: () => void): TemplateResult {
    const detail = this.failure(error);
    return html`<div part="error" role="alert">
      <strong>${this.localize.term('errorTitle')}</strong>
      ${detail ? html`<p>${detail.message}</p>` : nothing}
      ${retry && detail?.kind === 'fetch' ? html`<button type="button" @click=${retry}>${this.localize.term('retry')}</button>` : nothing}
    </div>`;
  }

  /** The loading state (part `loading`), announced politely. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading" role="status">${this.localize.term('loading')}</div>`;
  }

  /**
   * The source line (part `source`): "Source: …" in the element's language (marked with `lang` when the data text
   * falls back to another language), followed by notes such as estimate or nearest-year remarks.
   */
  protected renderSource(source: LocalizedText | string | null | undefined, notes: string[] = []): TemplateResult {
    const text = typeof source === 'string' ? { text: source, lang: '' } : this.localize.text(source);
    const lang = foreignLang(text.lang, this.localize.lang());
    return html`<p part="source">
      ${text.text ? html`<span>${this.localize.term('source')}: <span lang=${ifDefined(lang)}>${text.text}</span></span>` : nothing}
      ${notes.map((n) => html`<span class="note">${n}</span>`)}
    </p>`;
  }

  /**
   * What is shown as one standalone SVG document (title, drawing, legend, source; styles and fonts written in). The
   * export code loads on the first call, so this resolves asynchronously.
   */
  async toSVG(): Promise<string> {
    return (await loadExporter()).toSVG(this);
  }

  /** What is shown as a PNG Blob at `scale` (1 or 2) × its size on screen. */
  async toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return (await loadExporter()).toPNG(this, options);
  }

  /** Exactly the data shown as CSV with a header row (values as published; formula-injection safe). */
  async toCSV(): Promise<string> {
    return (await loadExporter()).toCSV(this);
  }

  /** Saves `svg`, `png` (`{scale: 2}` for 2×) or `csv` as a file; resolves with the Blob. */
  async download(format: ExportFormat, options: ExportOptions = {}): Promise<Blob> {
    return (await loadExporter()).download(this, format, options);
  }

  /** The data shown, one record per row; by default the rows of the element's data table. Elements may override. */
  exportRows(): ExportRow[] {
    return tableRows(this).rows;
  }

  /** The title of what is shown; by default the text of the `title` part. */
  exportTitle(): string {
    return (this.renderRoot.querySelector('[part~="title"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The source line; by default the text of the `source` part. */
  exportSource(): string {
    return (this.renderRoot.querySelector('[part~="source"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The download menu (part `export`: SVG, PNG 1×, PNG 2×, CSV); elements put it in their footer. */
  protected renderExportMenu(): TemplateResult {
    const t = this.localize;
    return exportMenuTemplate(
      { download: t.term('download'), downloadAs: (f) => t.term('downloadAs', f) },
      (format, options) => {
        this.download(format, options).catch((e) => console.warn(`${this.localName}: download failed`, e));
      },
    );
  }
}
