import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchShared } from '../../core/data/fetch-cache.js';
import { loadCatalog, loadSeries } from '../../core/data/load.js';
import { decodeSeries, matchesSlice, resolveSeries, sliceFor, valuesForYear } from '../../core/data/select.js';
import type { Catalog, IndicatorEntry, Observation, SeriesEntry } from '../../core/data/types.js';
import { areaName, hasAreaName } from '../../core/format/area-name.js';
import { formatNumber, formatValue, formatYear } from '../../core/format/number.js';
import { isTopology, regionFeatures, type RegionFeatures } from '../../core/geometry/features.js';
import { mapGeometry, type MapGeometry } from '../../core/geometry/layout.js';
import { buildMapModel, type MapModel, type MapShape } from '../../core/geometry/map-model.js';
import { nearestInDirection, readingOrder, type Direction } from '../../core/geometry/nearest.js';
import { ringsHitBox } from '../../core/geometry/overlap.js';
import { emit } from '../../events/events.js';
import { SdgDataError } from '../../internal/errors.js';
import { SdgElement } from '../../internal/sdg-element.js';
import { mapStyles } from './sdg-map.styles.js';
import { fillOf, legendTemplate, outline, patternDefs, tableTemplate, tooltipTemplate, type TemplateTerms } from './sdg-map.templates.js';

/** The six countries the library is about, in the order the table lists them. */
export const FOCUS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const TOPOLOGY = 'geo/countries.topo.json';
const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface MapData {
  catalog: Catalog;
  entry: SeriesEntry;
  indicator?: IndicatorEntry;
  rows: Observation[];
  features: RegionFeatures;
}

/** `sex=FEMALE location=URBAN` (or JSON) → `{sex: 'FEMALE', location: 'URBAN'}`. */
function parseSlice(value: string | null): Record<string, string> {
  if (!value) return {};
  if (value.trim().startsWith('{')) {
    try {
      return JSON.parse(value);
    } catch {
      return {};
    }
  }
  return Object.fromEntries(value.split(/[\s,;]+/).filter((p) => p.includes('=')).map((p) => p.split('=', 2) as [string, string]));
}

/**
 * A choropleth of Central Asia and Afghanistan coloured by one SDG indicator in one year, from the shipped data.
 *
 * @summary Map of the six countries coloured by an SDG indicator, with legend, tooltip, keyboard access and a table.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The indicator title and year above the map.
 * @csspart svg - The map drawing.
 * @csspart country - Each of the six countries' shapes (also `no-data`, `range`, `selected` when they apply).
 * @csspart legend - The colour legend with the no-data and range entries.
 * @csspart tooltip - The box shown on hover, focus and tap.
 * @csspart source - The source line and notes under the map.
 * @csspart table - The data table (visually hidden until shown).
 * @csspart error - The error message with its Retry button.
 * @csspart loading - The loading message.
 *
 * @cssproperty --sdg-map-land - Fill of neighbouring countries.
 * @cssproperty --sdg-map-land-text - Colour of neighbours' names.
 * @cssproperty --sdg-map-water - Fill of seas and lakes.
 * @cssproperty --sdg-map-water-text - Colour of water names.
 * @cssproperty --sdg-map-stroke - Colour of borders.
 * @cssproperty --sdg-map-no-data - Colour of the no-data hatching.
 * @cssproperty --sdg-map-hover-stroke - Outline of the hovered or selected country.
 * @cssproperty --sdg-map-label-size - Font size of names on the map.
 * @cssproperty --sdg-color-text - Theme: text colour (also `--sdg-color-surface`, `--sdg-color-focus`, …).
 * @cssproperty --sdg-font-family - Theme: font family.
 *
 * @fires sdg-select - A country was selected (click, Enter, Space) or the selection cleared (Escape); detail `{code, name, value, year}`.
 * @fires sdg-render - The map finished drawing new data (first draw, year, indicator, size or option change).
 * @fires sdg-error - Data failed to load or parse, or the indicator is unknown; detail `{kind, message, url?}`.
 */
export class SdgMap extends SdgElement {
  static override styles = [...SdgElement.styles, mapStyles];

