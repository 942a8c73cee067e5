import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { nearestStop, type TrendModel } from '../../core/charts/trend-model.js';
import { emit } from '../../events/events.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import { ChartWidth } from '../../controllers/chart-width.js';
import type { ExportRow } from '../../internal/export.js';
import { isUserChartData, renderUserDataProblems, userDataStyles } from '../../controllers/user-data-view.js';
import { chartData } from '../../controllers/chart-data.js';
import { LiveRegion } from '../../internal/live-region.js';
import { seriesStyles } from './series.styles.js';
import { chartFrameStyles } from '../../styles/chart.js';
import { trendChartStyles } from './sdg-trend-chart.styles.js';
import { SIX_COUNTRIES } from '../../core/data/attributes.js';
import { yearAttribute } from '../../internal/attributes.js';
import {
  buildTrendModel,
  lineNear,
  tooltipLeft,
  trendNotes,
  trendAnnouncement,
  trendExportRows,
  trendKey,
  trendSummary,
} from './sdg-trend-chart.model.js';
import { trendSvg, trendTable, trendTooltip, type TrendView } from './sdg-trend-chart.templates.js';

const DEFAULT_COUNTRIES = SIX_COUNTRIES.join(' ');

/**
 * @summary A line per country or region over the years, labelled at the line ends, with a crosshair that lists every
 * line's value for a year. Gaps stay gaps; estimates are dashed; values published as ranges are listed, not plotted.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The indicator title. @csspart subtitle - Unit and years.
 * @csspart plot - The focusable chart area. @csspart svg - The SVG drawing.
 * @csspart line - Each line stretch. @csspart label - Each end label. @csspart target - The 2030 target line.
 * @csspart tooltip - The crosshair read-out. @csspart table - The data table (in a disclosure).
 * @csspart summary - The text summary (visually hidden). @csspart source - The source line.
 * @csspart loading - Loading state. @csspart error - Error state.
 * @csspart problems - The list of rows of the user's data that were not used (in a disclosure).
 * @csspart notice - An attribute value the element does not accept, named with the accepted values (it draws with its default).
 *
 * @cssproperty --sdg-trend-chart-background - Background of the chart (default: the theme's surface colour; `transparent` to show the page).
 * @cssproperty --sdg-trend-chart-height - Height of the drawing in px (default: half the width, 85% below 600px, within 260–440).
 * @cssproperty --sdg-trend-chart-line-width - Line width (default 2px; highlighted lines are 1.75× wider).
 * @cssproperty --sdg-trend-chart-grid - Colour of the grid lines.
 * @cssproperty --sdg-trend-chart-target - Colour of the target line.
 * @cssproperty --sdg-color-series-0 - Colours of the areas (0 KAZ, 1 KGZ, 2 TJK, 3 TKM, 4 UZB, 5 AFG, 6 WLD, 7 CAS, 8 CSA, 9 SAS, 10 LLDC).
 *
 * @fires sdg-select - An area and year were selected (Enter or click), or the selection was cleared (Escape).
 * @fires sdg-render - After each completed draw.
 * @fires sdg-error - The data could not be loaded or the indicator is unknown; with `kind: 'validation'`, `problems`
 * and `accepted` when rows of the user's data were rejected (the valid ones are drawn).
 */
export class SdgTrendChart extends SdgUserDataElement {
  static override styles = [
    ...SdgUserDataElement.styles,
    seriesStyles,
    chartFrameStyles,
    trendChartStyles,
    userDataStyles,
  ];

