import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { parseSlice, SIX_COUNTRIES, sixCountryList, wordList } from '../../core/data/attributes.js';
import type { MapLabel } from '../../core/geometry/labels.js';
import type { MapModel, MapShape } from '../../core/geometry/map-model.js';
import { MapMemo } from '../../core/geometry/map-memo.js';
import { parseBasins } from '../../core/geometry/places.js';
import { IDENTITY, type ZoomTransform } from '../../core/geometry/zoom.js';
import { Memo } from '../../core/memo.js';
import { loadScheme, schemeReady } from '../../core/scales/schemes.js';
import { MapZoomController } from '../../controllers/map-zoom.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { WidthController } from '../../controllers/width.js';
import { renderUserDataProblems, userDataStyles } from '../../controllers/user-data-view.js';
import { emit } from '../../events/events.js';
import { yearAttribute } from '../../internal/attributes.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import { ChoiceCheck } from '../../internal/choice-check.js';
import { mapChoices } from './sdg-map.choices.js';
import { mapTemplate } from './sdg-map.render.js';
import { mapStyles } from './sdg-map.styles.js';
import { drawMap, prepareMap, type DrawInput, type MapDraw, type MapMeta } from './sdg-map.view.js';
import { MapDataController, type RegionPart } from './sdg-map.data.js';

/** The six countries the library is about, in the order the table lists them. */
export const FOCUS: string[] = [...SIX_COUNTRIES];

/**
 * A choropleth of Central Asia and Afghanistan coloured by one SDG indicator in one year, from the shipped data.
 *
 * @summary Map of the six countries or their regions coloured by an SDG indicator, with legend, tooltip, zoom, rivers, keyboard access and a table.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The indicator title and year above the map.
 * @csspart svg - The map drawing.
 * @csspart country - Each of the six countries' shapes (also `no-data`, `range`, `selected` when they apply).
 * @csspart region - At `level="region"`, each region's shape (also `no-data`, `range`, `selected`, `split`: drawn at an earlier, larger extent).
 * @csspart unshaped - At region level, the list of regions with values but no shape on the map.
 * @csspart zoom-controls - The group of zoom buttons (`zoom-in`, `zoom-out`, `zoom-reset` are the buttons' parts).
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-reset - The "whole map" button.
 * @csspart zoom-hint - The hint shown over the map after a plain wheel or a one-finger drag.
 * @csspart legend - The colour legend with the no-data and range entries.
 * @csspart tooltip - The box shown on hover, focus and tap.
 * @csspart source - The source line and notes under the map.
 * @csspart table - The data table (visually hidden until shown).
 * @csspart error - The error message with its Retry button.
 * @csspart loading - The loading message.
 * @csspart problems - The list of rows of the user's data that were not used (in a disclosure).
 * @csspart notice - An attribute value the element does not accept, named with the accepted values (it draws with its default).
 *
 * @cssproperty --sdg-map-land - Fill of neighbouring countries.
 * @cssproperty --sdg-map-land-text - Colour of neighbours' names.
 * @cssproperty --sdg-map-water - Fill of seas and lakes.
 * @cssproperty --sdg-map-water-text - Colour of water names.
 * @cssproperty --sdg-map-stroke - Colour of borders.
 * @cssproperty --sdg-map-no-data - Colour of the no-data hatching.
 * @cssproperty --sdg-map-hover-stroke - Outline of the hovered or selected country.
 * @cssproperty --sdg-map-label-size - Font size of names on the map.
 * @cssproperty --sdg-map-border - Country borders over the regions at region level.
 * @cssproperty --sdg-map-river - Colour of rivers.
 * @cssproperty --sdg-map-river-text - Colour of river names.
 * @cssproperty --sdg-map-river-highlight - Colour of the rivers of a highlighted basin.
 * @cssproperty --sdg-map-transition - Duration of the fill transition between years (default 400ms; none under reduced motion).
 * @cssproperty --sdg-color-text - Theme: text colour (also `--sdg-color-surface`, `--sdg-color-focus`, …).
 * @cssproperty --sdg-font-family - Theme: font family.
 *
 * @fires sdg-select - A country was selected (click, Enter, Space) or the selection cleared (Escape); detail `{code, name, value, year}`.
 * @fires sdg-render - The map finished drawing new data (first draw, year, indicator, size or option change).
 * @fires sdg-zoom - A zoom or pan ended (gesture, button, key, `zoomTo()` or the `zoom` property); detail `{k, x, y}`.
 * @fires sdg-error - Data failed to load or parse, or the indicator is unknown; detail `{kind, message, url?}`; with
 * `kind: 'validation'`, `problems` and `accepted` when rows of the user's data were rejected (the valid ones are drawn).
 */
export class SdgMap extends SdgUserDataElement {
  static override styles = [...SdgUserDataElement.styles, mapStyles, userDataStyles];