  /** SDG indicator code (`3.2.1`); its headline series is shown unless `series` is set. */
  @property() indicator = '';
  /** SDG series code (`SH_DYN_MORT`); overrides the indicator's headline series. */
  @property() series = '';
  /** The year to show; defaults to the series' latest year. */
  @property({ type: Number }) year: number | undefined;
  /** How many years back a missing value may be taken from (shown with its year). */
  @property({ type: Number, attribute: 'year-tolerance' }) yearTolerance = 3;
  /** 0 for a continuous colour ramp; 2 or more for that many equal-width classes. */
  @property({ type: Number }) bins = 0;
  /** A d3-scale-chromatic sequential scheme (`Blues`, `YlOrRd`, `viridis`…); higher values are always darker. */
  @property() scheme = '';
  /** Projection preset: `central-asia` (conic equal-area fitted to the six countries), `mercator`, `equal-earth`, `equirectangular`. */
  @property() projection = 'central-asia';
  /** Disaggregation slice, e.g. `sex=FEMALE` (attribute) or `{sex: 'FEMALE'}` (property); defaults to totals. */
  @property({ converter: { fromAttribute: parseSlice } }) slice: Record<string, string> = {};
  /** ISO alpha-3 code of the selected country. */
  @property({ reflect: true }) selected: string | null = null;
  /** Shows the data table under the map (otherwise it is only read by screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** @internal */ @state() private hovered: { id: string; x: number; y: number } | null = null;
  /** @internal */ @state() private active: string | null = null;
  /** @internal */ @state() private focusVisible = false;

  /** The render model of the last completed draw (read-only; for tests, export and custom renderers). */
  model: MapModel | null = null;

  /** @internal */
  private size = new ResizeController(this, { target: null, callback: (e) => Math.floor(e[0]?.contentRect.width ?? 0) });
  /** @internal */
  private geometry: { key: unknown[]; value: MapGeometry } | null = null;
  /** @internal */
  private modelKey: unknown[] = [];
  /** @internal */
  private rendered: MapModel | null = null;
  /** @internal the legend would cover one of the six countries in the map's corner: it goes under the map. */
  private legendBelow = false;

  /** @internal */
  private data = new Task(this, {
    task: async ([indicator, series], { signal }): Promise<MapData> => {
      const catalog = await loadCatalog(this.resolve, signal);
      const r = resolveSeries(catalog, indicator, series);
      if (!r.ok) throw new SdgDataError('unknown-indicator', { code: r.code });
      const topoUrl = this.resolve(TOPOLOGY);
      const [file, topology] = await Promise.all([loadSeries(this.resolve, r.series, signal), fetchShared(topoUrl, { signal })]);
      if (!file || !Array.isArray(file.area)) throw new SdgDataError('parse', { url: this.resolve(r.series.file) });
      if (!isTopology(topology)) throw new SdgDataError('parse', { url: topoUrl });
      return { catalog, entry: r.series, indicator: r.indicator, rows: decodeSeries(file), features: regionFeatures(topology) };
    },
    args: () => [this.indicator, this.series, this.dataBase] as const,
    onError: (e) => this.failure(e),
  });

  /** The year shown: `year`, or the series' latest. */
  get shownYear(): number | null {
    return Number.isFinite(this.year) ? this.year! : (this.data.value?.entry.years?.[1] ?? null);
  }

