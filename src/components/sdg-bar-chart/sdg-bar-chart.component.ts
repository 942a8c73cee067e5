import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { yearsWithData, type BarModel } from '../../core/charts/bar-model.js';
import { emit } from '../../events/events.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import { ChartWidth } from '../../controllers/chart-width.js';
import type { ExportRow } from '../../internal/export.js';
import { isUserChartData, renderUserDataProblems, userDataStyles } from '../../controllers/user-data-view.js';
import { chartData, type ChartLoad } from '../../controllers/chart-data.js';
import { LiveRegion } from '../../internal/live-region.js';
import { seriesStyles } from '../sdg-trend-chart/series.styles.js';
import { chartFrameStyles } from '../../styles/chart.js';
import { barChartStyles } from './sdg-bar-chart.styles.js';
import { SIX_COUNTRIES } from '../../core/data/attributes.js';
import { yearAttribute } from '../../internal/attributes.js';
import {
  barAreaCodes,
  barDescribe,
  barExportRows,
  barKey,
  barSummary,
  barValue,
  buildBarModel,
  latestYear,
} from './sdg-bar-chart.model.js';
import { barSvg, barTable, barTooltip, type BarView } from './sdg-bar-chart.templates.js';

const DEFAULT_COUNTRIES = SIX_COUNTRIES.join(' ');

/**
 * @summary Countries and regions ranked by their value in a year, one horizontal bar each, with value labels and the
 * 2030 target. Bars move to their new ranks when the year changes (not under `prefers-reduced-motion`). Values from
 * an earlier year (within `year-tolerance`) carry their year; values published as a range are text, not bars.
 *
 * @csspart base - The figure. @csspart title - The indicator title. @csspart subtitle - Unit and year.
 * @csspart plot - The focusable chart area. @csspart svg - The SVG drawing. @csspart bar - Each bar.
 * @csspart value - Each value label. @csspart name - Each area name. @csspart target - The target line.
 * @csspart tooltip - The read-out of the active bar. @csspart table - The data table (in a disclosure).
 * @csspart summary - The text summary (visually hidden). @csspart source - The source line.
 * @csspart loading - Loading state. @csspart error - Error state.
 * @csspart problems - The list of rows of the user's data that were not used (in a disclosure).
 * @csspart notice - An attribute value the element does not accept, named with the accepted values (it draws with its default).
 *
 * @cssproperty --sdg-bar-chart-background - Background of the chart (default: the theme's surface colour; `transparent` to show the page).
 * @cssproperty --sdg-bar-chart-bar - Bar colour (default: the area's series colour).
 * @cssproperty --sdg-bar-chart-duration - Duration of the re-ranking motion (default 450ms).
 * @cssproperty --sdg-bar-chart-grid - Colour of the grid lines.
 * @cssproperty --sdg-bar-chart-target - Colour of the target line.
 *
 * @fires sdg-select - An area was selected (Enter or click), or the selection was cleared (Escape).
 * @fires sdg-year-change - The year was changed with the arrow keys (Left/Right: previous/next year with data).
 * @fires sdg-render - After each completed draw.
 * @fires sdg-error - The data could not be loaded or the indicator is unknown; with `kind: 'validation'`, `problems`
 * and `accepted` when rows of the user's data were rejected (the valid ones are drawn).
 */
export class SdgBarChart extends SdgUserDataElement {
  static override styles = [
    ...SdgUserDataElement.styles,
    seriesStyles,
    chartFrameStyles,
    barChartStyles,
    userDataStyles,
  ];

  /** SDG indicator code (`7.1.1`); its headline series is drawn. */
  @property({ reflect: true }) indicator = '';
  /** A series code that overrides the indicator's headline series. */
  @property({ reflect: true }) series: string | null = null;
  /** Year to rank (default: the latest year with data for the areas shown). */
  @property({ converter: yearAttribute, reflect: true }) year: number | null = null;
  /** Years back a value may come from when the year itself has none (default 3; 0 = exact year only). */
  @property({ type: Number, attribute: 'year-tolerance' }) yearTolerance = 3;
  /** Countries to rank, ISO alpha-3, separated by spaces. */
  @property() countries = DEFAULT_COUNTRIES;
  /** Aggregates to rank as well: `WLD`, `CAS`, `CSA`, `SAS`, `LLDC`. */
  @property() aggregates = '';
  /** Areas shown in full colour, the others muted (space-separated codes). */
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

  /** @internal */ @state() private active: string | null = null;
  /** @internal */ @state() private selected: string | null = null;
  /** @internal */ private model: BarModel | null = null;
  /** @internal */ private modelKey: unknown[] = [];
  /** @internal the model was rebuilt in this update */ private rebuilt = false;
  /** @internal the polite region that speaks the focused bar */ private readonly live = new LiveRegion(this);
  /** @internal decimals the values are printed with (see `displayDecimals`) */ private decimals = 0;

  /** @internal */ private readonly size = new ChartWidth(this);

  /** @internal */
  private readonly loader = chartData(this, {
    resolve: this.resolve,
    localize: this.localize,
    onError: (e) => this.failure(e),
    fileFormat: () => this.fileFormat,
  });

  /** @internal */
  private areaCodes(): string[] {
    return barAreaCodes(this.loader.value, this.countries, this.countries === DEFAULT_COUNTRIES, this.aggregates);
  }