  /** SDG indicator code (`3.2.1`); its headline series is drawn. */
  @property({ reflect: true }) indicator = '';
  /** A series code (`SH_DYN_MORT`) that overrides the indicator's headline series. */
  @property({ reflect: true }) series: string | null = null;
  /** Countries to draw, ISO alpha-3, separated by spaces. */
  @property() countries = DEFAULT_COUNTRIES;
  /** Aggregates to draw as well: `WLD`, `CAS`, `CSA`, `SAS`, `LLDC`. */
  @property() aggregates = '';
  /** First year shown (default: the first year with data). */
  @property({ converter: yearAttribute, attribute: 'start-year' }) startYear: number | null = null;
  /** Last year shown (default: the last year with data). */
  @property({ converter: yearAttribute, attribute: 'end-year' }) endYear: number | null = null;
  /** Value axis: `linear` (from zero) or `log`. */
  @property({ reflect: true }) scale: 'linear' | 'log' = 'linear';
  /** Areas drawn in front and wider, the others muted (space-separated codes). */
  @property({ reflect: true }) highlight = '';
  /** A reference value drawn as the 2030 target; when unset, the shipped target table's value for the series. */
  @property({ type: Number }) target: number | null = null;
  /**
   * URL of the reader's own CSV or JSON file (relative to the page); its rows replace the shipped series. Schema:
   * "Your own data" in the docs. Country (alpha-3, alpha-2, M49) and region (ISO 3166-2) codes are accepted.
   */
  @property() src: string | null = null;
  /** The reader's own data as an array of rows or CSV text; takes precedence over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Title when the user's data name no indicator of the catalog. */
  @property() label: string | null = null;

  /** @internal */ @state() private activeYear: number | null = null;
  /** @internal */ @state() private activeCode: string | null = null;
  /** @internal */ @state() private selected: string | null = null;
  /** @internal */ private model: TrendModel | null = null;
  /** @internal the polite region that speaks the focused year and line */
  private readonly live = new LiveRegion(this);

  /** @internal */ private readonly size = new ChartWidth(this);

  /** @internal */
  private readonly loader = chartData(this, {
    resolve: this.resolve,
    localize: this.localize,
    onError: (e) => this.failure(e),
    fileFormat: () => this.fileFormat,
  });