  /** @internal */
  private get terms(): TemplateTerms {
    const t = this.localize;
    return {
      noData: t.term('noData'),
      publishedAsRange: t.term('publishedAsRange'),
      legend: t.term('legend'),
      country: t.term('country'),
      value: t.term('value'),
      year: t.term('year'),
      estimated: t.term('estimated'),
      modelled: t.term('modelled'),
      valueFromYear: (y) => t.term('valueFromYear', y),
    };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const data = this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
    const year = this.shownYear;
    if (!data || year === null) return;
    const lang = this.localize.lang();
    // Before the first resize notification, measure once; 640 only when the element is not laid out (hidden).
    const width = this.size.value || Math.floor(this.getBoundingClientRect().width) || 640;
    const gKey = [data.features, width, this.projection];
    if (!this.geometry || gKey.some((k, i) => k !== this.geometry!.key[i])) {
      this.geometry = { key: gKey, value: mapGeometry(data.features, FOCUS, { width, projection: this.projection }) };
    }
    const sliceKey = JSON.stringify(this.slice ?? {});
    const key = [this.geometry.value, data, year, this.yearTolerance, this.bins, this.scheme, sliceKey, lang];
    if (this.model && key.every((k, i) => k === this.modelKey[i])) return;
    this.modelKey = key;
    const { entry } = data;
    const slice = sliceFor(entry, this.slice ?? {});
    const rows = data.rows.filter((r) => matchesSlice(r, slice));
    const t = this.localize;
    // The series' own unit wording (English) is more precise than the unit table's ("% of seats" vs "%").
    const english = lang.toLowerCase().split('-')[0] === 'en';
    const unitWords = (english && (entry as { unitText?: string }).unitText) || t.text(data.catalog.units[entry.unit]).text || '';
    const percent = entry.unit === 'PERCENT';
    this.model = buildMapModel({
      geometry: this.geometry.value,
      values: valuesForYear(rows, year, this.yearTolerance),
      year,
      bins: this.bins,
      scheme: this.scheme,
      better: entry.better,
      lang,
      labelSize: width <= 480 ? 11 : 12,
      text: {
        // Shipped CLDR names where the library has them (the six and the main neighbours), else the map's English.
        name: (code, fallback) => (hasAreaName(code) ? areaName(code, lang) : { text: fallback || code, lang: 'en' }),
        value: (v) => formatValue(v, lang, { decimals: entry.decimals, unit: entry.unit }),
        number: (v, decimals) => formatNumber(v, lang, { decimals }),
        year: (y) => formatYear(y, lang),
        unit: percent ? '' : unitWords,
        legendUnit: unitWords,
        noData: t.term('noData'),
        estimated: t.term('estimated'),
        modelled: t.term('modelled'),
        publishedAsRange: t.term('publishedAsRange'),
        valueFromYear: (y) => t.term('valueFromYear', y),
        nearestYear: (y, shown) => t.term('nearestYear', y, shown),
        summaryExtremes: (...a) => t.term('summaryExtremes', ...a),
        summaryNoData: (n) => t.term('summaryNoData', n),
      },
    });
    // The legend's box in the bottom-left corner (its CSS size: 14rem ramp + padding; a second row for swatches).
    const legendHeight = this.model.legend.noData || this.model.legend.range ? 100 : 78;
    const box: [number, number, number, number] = [0, this.model.height - legendHeight, 250, this.model.height];
    this.legendBelow = this.geometry.value.focus.some((g) => ringsHitBox(g.rings, box));
  }

  protected override updated(): void {
    if (this.model && this.model !== this.rendered && this.data.status === TaskStatus.COMPLETE) {
      this.rendered = this.model;
      const d = this.data.value!;
      emit(this, 'sdg-render', { indicator: d.indicator?.code, series: d.entry.series, year: this.model.year });
    }
  }

  protected override firstUpdated(): void {
    // A zero-height sizer changes size only with the width: observing the host itself would notify again
    // whenever the map's new height changes the host's, a ResizeObserver loop.
    this.size.observe(this.renderRoot.querySelector('.sizer')!);
  }

  override render() {
    return html`<div class="sizer"></div>${this.renderState()}`;
  }

