import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { barModel, latestYear, yearsWithData, type Bar, type BarModel } from '../../core/charts/bar-model.js';
import { codeList, displayDecimals } from '../../core/charts/data.js';
import type { PublishedValue } from '../../core/data/types.js';
import { colorIndex } from '../../core/charts/palette.js';
import { matchArea } from '../../core/data/user-data.js';
import { emit } from '../../events/events.js';
import { textLanguage } from '../../core/data/load.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import { styleProps } from '../../internal/style-props.js';
import type { ExportRow } from '../../internal/export.js';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.js';
import {
  chartAreaName,
  isUserChartData,
  renderUserDataProblems,
  userDataStyles,
} from '../../controllers/user-data-view.js';
import { loadChart, type ChartLoad } from '../../controllers/chart-data.js';
import { LiveRegion, pointText } from '../../internal/live-region.js';
import { measureText, seriesStyles } from '../sdg-trend-chart/series.styles.js';
import { chartFrameStyles } from '../../styles/chart.js';
import { barChartStyles } from './sdg-bar-chart.styles.js';
import { SIX_COUNTRIES } from '../../core/data/attributes.js';
import { yearAttribute } from '../../internal/attributes.js';

type Loaded = ChartLoad;

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

  /** @internal */ @state() private width = 0;
  /** @internal */ @state() private active: string | null = null;
  /** @internal */ @state() private selected: string | null = null;
  /** @internal */ private model: BarModel | null = null;
  /** @internal */ private modelKey: unknown[] = [];
  /** @internal */ private renderDue = false;
  /** @internal the polite region that speaks the focused bar */ private readonly live = new LiveRegion(this);
  /** @internal decimals the values are printed with (see `displayDecimals`) */ private decimals = 0;

  /** @internal */
  private readonly resize = new ResizeController(this, {
    callback: (entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w && Math.abs(w - this.width) >= 1) requestAnimationFrame(() => (this.width = w));
      return w;
    },
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

  /** @internal */
  private areaCodes(): string[] {
    // The user's data rank their own areas unless `countries` names others.
    const v = this.loader.value;
    if (isUserChartData(v) && this.countries === DEFAULT_COUNTRIES)
      return [...v.selection.areas, ...codeList(this.aggregates)];
    return [...codeList(this.countries), ...codeList(this.aggregates)];
  }

  /** @internal */
  private fmt(v: Loaded, value: PublishedValue): string {
    // At least the value's own decimals (never rounded away); padded to the series' usual precision up to 2.
    return this.localize.value(value, { decimals: this.decimals, unit: v.entry.unit });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('indicator') || changed.has('series')) [this.active, this.selected] = [null, null];
    const v = this.loader.value as Loaded | undefined;
    if (!v || !this.width || this.loader.status !== TaskStatus.COMPLETE) {
      this.model = null;
      return;
    }
    const loc = this.localize;
    const cs = getComputedStyle(this);
    const codes = this.areaCodes();
    const year = this.year ?? latestYear(v.rows, codes);
    const key = [
      v,
      this.width,
      this.countries,
      this.aggregates,
      year,
      this.yearTolerance,
      this.target,
      this.highlight,
      this.selected,
      loc.lang(),
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
    const px = parseFloat(cs.fontSize) || 14;
    const font = `${px}px ${cs.fontFamily}`;
    this.decimals = displayDecimals(v.rows, codes);
    this.model = barModel({
      rows: v.rows,
      areas: codes.map((code) => ({ code, name: chartAreaName(v, code, loc) })),
      year,
      tolerance: this.yearTolerance,
      width: this.width,
      rowHeight: Math.ceil(px * 2.1),
      measure: (t) => measureText(t, font),
      valueText: (value) => this.fmt(v, value),
      target: this.target ?? v.shippedTarget,
      highlight: codeList(`${this.highlight} ${this.selected ?? ''}`),
      dir: loc.dir(),
    });
    // The user's subdivisions take their country's colour: a palette cycling over twenty regions would repeat colours.
    if (isUserChartData(v)) {
      for (const b of this.model.bars) {
        const country = matchArea(b.code)?.country;
        if (country && country !== b.code) b.color = colorIndex(country, 0);
      }
    }
    this.renderDue = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement?.classList.contains('plot');
    const bar = this.model?.bars.find((b) => b.code === this.active);
    // A new active bar, or the same bar in another year (arrows left/right), is spoken once the model is rebuilt.
    if (focused && bar && ((changed as Map<PropertyKey, unknown>).has('active') || this.renderDue))
      this.live.announce(this.describe(bar, this.loader.value as Loaded));
    if (this.renderDue && this.model) {
      this.renderDue = false;
      const v = this.loader.value as Loaded;
      emit(this, 'sdg-render', { indicator: v.indicator?.code, series: v.entry.series, year: this.model.year });
    }
  }

  override render() {
    return html`<figure part="base" dir=${this.localize.dir()}>
      ${this.loader.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (e) => this.renderError(e, () => this.loader.run()),
        complete: (v) => this.renderChart(v),
      })}
    </figure>`;
  }

  /** @internal */
  private renderChart(v: Loaded) {
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
        ${m ? this.renderSvg(m, v) : nothing} ${m ? this.renderTooltip(m, v) : nothing}
      </div>
      <p class="visually-hidden" id="hint">${loc.term('chartKeyboardHint')}</p>
      <p part="summary" id="summary" class="visually-hidden">${m ? this.summary(m, v) : ''}</p>
      ${isUserChartData(v) ? renderUserDataProblems(v.own, loc) : nothing} ${m ? this.renderTable(m, v) : nothing}
      ${this.renderSource(v.catalog.source, notes)}
      <span class="sdg-actions">${this.renderExportMenu()}</span>
    `;
  }

  /** @internal */
  private renderSvg(m: BarModel, v: Loaded) {
    const loc = this.localize;
    const rtl = loc.dir() === 'rtl';
    const rowH = m.bars.length ? m.height / m.bars.length : 0;
    const barH = Math.round(rowH * 0.64);
    const axisY = m.height + 4;
    const top = m.target ? 22 : 4;
    return html`<svg
      part="svg"
      width=${m.width}
      height=${m.height + 24 + top}
      viewBox="0 ${-top} ${m.width} ${m.height + 24 + top}"
      aria-hidden="true"
    >
      <defs>
        ${[...new Set(m.bars.filter((b) => b.estimate).map((b) => b.color))].map(
          (
            c,
          ) => svg`<pattern id="hatch-${c}" class="s${c}" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="4" height="4"></rect><line class="hatch-line" x1="1" y1="0" x2="1" y2="4"></line>
          </pattern>`,
        )}
      </defs>
      <g class="grid">
        ${m.ticks.map(
          (t) => svg`<line x1=${t.x} x2=${t.x} y1="0" y2=${m.height} class=${t.value === 0 ? 'zero' : ''}></line>
            <text class="tick" x=${t.x} y=${axisY + 12} text-anchor="middle">${loc.number(t.value, { decimals: m.decimals })}</text>`,
        )}
      </g>
      ${repeat(
        m.bars,
        (b) => b.code,
        (
          b,
        ) => svg`<g class=${classMap({ row: true, [`s${b.color}`]: true, hl: b.highlighted, dim: b.dimmed, active: this.active === b.code })}
            ${styleProps({ transform: `translateY(${b.y}px)`, color: 'var(--_c)' })} data-code=${b.code} data-kind=${b.kind}
            @pointerenter=${() => (this.active = b.code)} @pointerleave=${() => (this.active = null)}
            @click=${() => this.select(b.code)}>
          <rect class="hit" x="0" y="0" width=${m.width} height=${rowH}></rect>
          <text part="name" class="name" x=${m.nameX} y=${rowH / 2} dy="0.32em" text-anchor=${rtl ? 'start' : 'end'}>${b.label}</text>
          <rect part="bar" class=${b.estimate ? 'bar est' : 'bar'} ${styleProps({ x: `${b.x}px`, width: `${b.w}px`, fill: b.estimate ? `url(#hatch-${b.color})` : null })} y=${(rowH - barH) / 2} height=${barH} rx="1.5"></rect>
          <text part="value" class=${`value k-${b.kind}`} ${styleProps({ transform: `translateX(${b.labelX}px)` })} y=${rowH / 2} dy="0.32em" text-anchor=${b.labelAnchor}>
            ${b.value === null ? loc.term('noData') : this.fmt(v, b.value)}${b.nearest ? svg`<tspan class="yr"> (${loc.year(b.year!)})</tspan>` : nothing}
          </text>
        </g>`,
      )}
      ${
        m.target
          ? svg`<g part="target" class="target"><line x1=${m.target.x} x2=${m.target.x} y1="-4" y2=${m.height}></line>
            <text x=${m.target.x} y="-8" text-anchor=${m.target.x > m.width * 0.75 ? 'end' : m.target.x < m.width * 0.25 ? 'start' : 'middle'}>${loc.term('target2030', loc.value(m.target.value, { unit: v.entry.unit }))}</text></g>`
          : nothing
      }
    </svg>`;
  }

  /** @internal */
  private renderTooltip(m: BarModel, v: Loaded) {
    const b = m.bars.find((x) => x.code === this.active);
    if (!b) return nothing;
    const loc = this.localize;
    const rowH = m.height / m.bars.length;
    const meta = [
      b.year !== null ? (b.nearest ? loc.term('valueFromYear', loc.year(b.year)) : loc.year(b.year)) : '',
      b.estimate ? loc.term(b.nature === 'M' ? 'modelled' : 'estimated') : '',
      b.kind === 'flag' ? loc.term('publishedAsRange') : '',
    ].filter(Boolean);
    const rtl = loc.dir() === 'rtl';
    const place = {
      top: `${b.y + rowH + (m.target ? 22 : 4)}px`,
      left: rtl ? `${Math.max(0, m.plot.left)}px` : null,
      right: rtl ? null : `${Math.max(0, m.width - m.plot.right)}px`,
    };
    return html`<div part="tooltip" class="tooltip" ${styleProps(place)} aria-hidden="true">
      <strong>${b.name}</strong> ${b.value === null ? loc.term('noData') : this.fmt(v, b.value)}
      <span class="meta">${meta.join(' · ')}</span>
    </div>`;
  }

  /**
   * The rows of the data table with values as published (a number, or a flag such as `<2.5` as text), not as
   * formatted for display; the year is that of the value (earlier than asked when `nearest`).
   */
  override exportRows(): ExportRow[] {
    const m = this.model;
    const v = this.loader.value as Loaded | undefined;
    if (!m || !v) return [];
    return m.bars.map((b) => ({
      code: b.code,
      name: b.name,
      value: b.value,
      unit: v.entry.unit || null,
      year: b.year,
      nature: b.value === null ? null : (b.nature ?? null),
      series: v.entry.series,
    }));
  }

  /** @internal */
  private renderTable(m: BarModel, v: Loaded) {
    const loc = this.localize;
    return html`<details part="table">
      <summary>${loc.term('table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${loc.term('country')}</th>
            <th scope="col">${loc.term('value')}</th>
            <th scope="col">${loc.term('year')}</th>
          </tr>
        </thead>
        <tbody>
          ${m.bars.map(
            (b) =>
              html`<tr>
                <td class="num">${b.value === null ? '' : loc.number(b.rank + 1)}</td>
                <th scope="row">${b.name}</th>
                <td class="num">
                  ${b.value === null ? loc.term('noData') : this.fmt(v, b.value)}${
                    b.estimate
                      ? html` <span aria-hidden="true" title=${loc.term(b.nature === 'M' ? 'modelled' : 'estimated')}
                            >*</span
                          ><span class="visually-hidden"
                            >(${loc.term(b.nature === 'M' ? 'modelled' : 'estimated')})</span
                          >`
                      : nothing
                  }
                </td>
                <td class="num">${b.year !== null ? loc.year(b.year) : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  /** @internal "Kazakhstan, 10.2 per 1,000 live births, 2020" (rank first, marks last), for the live region. */
  private describe(b: Bar, v: Loaded): string {
    const loc = this.localize;
    const unit = v.entry.unit === 'PERCENT' ? undefined : loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]).text;
    if (b.value === null) return pointText(loc, { name: b.name, value: loc.term('noData'), year: this.model?.year });
    return pointText(loc, {
      name: `${loc.number(b.rank + 1)}. ${b.name}`,
      value: this.fmt(v, b.value),
      unit,
      year: b.year,
      marks: [
        b.nearest ? loc.term('valueFromYear', loc.year(b.year!)) : '',
        b.estimate ? loc.term(b.nature === 'M' ? 'modelled' : 'estimated') : '',
      ].filter(Boolean),
    });
  }

  /** @internal */
  private summary(m: BarModel, v: Loaded): string {
    const loc = this.localize;
    const shown = m.bars.filter((b) => b.value !== null);
    const missing = m.bars.filter((b) => b.value === null);
    const order = shown
      .map((b) => `${b.name} ${this.fmt(v, b.value!)}${b.nearest ? ` (${loc.year(b.year!)})` : ''}`)
      .join(', ');
    return [
      shown.length ? loc.term('rankSummary', loc.year(m.year), order) : '',
      missing.length ? loc.term('summaryNoData', missing.map((b) => b.name).join(', ')) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** @internal */
  private onKey = (e: KeyboardEvent) => {
    const m = this.model;
    const v = this.loader.value as Loaded | undefined;
    if (!m || !v || !m.bars.length) return;
    const i = m.bars.findIndex((b) => b.code === this.active);
    switch (e.key) {
      case 'ArrowDown':
        this.active = m.bars[Math.min(m.bars.length - 1, i + 1)].code;
        break;
      case 'ArrowUp':
        this.active = m.bars[Math.max(0, i < 0 ? 0 : i - 1)].code;
        break;
      case 'Home':
        this.active = m.bars[0].code;
        break;
      case 'End':
        this.active = m.bars[m.bars.length - 1].code;
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        // Time runs left to right in every writing direction (src/i18n/direction.ts).
        const years = yearsWithData(v.rows, this.areaCodes());
        const k = years.indexOf(m.year);
        const next =
          e.key === 'ArrowRight' ? years.find((y) => y > m.year) : [...years].reverse().find((y) => y < m.year);
        if (next === undefined && k >= 0) break;
        if (next !== undefined) {
          this.year = next;
          emit(this, 'sdg-year-change', { year: next });
        }
        break;
      }
      case 'Enter':
      case ' ':
        if (this.active) this.select(this.active);
        break;
      case 'Escape':
        this.active = null;
        if (this.selected) this.select(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  /** @internal */
  private select(code: string | null) {
    const v = this.loader.value as Loaded | undefined;
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