  /** @internal inputs of the last model, so hovering redraws without rebuilding it */
  private modelKey: unknown[] = [];
  /** @internal decimals the values are printed with (see `displayDecimals`) */
  private decimals = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    const value = this.loader.complete;
    if (changed.has('indicator') || changed.has('series'))
      [this.activeYear, this.activeCode, this.selected] = [null, null, null];
    // Hover and keyboard moves change only the crosshair: no style reads, no model work.
    if (this.model && changed.size > 0 && [...changed.keys()].every((k) => k === 'activeYear' || k === 'activeCode'))
      return;
    if (!value || !this.size.width) {
      this.model = null;
      this.modelKey = [];
      return;
    }
    const loc = this.localize;
    const cs = getComputedStyle(this);
    const o = {
      width: this.size.width,
      countries: this.countries,
      defaultCountries: this.countries === DEFAULT_COUNTRIES,
      aggregates: this.aggregates,
      startYear: this.startYear,
      endYear: this.endYear,
      scale: this.scale,
      target: this.target,
      highlight: this.highlight,
      selected: this.selected,
    };
    const fonts = [cs.fontSize, cs.fontFamily, cs.getPropertyValue('--sdg-trend-chart-height')];
    const key = [value, ...Object.values(o), loc.lang(), loc.stringsKey(), loc.dir(), ...fonts];
    if (this.model && key.every((k, i) => Object.is(k, this.modelKey[i]))) return;
    this.modelKey = key;
    ({ model: this.model, decimals: this.decimals } = buildTrendModel(value, o, loc, cs));
    this.memo.clear();
  }

  /** @internal templates that depend on the model only (and the focused line), reused while the crosshair moves */
  private memo = new Map<string, unknown>();
  /** @internal */
  private readonly cached = <T>(key: string, make: () => T): T => {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  };

  protected override updated(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement?.classList.contains('plot');
    const v = this.loader.value;
    const moved = ['activeYear', 'activeCode'].some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (focused && moved && this.model && v)
      this.live.announce(
        trendAnnouncement(this.model, v, this.localize, this.decimals, this.activeYear, this.activeCode),
      );
    // Keep the read-out inside the chart: placed beside the crosshair, then nudged once its width is known.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip && this.model && this.activeYear !== null)
      tip.style.left = `${tooltipLeft(this.model, this.activeYear, tip.offsetWidth, this.localize.dir())}px`;
    this.loader.drawn(this.model, () => ({ indicator: this.indicator, series: v?.entry.series, year: null }));
  }

  override render() {
    return html`<figure part="base" dir=${this.localize.dir()}>
      ${this.loader.render({
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => this.loader.run()),
        complete: (v) => (v ? this.renderChart(v) : nothing),
      })}
    </figure>`;
  }

  /** @internal */
  private renderChart(v: NonNullable<typeof this.loader.value>) {
    const m = this.model;
    const loc = this.localize;
    const title = loc.text(v.indicator?.title ?? v.entry.title);
    const unit = loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]);
    const years = m ? `${loc.year(m.years[0])}–${loc.year(m.years[1])}` : '';
    const notes = trendNotes(m, loc);
    const view: TrendView | null = m && {
      m,
      v,
      loc,
      year: this.activeYear,
      code: this.activeCode,
      decimals: this.decimals,
      cached: this.cached,
    };
    return html`
      <figcaption>
        <span part="title" lang=${title.lang}>${title.text}</span>
        <span part="subtitle"><span lang=${unit.lang}>${unit.text}</span>${unit.text ? ', ' : ''}${years}</span>
      </figcaption>
      ${view ? this.renderPlot(view, title.text) : nothing}
      ${isUserChartData(v) ? renderUserDataProblems(v.own, loc) : nothing}
      ${view ? this.cached('table', () => trendTable(view)) : nothing} ${this.renderSource(v.catalog.source, notes)}
      <span class="sdg-actions">${this.renderExportMenu()}</span>
    `;
  }

  /**
   * @internal The focusable plot, its hint and summary: drawn with its model only, so that its label never names a
   * span of years it does not have yet (the first render waits for the measured width).
   */
  private renderPlot(view: TrendView, title: string) {
    const { m, v, loc } = view;
    return html`<div
        part="plot"
        class="plot"
        tabindex="0"
        role="group"
        aria-label=${loc.term('trendChartLabel', title, loc.year(m.years[0]), loc.year(m.years[1]))}
        aria-describedby="summary hint"
        @keydown=${this.onKey}
        @pointermove=${this.onPointer}
        @pointerleave=${this.onLeave}
        @click=${this.onClick}
        @blur=${this.onLeave}
      >
        ${trendSvg(view)} ${trendTooltip(view)}
      </div>
      <p class="visually-hidden" id="hint">${loc.term('chartKeyboardHint')}</p>
      <p part="summary" id="summary" class="visually-hidden">
        ${this.cached('summary', () => trendSummary(m, v, loc, this.decimals))}
      </p>`;
  }

  /**
   * The data table's values as published (a number, or a flag such as `<2.5` as text), one row per line and year,
   * in the table's order; years without a value are left out, as the table shows them as missing.
   */
  override exportRows(): ExportRow[] {
    const v = this.loader.value;
    return this.model && v ? trendExportRows(this.model, v) : [];
  }

  /** @internal */
  private onPointer = (e: PointerEvent) => {
    if (!this.model) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.activeYear = nearestStop(this.model, e.clientX - box.left);
  };

  /** @internal */
  private onLeave = () => {
    if (this.shadowRoot?.activeElement?.classList.contains('plot') && this.activeCode) return;
    this.activeYear = null;
    this.activeCode = null;
  };

  /** @internal Click: select the line nearest the pointer at the crosshair's year. */
  private onClick = (e: MouseEvent) => {
    const m = this.model;
    if (!m || this.activeYear === null) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const best = lineNear(m, this.activeYear, e.clientY - box.top);
    if (best) this.select(best.code);
  };

  /** @internal */
  private onKey = (e: KeyboardEvent) => {
    const m = this.model;
    if (!m || !m.stops.length) return;
    const next = trendKey(m, e.key, { year: this.activeYear, code: this.activeCode }, this.selected);
    if (!next) return;
    this.activeYear = next.year;
    this.activeCode = next.code;
    if (next.select !== undefined) this.select(next.select);
    e.preventDefault();
  };

  /** @internal */
  private select(code: string | null) {
    const v = this.loader.value;
    this.selected = code;
    const p =
      code && this.activeYear !== null
        ? this.model?.series.find((s) => s.code === code)?.points.get(this.activeYear)
        : undefined;
    emit(this, 'sdg-select', {
      code,
      name: code ? this.localize.country(code).text : null,
      value: p?.value ?? null,
      year: code ? this.activeYear : null,
      indicator: v?.indicator?.code ?? (this.indicator || undefined),
      series: v?.entry.series,
    });
  }
}