  /** SDG indicator code (`3.2.1`); its headline series is shown unless `series` is set. */
  @property() indicator = '';
  /** SDG series code (`SH_DYN_MORT`); overrides the indicator's headline series. */
  @property() series = '';
  /** The year to show; defaults to the series' latest year. */
  @property({ converter: yearAttribute }) year: number | undefined;
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
  /**
   * Extra layers, space-separated: `rivers` (loaded only when asked), `lakes` (every lake and reservoir, not only
   * the seas and great lakes), `capitals` (the six capitals and Almaty, labelled).
   */
  @property() layers = '';
  /** Emphasises the rivers of these basins and mutes the others: `amu-darya`, `syr-darya` (both: `amu-darya syr-darya`). Implies the rivers layer. */
  @property({ attribute: 'highlight-basin' }) highlightBasin = '';
  /** `region` draws sub-national units (Kazakhstan's and Kyrgyzstan's national series, GDL indices such as `shdi` for all six). */
  @property({ reflect: true }) level: 'country' | 'region' = 'country';
  /**
   * URL of the reader's own CSV or JSON file (relative to the page); its values replace the shipped series: by country
   * code at country level, by region code (ISO 3166-2, Kazakhstan's and Kyrgyzstan's regions) at `level="region"`.
   */
  @property() src: string | null = null;
  /** The reader's own data as an array of rows or CSV text; takes precedence over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Title when the user's data name no indicator of the catalog. */
  @property() label: string | null = null;
  /** Alpha-3 codes (`KAZ KGZ`): the map is fitted to these countries (and at region level, only their regions are loaded). */
  @property() countries = '';
  /**
   * A fixed colour domain `[min, max]` for the legend and fills (property only); otherwise the domain is the shown
   * year's values' extent, or the range of `legend-years`.
   */
  @property({ attribute: false }) domain: [number, number] | null = null;
  /**
   * Fixes the colour domain over these years (`2010 2023`): the extent of every value published in them, so colours
   * stay comparable while a time slider plays through them.
   */
  @property({ attribute: 'legend-years' }) legendYears = '';
  /** Hides the boundary disclaimer in the source line (shown by default). */
  @property({ type: Boolean, reflect: true, attribute: 'no-disclaimer' }) noDisclaimer = false;
  /** Shows the data table under the map (otherwise it is only read by screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /**
   * The zoom transform `{k, x, y}`: a point p of the unzoomed drawing is shown at p·k + (x, y), in the map's own
   * pixels. Set it to move the view (it is kept within the map: k from 1 to 12, never past the edges).
   */
  @property({ attribute: false }) zoom: ZoomTransform = IDENTITY;
  /** Turns off zooming and panning (wheel, pinch, drag, buttons and keys). */
  @property({ type: Boolean, reflect: true, attribute: 'no-zoom' }) noZoom = false;

  /** The render model of the last completed draw (read-only; for tests, export and custom renderers). */
  model: MapModel | null = null;

  /** @internal */ private zoomer = new MapZoomController(this, {
    size: () => this.model,
    rings: (code) => {
      const g = this.memo.geometry.value;
      return g && [...g.focus, ...g.context].find((s) => s.id === code)?.rings;
    },
  });
  /** @internal */ private roving = new RovingFocusController(this, {
    zoom: this.zoomer,
    select: (s) => this.select(s),
    clear: () => {
      if (!this.selected) return;
      this.selected = null;
      emit(this, 'sdg-select', { code: null, name: null, value: null, year: null });
    },
  });
  /** @internal */ private size = new WidthController(this);
  /** @internal */ private memo = new MapMemo<MapDraw>();
  /** @internal */ private labels = new Memo<MapLabel[]>();
  /** @internal */ private loads = new MapDataController(this, {
    resolve: this.resolve,
    localize: this.localize,
    onError: (e) => this.failure(e),
    countries: () => this.countryList,
    layers: () => this.layerSet,
    fileFormat: () => this.fileFormat,
  });
  /** @internal says which of projection, scheme, level, layers, highlight-basin has a value the map does not accept */
  private readonly choices = new ChoiceCheck(this, this.localize, () => mapChoices(this));

  /** @internal */
  private get layerSet(): Set<string> {
    const set = new Set(wordList(this.layers));
    if (parseBasins(this.highlightBasin).length) set.add('rivers');
    return set;
  }

  /** @internal `countries` as alpha-3 codes of the six, in the attribute's order. */
  private get countryList(): string[] {
    return sixCountryList(this.countries);
  }

  /** The year shown: `year`, or the latest year of the data. */
  get shownYear(): number | null {
    return Number.isFinite(this.year) ? this.year! : this.loads.latestYear(this.level);
  }

  /** @internal the width measured before the first resize notification */ private measured = 0;
  /** @internal region level: the selection drawn, for what `sdg-select` says about a region. */
  private regionSel: ReturnType<RegionPart['regionSelection']> | null = null;

