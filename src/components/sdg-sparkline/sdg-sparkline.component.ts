import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { displayDecimals, rowsOfArea, type ChartData } from '../../core/charts/data.js';
import { sparklineModel, type SparklineModel, type SparkPoint } from '../../core/charts/sparkline-model.js';
import type { PublishedValue } from '../../core/data/types.js';
import { emit } from '../../events/events.js';
import { SdgDataError } from '../../core/data/errors.js';
import { textLanguage } from '../../core/data/load.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import { LiveRegion, pointText } from '../../internal/live-region.js';
import { chartAreaName, isUserChartData, renderRejectedCount } from '../../controllers/user-data-view.js';
import { isSeriesAsked } from '../../core/data/series-load.js';
import { SeriesData } from '../../controllers/series-data.js';
import { sparklineStyles } from './sdg-sparkline.styles.js';
import { yearAttribute } from '../../internal/attributes.js';

/**
 * @summary A word-sized line for running text: one country's values over the years and the latest value with its
 * year, read out as a sentence ("Under-5 mortality rate in Kazakhstan fell from 42.6 in 2000 to 10.3 in 2021 per
 * 1,000 live births"). Inline, baseline-aligned, in the surrounding font and colour; a hundred on a page share one
 * fetch per file.
 *
 * @csspart base - The focusable inline box (role `img`, labelled by the sentence).
 * @csspart svg - The line. @csspart value - The latest (or chosen) value. @csspart year - Its year.
 * @csspart tooltip - The sentence shown on hover and focus. @csspart error - The inline error text.
 *
 * @cssproperty --sdg-sparkline-width - Width of the line (default 3.5em).
 * @cssproperty --sdg-sparkline-height - Height of the line (default 1em).
 * @cssproperty --sdg-sparkline-color - Line colour (default: the text colour).
 * @cssproperty --sdg-sparkline-line-width - Line width (default 1.4px).
 * @cssproperty --sdg-sparkline-dot-color - Colour of the marked point (default: the focus colour).
 *
 * @fires sdg-select - Enter or click: the country and the value shown. Escape clears.
 * @fires sdg-render - After each completed draw.
 * @csspart problems - How many rows of the reader's file were shown and rejected (the list is in `sdg-error`).
 * @csspart notice - An attribute value the element does not accept, named with the accepted values (it draws with its default).
 * @fires sdg-error - The data could not be loaded or the indicator is unknown; with `kind: 'validation'`, `problems`
 * and `accepted` when rows of the user's data were rejected (the valid ones are drawn).
 */
export class SdgSparkline extends SdgUserDataElement {
  static override styles = [...SdgUserDataElement.styles, sparklineStyles];

  /** SDG indicator code (`3.2.1`); its headline series is drawn. */
  @property({ reflect: true }) indicator = '';
  /** A series code that overrides the indicator's headline series. */
  @property({ reflect: true }) series: string | null = null;
  /** Country (ISO alpha-3) or aggregate code. */
  @property({ reflect: true }) country = '';
  /** First year drawn (default: the first with data). */
  @property({ converter: yearAttribute, attribute: 'start-year' }) startYear: number | null = null;
  /** Last year drawn (default: the last with data). */
  @property({ converter: yearAttribute, attribute: 'end-year' }) endYear: number | null = null;
  /** Hide the value and year text (the line alone, still labelled by the sentence). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-value' }) hideValue = false;
  /** URL of the reader's own CSV or JSON file (relative to the page); its rows replace the shipped series. */
  @property() src: string | null = null;
  /** The reader's own data as an array of rows or CSV text; takes precedence over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Title when the user's data name no indicator of the catalog. */
  @property() label: string | null = null;

  /** @internal index into the model's numeric points while moving with the arrow keys */
  @state() private cursor: number | null = null;
  /** @internal */ @state() private open = false;
  /** @internal speaks the value under the keyboard cursor */ private readonly live = new LiveRegion(this);
  /** @internal */ private model: SparklineModel | null = null;
  /** @internal */ private decimals = 0;