  /** @internal */
  private readonly fmt = (value: Parameters<typeof barValue>[2]): string =>
    barValue(this.localize, this.loader.value!, value, this.decimals);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('indicator') || changed.has('series')) [this.active, this.selected] = [null, null];
    const v = this.loader.complete;
    if (!v || !this.size.width) {
      this.model = null;
      return;
    }
    const loc = this.localize;
    const cs = getComputedStyle(this);
    const codes = this.areaCodes();
    const year = this.year ?? latestYear(v.rows, codes);
    const key = [
      v,
      this.size.width,
      this.countries,
      this.aggregates,
      year,
      this.yearTolerance,
      this.target,
      this.highlight,
      this.selected,
      loc.lang(),
      loc.stringsKey(),
      loc.dir(),
      cs.fontSize,
      cs.fontFamily,
    ];
    if (this.model && key.every((k, i) => Object.is(k, this.modelKey[i]))) return;
    this.modelKey = key;
    if (year === null) {
      this.model = null;
      return;
    }
    const o = {
      codes,
      year,
      yearTolerance: this.yearTolerance,
      width: this.size.width,
      target: this.target,
      highlight: this.highlight,
      selected: this.selected,
    };
    ({ model: this.model, decimals: this.decimals } = buildBarModel(v, o, loc, cs));
    this.rebuilt = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement?.classList.contains('plot');
    const m = this.model;
    const v = this.loader.value;
    const bar = m?.bars.find((b) => b.code === this.active);
    // A new active bar, or the same bar in another year (arrows left/right), is spoken once the model is rebuilt.
    if (focused && m && v && bar && ((changed as Map<PropertyKey, unknown>).has('active') || this.rebuilt))
      this.live.announce(barDescribe(bar, m, v, this.localize, this.decimals));
    this.rebuilt = false;
    this.loader.drawn(m, () => ({ indicator: v?.indicator?.code, series: v?.entry.series, year: m!.year }));
  }

  override render() {
    return html`<figure part="base" dir=${this.localize.dir()}>
      ${this.loader.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => this.loader.run()),
        complete: (v) => (v ? this.renderChart(v) : nothing),
      })}
    </figure>`;
  }

  /** @internal */
  private renderChart(v: ChartLoad) {
    const m = this.model;
    const loc = this.localize;
    const title = loc.text(v.indicator?.title ?? v.entry.title);
    const unit = loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]);
    const yearText = m ? loc.year(m.year) : '';
    const notes = m
      ? [
          ...m.bars
            .filter((b) => b.nearest)
            .map((b) => `${b.name}: ${loc.term('nearestYear', yearText, loc.year(b.year!))}`),
          m.hasEstimates ? loc.term('estimatesHatched') : '',
          m.hasFlags ? loc.term('flagsNotPlotted') : '',
        ].filter(Boolean)
      : [];
    const label = loc.term('barChartLabel', title.text, yearText);
    const view: BarView | null = m && { m, v, loc, active: this.active, fmt: this.fmt };
    return html`
      <figcaption>
        <span part="title" lang=${title.lang}>${title.text}</span>
        <span part="subtitle"><span lang=${unit.lang}>${unit.text}</span>${unit.text ? ', ' : ''}${yearText}</span>
      </figcaption>
      <div
        part="plot"
        class="plot"
        tabindex="0"
        role="group"
        aria-label=${label}
        aria-describedby="summary hint"
        @keydown=${this.onKey}
        @blur=${() => (this.active = null)}
      >
        ${view ? barSvg(view, this.on) : nothing} ${view ? barTooltip(view) : nothing}
      </div>
      <p class="visually-hidden" id="hint">${loc.term('chartKeyboardHint')}</p>
      <p part="summary" id="summary" class="visually-hidden">${m ? barSummary(m, v, loc, this.decimals) : ''}</p>
      ${isUserChartData(v) ? renderUserDataProblems(v.own, loc) : nothing} ${view ? barTable(view) : nothing}
      ${this.renderSource(v.catalog.source, notes)}
      <span class="sdg-actions">${this.renderExportMenu()}</span>
    `;
  }

  /** @internal */
  private readonly on = {
    enter: (code: string) => (this.active = code),
    leave: () => (this.active = null),
    click: (code: string) => this.select(code),
  };

  /**
   * The rows of the data table with values as published (a number, or a flag such as `<2.5` as text), not as
   * formatted for display; the year is that of the value (earlier than asked when `nearest`).
   */
  override exportRows(): ExportRow[] {
    const v = this.loader.value;
    return this.model && v ? barExportRows(this.model, v) : [];
  }

  /** @internal */
  private onKey = (e: KeyboardEvent) => {
    const m = this.model;
    const v = this.loader.value;
    if (!m || !v || !m.bars.length) return;
    const move = barKey(m, e.key, this.active, this.selected, () => yearsWithData(v.rows, this.areaCodes()));
    if (!move) return;
    this.active = move.active;
    if (move.year !== undefined) {
      this.year = move.year;
      emit(this, 'sdg-year-change', { year: move.year });
    }
    if (move.select !== undefined) this.select(move.select);
    e.preventDefault();
  };

  /** @internal */
  private select(code: string | null) {
    const v = this.loader.value;
    const b = code ? this.model?.bars.find((x) => x.code === code) : undefined;
    this.selected = code;
    emit(this, 'sdg-select', {
      code,
      name: b?.name ?? null,
      value: b?.value ?? null,
      year: b?.year ?? null,
      indicator: v?.indicator?.code ?? (this.indicator || undefined),
      series: v?.entry.series,
    });
  }
}
