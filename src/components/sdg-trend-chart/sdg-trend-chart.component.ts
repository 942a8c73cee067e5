import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, TaskStatus } from '@lit/task';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { codeList, displayDecimals, type ChartData } from '../../core/charts/data.js';
import { nearestStop, trendModel, type TrendModel, type TrendSeries } from '../../core/charts/trend-model.js';
import { emit } from '../../events/events.js';
import { textLanguage } from '../../core/data/load.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import type { ExportRow } from '../../internal/export.js';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.js';
import {
  chartAreaName,
  isUserChartData,
  renderUserDataProblems,
  userDataStyles,
} from '../../controllers/user-data-view.js';
import { loadChart } from '../../controllers/chart-data.js';
import { LiveRegion, pointText } from '../../internal/live-region.js';
import { seriesStyles, measureText } from './series.styles.js';
import { chartFrameStyles } from '../../styles/chart.js';
import { trendChartStyles } from './sdg-trend-chart.styles.js';
import { SIX_COUNTRIES } from '../../core/data/attributes.js';
import { yearAttribute } from '../../internal/attributes.js';

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

  /** @internal */ @state() private width = 0;
  /** @internal */ @state() private activeYear: number | null = null;
  /** @internal */ @state() private activeCode: string | null = null;
  /** @internal */ @state() private selected: string | null = null;
  /** @internal */ private model: TrendModel | null = null;
  /** @internal the polite region that speaks the focused year and line */
  private readonly live = new LiveRegion(this);

  /**
   * @internal Width only: a height change (the chart's own) must not redraw, and the new width is applied in the
   * next frame so that the redraw never runs inside the observer's loop.
   */
  private readonly resize = new ResizeController(this, {
    callback: (entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w && Math.abs(w - this.width) >= 1) requestAnimationFrame(() => (this.width = w));
      return w;
    },
    skipInitial: false,
  });

  /** @internal a removed element stops waiting for its data */
  private readonly detach = new AbortOnDisconnect(this, () => [this.loader]);
  /** @internal */
  private readonly loader = new Task(this, {
    task: ([indicator, series, , src, data, label, lang], { signal }) =>
      loadChart(
        this,
        this.localize,
        this.resolve,
        { src, data, indicator, series, label, lang, ...this.fileFormat },
        signal,
      ),
    args: () =>
      [
        this.indicator,
        this.series,
        this.dataBase,
        this.src,
        this.data,
        this.label,
        textLanguage(this.localize.lang()),
        this.decimal,
        this.delimiter,
      ] as const,
    onError: (e) => this.failure(e),
  });

  /** @internal inputs of the last model, so hovering redraws without rebuilding it */
  private modelKey: unknown[] = [];
  /** @internal a model was rebuilt and `sdg-render` is due */
  private renderDue = false;
  /** @internal decimals the values are printed with (see `displayDecimals`) */
  private decimals = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    const value = this.loader.value;
    if (changed.has('indicator') || changed.has('series'))
      [this.activeYear, this.activeCode, this.selected] = [null, null, null];
    // Hover and keyboard moves change only the crosshair: no style reads, no model work.
    if (this.model && changed.size > 0 && [...changed.keys()].every((k) => k === 'activeYear' || k === 'activeCode'))
      return;
    if (!value || !this.width || this.loader.status !== TaskStatus.COMPLETE) {
      this.model = null;
      this.modelKey = [];
      return;
    }
    const loc = this.localize;
    const cs = getComputedStyle(this);
    const key = [
      value,
      this.width,
      this.countries,
      this.aggregates,
      this.startYear,
      this.endYear,
      this.scale,
      this.target,
      this.highlight,
      this.selected,
      loc.lang(),
      loc.dir(),
      cs.fontSize,
      cs.fontFamily,
      cs.getPropertyValue('--sdg-trend-chart-height'),
    ];
    if (this.model && key.every((k, i) => Object.is(k, this.modelKey[i]))) return;
    this.modelKey = key;
    // The user's data draw their own areas unless `countries` names others.
    const own =
      isUserChartData(value) && this.countries === DEFAULT_COUNTRIES ? value.selection.areas : codeList(this.countries);
    const areas = [...own, ...codeList(this.aggregates)].map((code) => ({
      code,
      name: chartAreaName(value, code, loc),
    }));
    const px = parseFloat(cs.fontSize) || 14;
    const tickFont = `${Math.round(px * 0.86)}px ${cs.fontFamily}`;
    const labelFont = `500 ${px}px ${cs.fontFamily}`;
    const height = Math.round(
      parseFloat(cs.getPropertyValue('--sdg-trend-chart-height')) ||
        Math.max(260, Math.min(440, this.width * (this.width < 600 ? 0.85 : 0.5))),
    );
    this.decimals = displayDecimals(
      value.rows,
      areas.map((a) => a.code),
    );
    this.model = trendModel({
      rows: value.rows,
      areas,
      width: this.width,
      height,
      startYear: this.startYear,
      endYear: this.endYear,
      scale: this.scale === 'log' ? 'log' : 'linear',
      target: this.target ?? value.shippedTarget,
      highlight: codeList([this.highlight, this.selected ?? ''].join(' ')),
      // numbers are tick labels (small font); anything with letters is a line label
      measure: (t) => measureText(t, /^[\p{N}\p{P}\p{S}\s]*$/u.test(t) ? tickFont : labelFont),
      formatTick: (v, d) => loc.number(v, { decimals: d }),
      // the line box of the label font (Noto Sans: 1.36em), so that boxes, not only glyphs, stay apart
      labelHeight: Math.ceil(px * 1.4),
      dir: loc.dir(),
    });
    this.renderDue = true;
    this.memo.clear();
  }

  /** @internal templates that depend on the model only (and the focused line), reused while the crosshair moves */
  private memo = new Map<string, unknown>();
  /** @internal */
  private cached<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement?.classList.contains('plot');
    if (
      focused &&
      ['activeYear', 'activeCode'].some((k) => (changed as Map<PropertyKey, unknown>).has(k)) &&
      this.model &&
      this.loader.value
    ) {
      this.live.announce(this.announcement(this.model, this.loader.value as ChartData));
    }
    // Keep the read-out inside the chart: it is placed beside the crosshair, then nudged once its width is known.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip && this.model && this.activeYear !== null) {
      const x = this.model.x.scale(this.activeYear);
      const w = tip.offsetWidth;
      // It opens toward the reading direction (src/i18n/direction.ts), else the other way, else wherever it fits.
      const after = x + 12 + w <= this.model.width ? x + 12 : null;
      const before = x - 12 - w >= 0 ? x - 12 - w : null;
      const left =
        (this.localize.dir() === 'rtl' ? (before ?? after) : (after ?? before)) ?? Math.max(0, this.model.width - w);
      tip.style.left = `${left}px`;
    }
    if (this.renderDue && this.model) {
      this.renderDue = false;
      const v = this.loader.value as ChartData;
      emit(this, 'sdg-render', { indicator: this.indicator, series: v.entry.series, year: null });
    }
  }

  override render() {
    return html`<figure part="base" dir=${this.localize.dir()}>
      ${this.loader.render({
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => this.loader.run()),
        complete: (v) => this.renderChart(v),
      })}
    </figure>`;
  }

  /** @internal */
  private renderChart(v: ChartData) {
    const m = this.model;
    const loc = this.localize;
    const title = loc.text(v.indicator?.title ?? v.entry.title);
    const unit = loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]);
    const years = m ? `${loc.year(m.years[0])}–${loc.year(m.years[1])}` : '';
    const notes = [
      m?.hasEstimates ? loc.term('estimatesDashed') : '',
      m?.hasFlags ? loc.term('flagsNotPlotted') : '',
      m?.omittedNonPositive ? loc.term('logOmitted', loc.number(m.omittedNonPositive)) : '',
    ].filter(Boolean);
    return html`
      <figcaption>
        <span part="title" lang=${title.lang}>${title.text}</span>
        <span part="subtitle"><span lang=${unit.lang}>${unit.text}</span>${unit.text ? ', ' : ''}${years}</span>
      </figcaption>
      <div
        part="plot"
        class="plot"
        tabindex="0"
        role="group"
        aria-label=${loc.term('trendChartLabel', title.text, m ? loc.year(m.years[0]) : '', m ? loc.year(m.years[1]) : '')}
        aria-describedby="summary hint"
        @keydown=${this.onKey}
        @pointermove=${this.onPointer}
        @pointerleave=${this.onLeave}
        @click=${this.onClick}
        @blur=${this.onLeave}
      >
        ${m ? this.renderSvg(m, v) : nothing} ${m ? this.renderTooltip(m, v) : nothing}
      </div>
      <p class="visually-hidden" id="hint">${loc.term('chartKeyboardHint')}</p>
      <p part="summary" id="summary" class="visually-hidden">
        ${m ? this.cached('summary', () => this.summary(m, v)) : ''}
      </p>
      ${isUserChartData(v) ? renderUserDataProblems(v.own, loc) : nothing}
      ${m ? this.cached('table', () => this.renderTable(m, v)) : nothing} ${this.renderSource(v.catalog.source, notes)}
      <span class="sdg-actions">${this.renderExportMenu()}</span>
    `;
  }

  /** @internal */
  private renderSvg(m: TrendModel, v: ChartData) {
    const loc = this.localize;
    const { left, right, top, bottom } = m.plot;
    const activeX = this.activeYear !== null ? m.x.scale(this.activeYear) : null;
    const targetText = m.target ? loc.term('target2030', loc.value(m.target.value, { unit: v.entry.unit })) : '';
    return html`<svg
      part="svg"
      width=${m.width}
      height=${m.height}
      viewBox="0 0 ${m.width} ${m.height}"
      aria-hidden="true"
    >
      ${this.cached(
        'axes',
        () => svg`<g class="grid">
        ${m.y.ticks.map(
          (
            t,
          ) => svg`<line x1=${left} x2=${m.axis.gridRight} y1=${t.pos} y2=${t.pos} class=${t.value === 0 ? 'zero' : ''}></line>
            <text class="tick" x=${m.axis.x} y=${t.pos} dy="0.32em" text-anchor="end">${loc.number(t.value, { decimals: t.decimals ?? m.y.decimals })}</text>`,
        )}
      </g>
      <g class="x-axis">
        ${m.x.ticks.map(
          (t) => svg`<line x1=${t.pos} x2=${t.pos} y1=${bottom} y2=${bottom + 4}></line>
            <text class="tick" x=${t.pos} y=${bottom + 16} text-anchor="middle">${loc.year(t.value)}</text>`,
        )}
      </g>
      ${
        m.target
          ? svg`<g part="target" class="target"><line x1=${left} x2=${right} y1=${m.target.y} y2=${m.target.y}></line>
            <text x=${left + 4} y=${m.target.y - 4}>${targetText}</text></g>`
          : nothing
      }`,
      )}
      ${activeX !== null ? svg`<line class="crosshair" x1=${activeX} x2=${activeX} y1=${top} y2=${bottom}></line>` : nothing}
      ${this.cached(`series ${this.activeCode}`, () =>
        [...m.series].sort((a, b) => Number(a.highlighted) - Number(b.highlighted)).map((s) => this.renderSeries(s, m)),
      )}
      ${
        this.activeYear === null
          ? nothing
          : m.series.map((s) => {
              const p = s.points.get(this.activeYear!);
              return p && p.y !== null
                ? svg`<circle class=${`marker s${s.color}${p.estimate ? ' est' : ''}${s.dimmed ? ' dim' : ''}`} cx=${p.x} cy=${p.y} r="4.5"></circle>`
                : nothing;
            })
      }
    </svg>`;
  }

  /** @internal */
  private renderSeries(s: TrendSeries, m: TrendModel) {
    const cls = classMap({
      series: true,
      [`s${s.color}`]: true,
      hl: s.highlighted,
      dim: s.dimmed,
      focus: this.activeCode === s.code,
    });
    const label = s.label;
    return svg`<g class=${cls} data-code=${s.code}>
      ${s.lines.map((l) => svg`<path part="line" class=${l.estimate ? 'line est' : 'line'} d=${l.d}></path>`)}
      ${s.dots.map((d) => svg`<circle class=${d.estimate ? 'dot est' : 'dot'} cx=${d.x} cy=${d.y} r="3" data-year=${d.year}></circle>`)}
      ${
        label
          ? svg`${
              Math.abs(label.y - label.anchorY) > 2
                ? svg`<path class="leader" d="M${m.plot.right + 2},${label.anchorY}L${label.x - 2},${label.y}"></path>`
                : nothing
            }
          <text part="label" class="label" x=${label.x} y=${label.y} dy="0.32em">${label.text}</text>`
          : nothing
      }
    </g>`;
  }

  /** @internal */
  private renderTooltip(m: TrendModel, v: ChartData) {
    if (this.activeYear === null) return nothing;
    const loc = this.localize;
    const year = this.activeYear;
    const rows = m.series
      .map((s) => ({ s, p: s.points.get(year) }))
      .sort((a, b) => (b.p?.numeric ?? -Infinity) - (a.p?.numeric ?? -Infinity));
    return html`<div part="tooltip" class="tooltip" aria-hidden="true">
      <strong>${loc.year(year)}</strong>
      <table>
        ${rows.map(
          ({ s, p }) =>
            html`<tr class=${classMap({ [`s${s.color}`]: true, focus: this.activeCode === s.code })}>
              <td><span class="swatch"></span>${s.name}</td>
              <td class="num">
                ${p ? loc.value(p.value, { decimals: this.decimals, unit: v.entry.unit }) : loc.term('noData')}
              </td>
              <td class="mark">${p?.estimate ? loc.term(p.nature === 'M' ? 'modelled' : 'estimated') : ''}</td>
            </tr>`,
        )}
      </table>
    </div>`;
  }

  /**
   * The data table's values as published (a number, or a flag such as `<2.5` as text), one row per line and year,
   * in the table's order; years without a value are left out, as the table shows them as missing.
   */
  override exportRows(): ExportRow[] {
    const m = this.model;
    const v = this.loader.value as ChartData | undefined;
    if (!m || !v) return [];
    const rows: ExportRow[] = [];
    for (let y = m.years[0]; y <= m.years[1]; y++) {
      for (const s of m.series) {
        const p = s.points.get(y);
        if (p)
          rows.push({
            code: s.code,
            name: s.name,
            year: y,
            value: p.value,
            unit: v.entry.unit || null,
            nature: p.nature ?? null,
            series: v.entry.series,
          });
      }
    }
    return rows;
  }

  /** @internal */
  private renderTable(m: TrendModel, v: ChartData) {
    const loc = this.localize;
    const years: number[] = [];
    for (let y = m.years[0]; y <= m.years[1]; y++) if (m.series.some((s) => s.points.has(y))) years.push(y);
    return html`<details part="table">
      <summary>${loc.term('table')}</summary>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${loc.term('year')}</th>
              ${m.series.map((s) => html`<th scope="col">${s.name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${years.map(
              (y) =>
                html`<tr>
                  <th scope="row">${loc.year(y)}</th>
                  ${m.series.map((s) => {
                    const p = s.points.get(y);
                    return html`<td>
                      ${p ? loc.value(p.value, { decimals: this.decimals, unit: v.entry.unit }) : '–'}${
                        p?.estimate
                          ? html` <span
                                aria-hidden="true"
                                title=${loc.term(p.nature === 'M' ? 'modelled' : 'estimated')}
                                >*</span
                              ><span class="visually-hidden"
                                >(${loc.term(p.nature === 'M' ? 'modelled' : 'estimated')})</span
                              >`
                          : nothing
                      }
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  /** @internal A sentence per line: first and last plotted values. */
  private summary(m: TrendModel, v: ChartData): string {
    const loc = this.localize;
    const fmt = (x: number | string) => loc.value(x, { decimals: this.decimals, unit: v.entry.unit });
    return m.series
      .map((s) => {
        const pts = [...s.points.values()].filter((p) => p.numeric !== null).sort((a, b) => a.year - b.year);
        if (!pts.length) return `${loc.term('summaryNoData', s.name)}`;
        const [a, b] = [pts[0], pts[pts.length - 1]];
        return a === b
          ? loc.term('trendSeriesSingle', s.name, fmt(a.value), loc.year(a.year))
          : loc.term('trendSeriesSummary', s.name, fmt(a.value), loc.year(a.year), fmt(b.value), loc.year(b.year));
      })
      .join(' ');
  }

  /**
   * @internal What a screen reader hears when the crosshair moves: the focused line as "Kazakhstan, 10.2 per 1,000
   * live births, 2020", or, with no line focused, the year and every line's value.
   */
  private announcement(m: TrendModel, v: ChartData): string {
    if (this.activeYear === null) return '';
    const loc = this.localize;
    const year = this.activeYear;
    const unit = v.entry.unit === 'PERCENT' ? undefined : loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]).text;
    const item = (s: TrendSeries, withYear: boolean) => {
      const p = s.points.get(year);
      return pointText(loc, {
        name: s.name,
        value: p ? loc.value(p.value, { decimals: this.decimals, unit: v.entry.unit }) : loc.term('noData'),
        unit: p ? unit : undefined,
        year: withYear ? year : null,
        marks: p?.estimate ? [loc.term(p.nature === 'M' ? 'modelled' : 'estimated')] : [],
      });
    };
    const focused = this.activeCode ? m.series.find((s) => s.code === this.activeCode) : undefined;
    if (focused) return item(focused, true);
    return `${loc.year(year)}: ${m.series.map((s) => item(s, false)).join('; ')}`;
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
    const py = e.clientY - box.top;
    let best: TrendSeries | null = null;
    let dist = 24;
    for (const s of m.series) {
      const p = s.points.get(this.activeYear);
      if (p?.y != null && Math.abs(p.y - py) < dist) [best, dist] = [s, Math.abs(p.y - py)];
    }
    if (best) this.select(best.code);
  };

  /** @internal */
  private onKey = (e: KeyboardEvent) => {
    const m = this.model;
    if (!m || !m.stops.length) return;
    const stops = m.stops;
    const i = this.activeYear === null ? -1 : stops.indexOf(this.activeYear);
    const withValue = m.series.filter(
      (s) => this.activeYear !== null && s.points.get(this.activeYear)?.numeric != null,
    );
    const j = withValue.findIndex((s) => s.code === this.activeCode);
    switch (e.key) {
      case 'ArrowRight':
        this.activeYear = stops[Math.min(stops.length - 1, i < 0 ? stops.length - 1 : i + 1)];
        break;
      case 'ArrowLeft':
        this.activeYear = stops[Math.max(0, i < 0 ? stops.length - 1 : i - 1)];
        break;
      case 'Home':
        this.activeYear = stops[0];
        break;
      case 'End':
        this.activeYear = stops[stops.length - 1];
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.activeYear === null) this.activeYear = stops[stops.length - 1];
        const list = m.series.filter((s) => s.points.get(this.activeYear!)?.numeric != null);
        const sorted = list.sort(
          (a, b) => (a.points.get(this.activeYear!)!.y ?? 0) - (b.points.get(this.activeYear!)!.y ?? 0),
        );
        const k = sorted.findIndex((s) => s.code === this.activeCode);
        const next = e.key === 'ArrowDown' ? k + 1 : k < 0 ? sorted.length - 1 : k - 1;
        this.activeCode = sorted[(next + sorted.length) % sorted.length]?.code ?? null;
        break;
      }
      case 'Enter':
      case ' ':
        if (this.activeCode) this.select(this.activeCode);
        else if (withValue[j]) this.select(withValue[j].code);
        break;
      case 'Escape':
        this.activeYear = null;
        this.activeCode = null;
        if (this.selected) this.select(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /** @internal */
  private select(code: string | null) {
    const v = this.loader.value as ChartData | undefined;
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