  /** @internal */
  private readonly loader = new SeriesData(this, {
    resolve: this.resolve,
    localize: this.localize,
    query: () => ({
      indicator: this.indicator,
      series: this.series,
      src: this.src,
      data: this.data,
      label: this.label,
      lang: textLanguage(this.localize.lang()),
      ...this.fileFormat,
    }),
    inputs: () => [this.dataBase],
    onError: (e) => this.failure(e),
  });

  override willUpdate(): void {
    const v = this.loader.complete;
    if (!v) {
      this.model = null;
      return;
    }
    const code = this.country.trim().toUpperCase();
    const key = [v, code, this.startYear, this.endYear];
    if (this.model && key.every((k, i) => Object.is(k, this.modelKey[i]))) return;
    this.modelKey = key;
    const rows = rowsOfArea(v.rows, code);
    this.decimals = displayDecimals(rows, [code]);
    this.model = sparklineModel(rows, { startYear: this.startYear, endYear: this.endYear });
    this.cursor = null;
    if (!this.model.latest)
      this.failure(new SdgDataError('no-data', { what: `${this.indicator || this.series} · ${code}` }));
  }

  /** @internal */ private modelKey: unknown[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    const v = this.loader.value;
    if ((changed as Map<PropertyKey, unknown>).has('cursor') && this.cursor !== null && this.model && v) {
      const p = this.current(this.model);
      const loc = this.localize;
      if (p) {
        this.live.announce(
          pointText(loc, {
            name: chartAreaName(v, this.country.trim().toUpperCase(), loc),
            value: this.fmt(v, p.value),
            unit: v.entry.unit === 'PERCENT' ? undefined : loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]).text,
            year: p.year,
            marks: p.estimate ? [loc.term(p.nature === 'M' ? 'modelled' : 'estimated')] : [],
          }),
        );
      }
    }
    this.loader.drawn(this.model, () => ({
      indicator: v?.indicator?.code,
      series: v?.entry.series,
      year: this.model?.latest?.year ?? null,
    }));
  }

  override render() {
    return this.loader.render({
      initial: () =>
        html`<span class="pending" part="base" role="img" aria-label=${this.localize.term('loading')}></span>`,
      // A new language keeps the line drawn until its text arrives (same series: only the words change).
      pending: () =>
        this.model && this.sameSeries(this.loader.value)
          ? this.renderLine(this.model, this.loader.value)
          : html`<span class="pending" part="base" role="img" aria-label=${this.localize.term('loading')}></span>`,
      error: (e) =>
        html`<span part="error" role="alert">⚠ ${this.failure(e)?.message ?? this.localize.term('errorTitle')}</span>`,
      complete: (v) =>
        this.model && v ? html`${this.renderLine(this.model, v)}${renderRejectedCount(v, this.localize)}` : nothing,
    });
  }

  /** @internal */
  private fmt(v: ChartData, value: PublishedValue): string {
    return this.localize.value(value, { decimals: this.decimals, unit: v.entry.unit });
  }

  /** The sentence that labels the sparkline (empty until the data are loaded). */
  sentence(): string {
    const m = this.model;
    const v = this.loader.value;
    if (!m || !v) return '';
    const loc = this.localize;
    const what = loc.text(v.indicator?.title ?? v.entry.title).text;
    const where = chartAreaName(v, this.country.trim().toUpperCase(), loc);
    const unit = v.entry.unit === 'PERCENT' ? '' : loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]).text;
    const { first, last, latest } = m;
    if (!first || !last) {
      return latest
        ? loc.term('sparklineSingle', what, where, this.fmt(v, latest.value), loc.year(latest.year), unit)
        : `${what}, ${where}: ${loc.term('noData')}`;
    }
    const args = [
      what,
      where,
      this.fmt(v, first.value),
      loc.year(first.year),
      this.fmt(v, last.value),
      loc.year(last.year),
      unit,
    ] as const;
    const text =
      m.direction === 'single'
        ? loc.term('sparklineSingle', what, where, this.fmt(v, last.value), loc.year(last.year), unit)
        : loc.term(
            m.direction === 'fell' ? 'sparklineFell' : m.direction === 'rose' ? 'sparklineRose' : 'sparklineSame',
            ...args,
          );
    // A later value published as a range (e.g. "<2.5") is the latest word: say it too.
    return latest && latest !== last ? `${text}; ${this.fmt(v, latest.value)} (${loc.year(latest.year)})` : text;
  }

  /** @internal */
  private current(m: SparklineModel): SparkPoint | null {
    const plotted = m.points.filter((p) => p.y !== null);
    return this.cursor !== null ? (plotted[this.cursor] ?? null) : m.latest;
  }

  /** @internal the loaded rows are the series asked for (shipped data; the reader's own file is read anew) */
  private sameSeries(v: ChartData | null | undefined): v is ChartData {
    const own = isUserChartData(v) || this.src || (this.data !== undefined && this.data !== null);
    return !own && isSeriesAsked(v, this.indicator, this.series);
  }

  /** @internal */
  private renderLine(m: SparklineModel, v: ChartData) {
    const loc = this.localize;
    const shown = this.current(m);
    const label = this.sentence();
    const mark = shown && shown.y !== null ? shown : m.last;
    return html`<span
      part="base"
      class="spark"
      role="img"
      tabindex="0"
      aria-label=${label}
      @keydown=${this.onKey}
      @click=${() => this.select()}
      @pointerenter=${() => (this.open = true)}
      @pointerleave=${() => (this.open = false)}
      @focus=${() => (this.open = true)}
      @blur=${() => ([this.open, this.cursor] = [false, null])}
    >
      <svg part="svg" viewBox="0 0 ${m.width} ${m.height}" aria-hidden="true">
        ${m.lines.map((l) => svg`<path class=${l.estimate ? 'line est' : 'line'} d=${l.d}></path>`)}
        ${m.dots.map((d) => svg`<circle class="dot" cx=${d.x} cy=${d.y} r="1.2"></circle>`)}
        ${mark ? svg`<circle class=${mark.estimate ? 'end est' : 'end'} cx=${mark.x} cy=${mark.y!} r="1.9"></circle>` : nothing}
      </svg>
      ${
        !shown
          ? html`<span part="value" aria-hidden="true">${loc.term('noData')}</span>`
          : this.hideValue
            ? nothing
            : html`<span aria-hidden="true"
                ><span part="value">${this.fmt(v, shown.value)}</span>
                <span part="year">${loc.year(shown.year)}</span></span
              >`
      }
      ${
        this.open
          ? html`<span part="tooltip" aria-hidden="true"
              >${
                this.cursor !== null && shown
                  ? `${loc.year(shown.year)}: ${this.fmt(v, shown.value)}${shown.estimate ? ` (${loc.term(shown.nature === 'M' ? 'modelled' : 'estimated')})` : ''}`
                  : label
              }</span
            >`
          : nothing
      }
    </span>`;
  }

  /** @internal */
  private onKey = (e: KeyboardEvent) => {
    const m = this.model;
    if (!m) return;
    const n = m.points.filter((p) => p.y !== null).length;
    if (!n) return;
    const at = this.cursor ?? n - 1;
    switch (e.key) {
      case 'ArrowLeft':
        this.cursor = Math.max(0, at - 1);
        break;
      case 'ArrowRight':
        this.cursor = Math.min(n - 1, at + 1);
        break;
      case 'Home':
        this.cursor = 0;
        break;
      case 'End':
        this.cursor = n - 1;
        break;
      case 'Enter':
      case ' ':
        this.select();
        break;
      case 'Escape':
        this.cursor = null;
        emit(this, 'sdg-select', { code: null, name: null, value: null, year: null });
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /** @internal */
  private select() {
    const m = this.model;
    const v = this.loader.value;
    if (!m || !v) return;
    const p = this.current(m);
    const code = this.country.trim().toUpperCase();
    emit(this, 'sdg-select', {
      code,
      name: this.localize.country(code).text,
      value: p?.value ?? null,
      year: p?.year ?? null,
      indicator: v.indicator?.code,
      series: v.entry.series,
    });
  }
}