  /** @internal what a draw reads, or null until the data (and a colour scheme beyond the defaults) are there. */
  private drawInput(): DrawInput | null {
    const year = this.shownYear;
    const { data, rdata, region } = this.loads.complete(this.level);
    if ((!data && !rdata) || year === null || !schemeReady(this.scheme)) return null;
    // Before the first resize notification, measure once, not at each step of a first drawing (640 when hidden).
    const width = this.size.value || (this.measured ||= Math.floor(this.getBoundingClientRect().width) || 640);
    const { layerSet, countryList, localize: t } = this;
    // A rivers layer whose file has not arrived yet draws without it (and redraws when it comes).
    const rivers = layerSet.has('rivers') ? (this.loads.rivers.value ?? null) : null;
    return { t, countryList, layerSet, year, width, rivers, data, rdata, region };
  }

  /** @internal a first drawing projects its shapes, then builds its view, each in a task of its own */
  protected override prepare(): boolean {
    const q = this.drawInput();
    return !!q && prepareMap(this.memo, this, q);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A scheme beyond the defaults loads alongside the data, and the map waits for it: no draw in the wrong colours.
    if (!schemeReady(this.scheme)) void loadScheme(this.scheme).then(() => this.requestUpdate());
    const input = this.drawInput();
    if (!input) return;
    const d = drawMap(this.memo, this, input);
    this.regionSel = d.sel;
    this.model = d.view.model;
    this.zoomer.fit(this.model.width, this.model.height, d.refit);
    this.memo.legendBelow(this.model, d.geometry);
  }

  protected override updated(): void {
    this.zoomer.sync(this.renderRoot.querySelector<SVGSVGElement>('[part="svg"]'));
    const meta = this.memo.view.value?.meta;
    if (this.model && meta && this.loads.active(this.level).status === TaskStatus.COMPLETE)
      this.loads.country.drawn(this.model, () => ({ ...meta.event, year: this.model!.year }));
  }

  /** Zooms in by 2× about the centre of the view. */
  zoomIn(): Promise<void> {
    return this.zoomer.in();
  }

  /** Zooms out by 2× about the centre of the view. */
  zoomOut(): Promise<void> {
    return this.zoomer.out();
  }

  /** Shows the whole map. */
  resetZoom(): Promise<void> {
    return this.zoomer.reset();
  }

  /**
   * Zooms to the country (ISO alpha-3) or region with this code, or shows the whole map for `null`; animated unless
   * the reader prefers reduced motion. Resolves when the view has arrived (at once for an unknown code).
   */
  zoomTo(code: string | null): Promise<void> {
    return this.zoomer.to(code);
  }

  protected override firstUpdated(): void {
    // A zero-height sizer changes size only with the width: observing the host itself would notify again
    // whenever the map's new height changes the host's, a ResizeObserver loop.
    this.size.observe(this.renderRoot.querySelector('.sizer')!);
  }

  override render() {
    const task = this.loads.active(this.level);
    const v = this.memo.view.value;
    const drawn = () => (v ? this.renderMap(v.model, v.meta) : null);
    return html`<div class="sizer"></div>
      ${task.render({
        initial: () => this.renderLoading(),
        pending: () => drawn() ?? this.renderLoading(),
        error: (e) => this.renderError(e, () => task.run()),
        complete: () => drawn() ?? (schemeReady(this.scheme) ? nothing : this.renderLoading()),
      })}`;
  }

  /** @internal */
  private renderMap(model: MapModel, meta: MapMeta) {
    const own = (this.loads.active(this.level).value as { own?: Parameters<typeof renderUserDataProblems>[0] } | null)
      ?.own;
    return mapTemplate({
      ...{ model, meta, t: this.localize, region: this.level === 'region', selected: this.selected },
      ...{ noZoom: this.noZoom, noDisclaimer: this.noDisclaimer, showTable: this.showTable },
      ...{ domain: this.domain, legendYears: this.legendYears, legendBelow: !!this.memo.legend.value },
      ...{ focus: this.roving, zoom: this.zoomer, labels: this.labels, select: (s) => this.select(s) },
      toggleTable: this.toggleTable,
      source: (text, notes) => this.renderSource(text, notes),
      exportMenu: () => this.renderExportMenu(),
      problems: () => (own ? renderUserDataProblems(own, this.localize) : nothing),
    });
  }

  /** @internal */ private toggleTable = () => (this.showTable = !this.showTable);

  /** @internal */
  private select(s: MapShape) {
    this.selected = s.id;
    this.roving.active = s.id;
    const context = this.loads.selectContext(this.level, this.regionSel?.selection, s.id);
    emit(this, 'sdg-select', { code: s.id, name: s.name, value: s.published, year: s.year, ...context });
  }
}