  /** @internal */
  private renderState() {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => (this.model ? this.renderMap(this.model) : this.renderLoading()),
      error: (e) => this.renderError(e, () => this.data.run()),
      complete: () => (this.model ? this.renderMap(this.model) : nothing),
    });
  }

  /** @internal */
  private renderMap(m: MapModel) {
    const d = this.data.value!;
    const terms = this.terms;
    const title = this.localize.text(d.indicator?.title ?? d.entry.title);
    const yearText = formatYear(m.year, this.localize.lang());
    const focus = m.layers.focus;
    const current = this.active ?? this.selected ?? readingOrder(this.points(m), 20)[0];
    const byId = (id: string | null | undefined) => focus.find((s) => s.id === id);
    const tipShape = this.hovered ? byId(this.hovered.id) : undefined;
    const notes = [...m.notes];
    return html`<div part="base" class=${[m.width <= 480 && 'narrow', this.legendBelow && 'legend-below'].filter(Boolean).join(' ')} dir="ltr">
      ${patternDefs()}
      <div part="title" id="title" lang=${title.lang === 'en' && this.localize.lang() !== 'en' ? 'en' : nothing}>
        ${title.text} <span class="year">${yearText}</span>
      </div>
      <div class="frame">
        <svg
          part="svg"
          role="graphics-document document"
          aria-roledescription="map"
          aria-label=${this.localize.term('mapLabel', title.text, yearText)}
          aria-describedby="desc"
          viewBox="0 0 ${m.width} ${m.height}"
          width=${m.width}
          height=${m.height}
          @keydown=${this.onKeydown}
          @pointerleave=${() => (this.hovered = null)}
          @focusout=${this.onFocusOut}
        >
          <desc id="desc">${m.description}</desc>
          <rect class="sea" width=${m.width} height=${m.height} aria-hidden="true"></rect>
          <g class="context" aria-hidden="true">${m.layers.context.map((s) => svg`<path d=${s.d}></path>`)}</g>
          <g class="focus">
            ${focus.map(
              (s) => svg`<path
                part="country ${s.pattern ?? ''} ${s.id === this.selected ? 'selected' : ''}"
                data-id=${s.id}
                d=${s.d}
                fill=${fillOf(s)}
                role="graphics-symbol img"
                aria-label=${s.label}
                aria-current=${s.id === this.selected ? 'true' : nothing}
                tabindex=${s.id === current ? 0 : -1}
                @pointermove=${(e: PointerEvent) => this.onPointer(e, s)}
                @click=${() => this.select(s)}
                @focus=${(e: FocusEvent) => this.onFocus(e, s)}
              ></path>`,
            )}
          </g>
          <g class="water" aria-hidden="true">${m.layers.water.map((s) => svg`<path d=${s.d}></path>`)}</g>
          <g class="labels" aria-hidden="true">
            ${m.labels.map(
              (l) => svg`<text class="${l.layer} ${l.tone ?? ''}" x=${l.x} y=${l.y} lang=${l.lang || nothing}>${l.text}</text>`,
            )}
          </g>
          ${outline(byId(this.selected), 'selected')}
          ${this.hovered && !this.focusVisible ? outline(tipShape, 'hover') : nothing}
          ${this.focusVisible ? outline(byId(this.active), 'focus') : nothing}
        </svg>
        ${legendTemplate(m.legend, terms)}
        ${tipShape ? tooltipTemplate(tipShape, m.legend.unit, terms, { ...this.hovered!, width: m.width }) : nothing}
      </div>
      <div class="footer">
        ${this.renderSource(d.catalog.source, notes)}
        <button type="button" aria-expanded=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>
          ${this.localize.term(this.showTable ? 'hideTable' : 'showTable')}
        </button>
      </div>
      ${tableTemplate(m, `${title.text}, ${yearText}`, terms, this.showTable)}
    </div>`;
  }

  /** @internal */
  private points(m: MapModel) {
    return m.layers.focus.filter((s) => s.centroid).map((s) => ({ id: s.id, x: s.centroid![0], y: s.centroid![1] }));
  }

  /** @internal */
  private onPointer(e: PointerEvent, s: MapShape) {
    const frame = (e.currentTarget as Element).closest('svg')!.getBoundingClientRect();
    const scale = this.model ? this.model.width / Math.max(1, frame.width) : 1;
    this.focusVisible = false;
    this.hovered = { id: s.id, x: (e.clientX - frame.left) * scale, y: (e.clientY - frame.top) * scale };
  }

  /** @internal */
  private onFocus(e: FocusEvent, s: MapShape) {
    this.active = s.id;
    this.focusVisible = (e.target as Element).matches(':focus-visible');
    if (s.centroid) this.hovered = { id: s.id, x: s.centroid[0], y: s.centroid[1] };
  }

  /** @internal */
  private onFocusOut = (e: FocusEvent) => {
    if (!(e.currentTarget as Element).contains(e.relatedTarget as Node)) {
      this.focusVisible = false;
      this.hovered = null;
    }
  };

  /** @internal */
  private onKeydown = (e: KeyboardEvent) => {
    const m = this.model;
    if (!m) return;
    const from = this.active ?? this.selected ?? readingOrder(this.points(m), 20)[0];
    const dir = KEYS[e.key];
    let next: string | null = null;
    if (dir) next = nearestInDirection(this.points(m), from, dir);
    else if (e.key === 'Home' || e.key === 'End') {
      const order = readingOrder(this.points(m), 20);
      next = e.key === 'Home' ? order[0] : order[order.length - 1];
    } else if (e.key === 'Enter' || e.key === ' ') {
      const s = m.layers.focus.find((f) => f.id === from);
      if (s) this.select(s);
    } else if (e.key === 'Escape') {
      this.hovered = null;
      if (this.selected) {
        this.selected = null;
        emit(this, 'sdg-select', { code: null, name: null, value: null, year: null });
      }
    } else return;
    e.preventDefault();
    if (next) {
      this.active = next;
      this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-id="${next}"]`) as SVGElement | null)?.focus());
    }
  };

  /** @internal */
  private select(s: MapShape) {
    this.selected = s.id;
    this.active = s.id;
    const d = this.data.value;
    emit(this, 'sdg-select', {
      code: s.id,
      name: s.name,
      value: s.published,
      year: s.year,
      indicator: d?.indicator?.code,
      series: d?.entry.series,
      goal: d?.entry.goal,
    });
  }
}
