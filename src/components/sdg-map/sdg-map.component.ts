import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchShared } from '../../core/data/fetch-cache.js';
import { loadCatalog, loadSeries, textLanguage } from '../../core/data/load.js';
import { decodeSeries, resolveSeries } from '../../core/data/select.js';
import { formatNumber, formatYear } from '../../core/format/number.js';
import { isTopology, regionFeatures, riverFeatures, type PlaceFeature } from '../../core/geometry/features.js';
import { placeLabels, type MapLabel } from '../../core/geometry/labels.js';
import { CAPITALS, parseBasins } from '../../core/geometry/places.js';
import { mapGeometry, type MapGeometry } from '../../core/geometry/layout.js';
import { pointBoxes, type MapModel, type MapShape } from '../../core/geometry/map-model.js';
import { nearestInDirection, readingOrder } from '../../core/geometry/nearest.js';
import { ringsHitBox } from '../../core/geometry/overlap.js';
import { parseYears } from '../../core/scales/domain.js';
import {
  apply,
  fitBox,
  IDENTITY,
  panBy,
  rescale,
  ringsBox,
  sameTransform,
  zoomBy,
  type ZoomTransform,
} from '../../core/geometry/zoom.js';
import { mapKeyAction } from '../../core/a11y/map-keys.js';
import { LazyZoomController } from '../../controllers/lazy-zoom.js';
import { emit } from '../../events/events.js';
import type { RegionMapData } from '../../core/data/regions.js';
import { SdgDataError } from '../../core/data/errors.js';
import { SdgUserDataElement } from '../../internal/user-data-element.js';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.js';
import { renderUserDataProblems, userDataDetail, userDataStyles } from '../../controllers/user-data-view.js';
import { loadUserChartData } from '../../controllers/user-data-lazy.js';
import type { UserDataResult } from '../../core/data/user-data.js';
import { mapStyles } from './sdg-map.styles.js';
import { mapView, type MapData, type MapMeta } from './sdg-map.view.js';
import {
  fillOf,
  legendTemplate,
  outline,
  patternDefs,
  tableTemplate,
  tooltipTemplate,
  unshapedTemplate,
  type TemplateTerms,
} from './sdg-map.templates.js';
import {
  labelsTemplate,
  pointsTemplate,
  zoomControlsTemplate,
  zoomHintText,
  zoomTerms,
} from './sdg-map.zoom-templates.js';
import {
  latestRegionYear,
  loadRegionLevel,
  regionSelectContext,
  regionSelection,
  type RegionLevelData,
} from './sdg-map.regions.js';
import { parseSlice, SIX_COUNTRIES, sixCountryList, wordList } from '../../core/data/attributes.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { foreignLang } from '../../core/locale/match.js';
import { yearAttribute } from '../../internal/attributes.js';
import { ChoiceCheck } from '../../internal/choice-check.js';
import { mapChoices } from './sdg-map.choices.js';

/** The six countries the library is about, in the order the table lists them. */
export const FOCUS: string[] = [...SIX_COUNTRIES];
const TOPOLOGY = 'geo/countries.topo.json';
const RIVERS = 'geo/rivers.topo.json';
/**
 * Areas the shipped geometry marks as disputed: Natural Earth's Siachen Glacier polygon (`KAS`, claimed by India
 * and Pakistan), drawn with a dashed outline. world-atlas has no disputed or undemarcated line segments, so no other
 * border is drawn differently.
 */
const DISPUTED = new Set(['KAS', 'CYN']);
const ZOOM_STEP = 2;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

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
  /** Alpha-3 codes (`KAZ KGZ`): the map is fitted to these countries (and at region level, only their regions are loaded). */
  /**
   * URL of the reader's own CSV or JSON file (relative to the page); its values replace the shipped series: by country
   * code at country level, by region code (ISO 3166-2, Kazakhstan's and Kyrgyzstan's regions) at `level="region"`.
   */
  @property() src: string | null = null;
  /** The reader's own data as an array of rows or CSV text; takes precedence over `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Title when the user's data name no indicator of the catalog. */
  @property() label: string | null = null;
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

  /** @internal */ @state() private hovered: { id: string; x: number; y: number } | null = null;
  /** @internal */ @state() private active: string | null = null;
  /** @internal */ @state() private focusVisible = false;
  /** @internal */ @state() private hint: 'wheel' | 'touch' | null = null;

  /**
   * The zoom transform `{k, x, y}`: a point p of the unzoomed drawing is shown at p·k + (x, y), in the map's own
   * pixels. Set it to move the view (it is kept within the map: k from 1 to 12, never past the edges).
   */
  @property({ attribute: false }) zoom: ZoomTransform = IDENTITY;
  /** Turns off zooming and panning (wheel, pinch, drag, buttons and keys). */
  @property({ type: Boolean, reflect: true, attribute: 'no-zoom' }) noZoom = false;

  /** @internal */
  private zoomer = new LazyZoomController(this, {
    change: (t) => (this.zoom = t),
    end: (t) => emit(this, 'sdg-zoom', { k: t.k, x: t.x, y: t.y }),
    hint: (kind) => this.showHint(kind),
    wheelAllowed: () => this.matches(':focus-within'),
  });
  /** @internal */
  private hintTimer = 0;

  /** The render model of the last completed draw (read-only; for tests, export and custom renderers). */
  model: MapModel | null = null;

  /** @internal */
  private size = new ResizeController(this, {
    target: null,
    callback: (e) => Math.floor(e[0]?.contentRect.width ?? 0),
  });
  /** @internal */
  private geometry: { key: unknown[]; value: MapGeometry } | null = null;
  /** @internal */
  private modelKey: unknown[] = [];
  /** @internal */
  private rendered: MapModel | null = null;
  /** @internal the legend would cover one of the six countries in the map's corner: it goes under the map. */
  private legendBelow = false;

  /** @internal says which of projection, scheme, level, layers, highlight-basin has a value the map does not accept */
  private readonly choices = new ChoiceCheck(this, this.localize, () => mapChoices(this));
  /** @internal a removed map stops waiting for its data */
  private readonly detach = new AbortOnDisconnect(this, () => [this.countryData, this.regionData, this.rivers]);

  /** @internal */
  private countryData = new Task(this, {
    task: async (
      [indicator, series, , level, src, data, label, lang],
      { signal },
    ): Promise<(MapData & { own?: UserDataResult }) | null> => {
      if (level === 'region') return null;
      const own = await loadUserChartData(
        this.resolve,
        { src, data, indicator, series, label, lang, ...this.fileFormat },
        signal,
      );
      if (own) {
        if (own.own.rejected) emit(this, 'sdg-error', userDataDetail(own.own, this.localize, src ?? undefined));
        const url = this.resolve(TOPOLOGY);
        const topology = await fetchShared(url, { signal });
        if (!isTopology(topology)) throw new SdgDataError('parse', { url });
        return { ...own, features: regionFeatures(topology) };
      }
      // The outlines do not depend on the catalog: fetch them alongside it, not after.
      const topoUrl = this.resolve(TOPOLOGY);
      const outlines = fetchShared(topoUrl, { signal });
      outlines.catch(() => {}); // a failed catalog is reported first; this rejection is then nobody's
      const catalog = await loadCatalog(this.resolve, signal, { lang, indicator, series });
      const r = resolveSeries(catalog, indicator, series);
      if (!r.ok) throw new SdgDataError('unknown-indicator', { code: r.code });
      const [file, topology] = await Promise.all([loadSeries(this.resolve, r.series, signal), outlines]);
      if (!file || !Array.isArray(file.area)) throw new SdgDataError('parse', { url: this.resolve(r.series.file) });
      if (!isTopology(topology)) throw new SdgDataError('parse', { url: topoUrl });
      return {
        catalog,
        entry: r.series,
        indicator: r.indicator,
        rows: decodeSeries(file),
        features: regionFeatures(topology),
      };
    },
    // The language picks the catalog's text file: a new language reads that language's titles.
    args: () =>
      [
        this.indicator,
        this.series,
        this.dataBase,
        this.level,
        this.src,
        this.data,
        this.label,
        textLanguage(this.localize.lang()),
        this.decimal,
        this.delimiter,
      ] as const,
    onError: (e) => this.failure(e),
  });

  /** @internal the shipped rivers, fetched only when the rivers layer is on. */
  private rivers = new Task(this, {
    task: async ([wanted], { signal }): Promise<PlaceFeature[] | null> => {
      if (!wanted) return null;
      const url = this.resolve(RIVERS);
      const topology = await fetchShared(url, { signal });
      if (!isTopology(topology)) throw new SdgDataError('parse', { url });
      return riverFeatures(topology);
    },
    args: () => [this.layerSet.has('rivers'), this.dataBase] as const,
    onError: (e) => this.failure(e),
  });

  /** @internal region level: the regional files of the indicator, their geometry and the map around. */
  private regionData = new Task(this, {
    task: async (
      [level, indicator, countries, , src, data, label],
      { signal },
    ): Promise<(RegionLevelData & { own?: UserDataResult }) | null> => {
      if (level !== 'region') return null;
      const own = await loadUserChartData(
        this.resolve,
        { src, data, indicator, series: this.series, label, ...this.fileFormat },
        signal,
      );
      if (!own)
        return loadRegionLevel(this.resolve, indicator, countries ? countries.split(' ') : [], TOPOLOGY, signal);
      if (own.own.rejected) emit(this, 'sdg-error', userDataDetail(own.own, this.localize, src ?? undefined));
      const { loadUserRegionLevel } = await import('../../controllers/user-regions.js');
      return {
        ...(await loadUserRegionLevel(this.resolve, own, indicator, TOPOLOGY, signal)),
        own: own.own,
      } as RegionLevelData & { own: UserDataResult };
    },
    args: () =>
      [
        this.level,
        this.indicator,
        this.countryList.join(' '),
        this.dataBase,
        this.src,
        this.data,
        this.label,
        this.decimal,
        this.delimiter,
      ] as const,
    onError: (e) => this.failure(e),
  });

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

  /** @internal the indicator the region level reads; the user's rows naming none are filed under `user`. */
  private get regionIndicator(): string {
    return this.indicator.trim() || (this.src || (this.data !== undefined && this.data !== null) ? 'user' : '');
  }

  /** @internal the task whose data is drawn (country or region level). */
  private get activeTask(): Task<readonly unknown[], unknown> {
    return (this.level === 'region' ? this.regionData : this.countryData) as unknown as Task<
      readonly unknown[],
      unknown
    >;
  }

  /** The year shown: `year`, or the latest year of the data. */
  get shownYear(): number | null {
    if (Number.isFinite(this.year)) return this.year!;
    if (this.level === 'region') {
      const r = this.regionData.value;
      return r ? latestRegionYear(r, this.regionIndicator, this.countryList) : null;
    }
    return this.countryData.value?.entry.years?.[1] ?? null;
  }

  /** @internal */
  private get terms(): TemplateTerms {
    const t = this.localize;
    return {
      noData: t.term('noData'),
      publishedAsRange: t.term('publishedAsRange'),
      legend: t.term('legend'),
      country: t.term(this.level === 'region' ? 'region' : 'country'),
      value: t.term('value'),
      year: t.term('year'),
      estimated: t.term('estimated'),
      modelled: t.term('modelled'),
      valueFromYear: (y) => t.term('valueFromYear', y),
    };
  }

  /** @internal region level: the selection drawn, for what `sdg-select` says about a region. */
  private regionSel: RegionMapData | null = null;

  /** @internal what the drawing needs besides the model: title, source lines, region-level extras. */
  private meta: MapMeta | null = null;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const year = this.shownYear;
    const region = this.level === 'region';
    const data = (!region && this.countryData.status === TaskStatus.COMPLETE && this.countryData.value) || undefined;
    const rdata = region && this.regionData.status === TaskStatus.COMPLETE ? this.regionData.value : undefined;
    if ((!data && !rdata) || year === null) return;
    const lang = this.localize.lang();
    // Before the first resize notification, measure once; 640 only when the element is not laid out (hidden).
    const width = this.size.value || Math.floor(this.getBoundingClientRect().width) || 640;
    const layerSet = this.layerSet;
    // A rivers layer whose file has not arrived yet draws without it (and redraws when it comes).
    const riverFeatures = layerSet.has('rivers') ? (this.rivers.value ?? null) : null;
    const sel = rdata
      ? regionSelection(rdata, {
          indicator: this.regionIndicator,
          year,
          countries: this.countryList,
          tolerance: this.yearTolerance,
          lang,
        })
      : null;
    this.regionSel = sel?.selection ?? null;
    // `countries` fits the map to those countries; at region level, by default, to the countries with regional data.
    const covered = sel ? FOCUS.filter((c) => sel.selection.sources.some((s) => s.entry.countries.includes(c))) : [];
    const focusIds = this.countryList.length ? this.countryList : covered.length ? covered : FOCUS;
    const features = (data ?? rdata)!.features;
    const gKey = [features, width, this.projection, riverFeatures, focusIds.join(), sel?.shapeKey ?? ''];
    if (!this.geometry || gKey.some((k, i) => k !== this.geometry!.key[i])) {
      // The same view at the new size (the drawing scales with the width); d3 is told in updated().
      if (this.geometry && this.geometry.value.width !== width)
        this.zoom = rescale(this.zoom, this.geometry.value.width, width);
      if (this.geometry && this.geometry.key[4] !== gKey[4]) this.zoom = IDENTITY;
      this.geometry = {
        key: gKey,
        // Country level keeps all six coloured (for comparison) and only fits the view to `countries`.
        value: mapGeometry(features, region ? focusIds : FOCUS, {
          fit: focusIds,
          width,
          projection: this.projection,
          rivers: riverFeatures ?? [],
          points: CAPITALS,
          regions: sel?.shapes ?? [],
        }),
      };
    }
    const sliceKey = JSON.stringify(this.slice ?? {});
    const key = [
      this.geometry.value,
      data ?? rdata,
      year,
      this.yearTolerance,
      this.bins,
      this.scheme,
      sliceKey,
      lang,
      [...layerSet].sort().join(),
      this.highlightBasin,
      this.domain,
      this.legendYears,
    ];
    if (this.model && key.every((k, i) => k === this.modelKey[i])) return;
    this.modelKey = key;
    const view = mapView({
      t: this.localize,
      geometry: this.geometry.value,
      data,
      rdata: rdata ?? undefined,
      sel,
      covered,
      focusIds,
      year,
      lang,
      width,
      layerSet,
      indicator: this.indicator,
      countryList: this.countryList,
      yearTolerance: this.yearTolerance,
      bins: this.bins,
      scheme: this.scheme,
      slice: this.slice ?? {},
      highlightBasin: this.highlightBasin,
      domain: this.domain,
      legendYears: this.legendYears,
    });
    this.model = view.model;
    this.meta = view.meta;
    const geometry = this.geometry.value;
    const m = this.model!;
    // The legend's box in the bottom-left corner (its CSS size: 14rem ramp + padding; a second row for swatches).
    const legendHeight = m.legend.noData || m.legend.range ? 100 : 78;
    const box: [number, number, number, number] = [0, m.height - legendHeight, 250, m.height];
    this.legendBelow = [...geometry.focus, ...geometry.regions].some((g) => ringsHitBox(g.rings, box));
  }

  protected override updated(): void {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('[part="svg"]');
    if (this.model) {
      this.zoomer.attach(this.noZoom ? null : svg, this.model.width, this.model.height);
      // A transform set from outside (or rescaled after a resize) is handed to d3, which owns gestures from there.
      if (!this.noZoom && svg && !sameTransform(this.zoom, this.zoomer.current)) this.zoomer.set(this.zoom);
    }
    if (this.model && this.model !== this.rendered && this.activeTask.status === TaskStatus.COMPLETE && this.meta) {
      this.rendered = this.model;
      emit(this, 'sdg-render', { ...this.meta.event, year: this.model.year });
    }
  }

  /** Zooms in by 2× about the centre of the view. */
  zoomIn(): Promise<void> {
    return this.zoomToTransform(this.scaled(ZOOM_STEP));
  }

  /** Zooms out by 2× about the centre of the view. */
  zoomOut(): Promise<void> {
    return this.zoomToTransform(this.scaled(1 / ZOOM_STEP));
  }

  /** Shows the whole map. */
  resetZoom(): Promise<void> {
    return this.zoomToTransform(IDENTITY);
  }

  /**
   * Zooms to the country (ISO alpha-3) or region with this code, or shows the whole map for `null`; animated unless
   * the reader prefers reduced motion. Resolves when the view has arrived (at once for an unknown code).
   */
  zoomTo(code: string | null): Promise<void> {
    if (!code) return this.resetZoom();
    const g = this.geometry?.value;
    const shape = g && [...g.focus, ...g.context].find((s) => s.id === code);
    const box = shape && ringsBox(shape.rings);
    if (!g || !box) return Promise.resolve();
    return this.zoomToTransform(fitBox(box, g.width, g.height, { padding: Math.max(12, g.width * 0.04) }));
  }

  /** @internal */
  private scaled(factor: number): ZoomTransform {
    const m = this.model;
    return m ? zoomBy(this.zoom, factor, m.width, m.height) : this.zoom;
  }

  /** @internal */
  private async zoomToTransform(t: ZoomTransform): Promise<void> {
    if (this.noZoom) return;
    await this.updateComplete;
    return this.zoomer.set(t, reducedMotion() ? 0 : 350);
  }

  /** @internal */
  private showHint(kind: 'wheel' | 'touch') {
    if (this.noZoom) return;
    this.hint = kind;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = null), 1800);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
  }

  protected override firstUpdated(): void {
    // A zero-height sizer changes size only with the width: observing the host itself would notify again
    // whenever the map's new height changes the host's, a ResizeObserver loop.
    this.size.observe(this.renderRoot.querySelector('.sizer')!);
  }

  override render() {
    return html`<div class="sizer"></div>
      ${this.renderState()}`;
  }

  /** @internal */
  private renderState() {
    const task = this.activeTask;
    return task.render({
      initial: () => this.renderLoading(),
      pending: () => (this.model && this.meta ? this.renderMap(this.model) : this.renderLoading()),
      error: (e) => this.renderError(e, () => task.run()),
      complete: () => (this.model && this.meta ? this.renderMap(this.model) : nothing),
    });
  }

  /** @internal */
  private renderMap(m: MapModel) {
    const meta = this.meta!;
    const terms = this.terms;
    const title = meta.title;
    const regionLevel = this.level === 'region';
    const part = regionLevel ? 'region' : 'country';
    const yearText = formatYear(m.year, this.localize.lang());
    const focus = m.layers.focus;
    const current = this.active ?? this.selected ?? readingOrder(this.points(m), 20)[0];
    const byId = (id: string | null | undefined) => focus.find((s) => s.id === id);
    const tipShape = this.hovered ? byId(this.hovered.id) : undefined;
    // Many regions from earlier years: one note with the count (each region's tooltip and row give its year).
    const nearest = m.layers.focus.filter((s) => s.nearest).length;
    const own =
      regionLevel && nearest > 3
        ? [
            this.localize.term(
              'nearestYearCount',
              formatNumber(nearest, this.localize.lang(), { decimals: 0 }),
              yearText,
            ),
          ]
        : m.notes;
    const fixed = !this.domain && parseYears(this.legendYears);
    const scaleNote = fixed
      ? [
          this.localize.term(
            'legendFixedYears',
            formatYear(Math.min(...fixed), this.localize.lang()),
            formatYear(Math.max(...fixed), this.localize.lang()),
          ),
        ]
      : [];
    const notes = [
      ...own,
      ...scaleNote,
      ...meta.splits,
      ...(this.noDisclaimer ? [] : [this.localize.term('boundaryDisclaimer')]),
    ];
    const z = this.noZoom ? IDENTITY : this.zoom;
    return html`<div
      part="base"
      class=${[m.width <= 480 && 'narrow', this.legendBelow && 'legend-below'].filter(Boolean).join(' ')}
      dir=${this.localize.dir()}
    >
      ${patternDefs()}
      <div part="title" id="title" lang=${ifDefined(foreignLang(title.lang, this.localize.lang()))}>
        ${title.text} <span class="year">${yearText}</span>
      </div>
      <!-- Geography is never mirrored (src/i18n/direction.ts): the drawing and its controls stay left to right. -->
      <div class="frame" dir="ltr" @focusout=${this.onFocusOut}>
        <svg
          part="svg"
          role="graphics-document document"
          aria-roledescription="map"
          aria-label=${this.localize.term('mapLabel', title.text, yearText)}
          aria-describedby="desc"
          viewBox="0 0 ${m.width} ${m.height}"
          width=${m.width}
          height=${m.height}
          class=${this.noZoom ? '' : 'zoomable'}
          @keydown=${this.onKeydown}
          @dblclick=${this.onDblClick}
          @pointerleave=${() => (this.hovered = null)}
        >
          <desc id="desc">${m.description} ${this.noZoom ? '' : this.localize.term('mapKeys')}</desc>
          <rect class="sea" width=${m.width} height=${m.height} aria-hidden="true"></rect>
          <g class="zoom" transform="translate(${z.x} ${z.y}) scale(${z.k})">
            <g class="context" aria-hidden="true">
              ${m.layers.context.map((s) => svg`<path class=${DISPUTED.has(s.id) ? 'disputed' : nothing} d=${s.d}></path>`)}
            </g>
            <g class="focus">
              ${focus.map(
                (s) => svg`<path
                part="${part} ${s.pattern ?? ''} ${s.id === this.selected ? 'selected' : ''} ${meta.larger.has(s.id) ? 'split' : ''}"
                data-id=${s.id}
                d=${s.d}
                fill=${fillOf(s)}
                role="graphics-symbol img"
                aria-label=${s.label}
                aria-current=${s.id === this.selected ? 'true' : nothing}
                tabindex=${s.id === current ? 0 : -1}
                @pointermove=${(e: PointerEvent) => this.onPointer(e, s)}
                @click=${(e: MouseEvent) => this.onTap(e, s)}
                @focus=${(e: FocusEvent) => this.onFocus(e, s)}
              ></path>`,
              )}
            </g>
            ${
              m.layers.rivers.length
                ? svg`<g class="rivers" aria-hidden="true">${m.layers.rivers.map(
                    (r) =>
                      svg`<path class="rank-${Math.min(9, Math.max(0, Math.round(r.rank)))} ${r.emphasis ?? ''}" d=${r.d}></path>`,
                  )}</g>`
                : nothing
            }
            <g class="water" aria-hidden="true">${m.layers.water.map((s) => svg`<path d=${s.d}></path>`)}</g>
            ${meta.borders.length ? svg`<g class="borders" aria-hidden="true">${meta.borders.map((d) => svg`<path d=${d}></path>`)}</g>` : nothing}
            ${focus.filter((s) => meta.larger.has(s.id)).map((s) => svg`<path class="split-hatch" d=${s.d} fill="url(#split)"></path>${outline(s, 'split')}`)}
            ${outline(byId(this.selected), 'selected')}
            ${this.hovered && !this.focusVisible ? outline(tipShape, 'hover') : nothing}
            ${this.focusVisible ? outline(byId(this.active), 'focus') : nothing}
          </g>
          ${pointsTemplate(m.points, z)} ${regionLevel ? this.renderMarkers(focus, z) : nothing}
          <g class="labels" aria-hidden="true">${labelsTemplate(this.labelsAt(m, z))}</g>
        </svg>
        ${this.noZoom ? nothing : zoomControlsTemplate(zoomTerms(this.localize), z.k, this.zoomActions)}
        ${this.hint && !this.noZoom ? html`<div class="zoom-hint" part="zoom-hint" aria-hidden="true">${zoomHintText(this.localize, this.hint)}</div>` : nothing}
        ${legendTemplate(m.legend, terms)}
        ${tipShape ? tooltipTemplate(tipShape, m.legend.unit, terms, { ...this.hovered!, width: m.width }) : nothing}
      </div>
      <div class="footer">
        ${this.renderSource(meta.sources.length === 1 ? meta.sources[0].text : meta.sources.map((x) => x.text).join('; '), notes)}
        <span class="sdg-actions">
          <button
            type="button"
            aria-expanded=${this.showTable ? 'true' : 'false'}
            @click=${() => (this.showTable = !this.showTable)}
          >
            ${this.localize.term(this.showTable ? 'hideTable' : 'showTable')}
          </button>
          ${this.renderExportMenu()}
        </span>
      </div>
      ${this.userProblems()}
      ${meta.unshaped.length ? unshapedTemplate(meta.unshaped, this.localize.term('regionsWithoutShape'), (y) => this.localize.term('valueFromYear', y)) : nothing}
      ${tableTemplate(m, `${title.text}, ${yearText}`, terms, this.showTable, meta.unshaped)}
    </div>`;
  }

  /** @internal the rows of the user's data that were not used, listed under the map */
  private userProblems() {
    const own = (this.activeTask.value as { own?: UserDataResult } | null | undefined)?.own;
    return own ? renderUserDataProblems(own, this.localize) : nothing;
  }

  /**
   * @internal a dot over each region too small to see or hit at this zoom (a city such as Bishkek or Shymkent):
   * pointer users click it like the shape; keyboard users reach the shape itself.
   */
  private renderMarkers(focus: MapShape[], z: ZoomTransform) {
    const small = focus.filter((s) => s.centroid && (s.size ?? 0) * z.k < 8);
    if (!small.length) return nothing;
    return svg`<g class="markers">${small.map((s) => {
      const [x, y] = apply(z, s.centroid!);
      return svg`<circle
        class="marker ${s.id === this.selected ? 'selected' : ''}"
        data-marker=${s.id}
        cx=${x}
        cy=${y}
        r="5"
        fill=${fillOf(s)}
        aria-hidden="true"
        @pointermove=${(e: PointerEvent) => this.onPointer(e, s)}
        @click=${(e: MouseEvent) => this.onTap(e, s)}
      ></circle>`;
    })}</g>`;
  }

  /** @internal the names shown at zoom `z`, recomputed only when the model or the zoom changes. */
  private labelsAt(m: MapModel, z: ZoomTransform): MapLabel[] {
    const memo = this.labelMemo;
    if (memo && memo.model === m && sameTransform(memo.z, z)) return memo.labels;
    // The zoom buttons cover the top right corner.
    const buttons: [number, number, number, number] = [m.width - 48, 0, m.width, 112];
    const labels = placeLabels(m.labelCandidates, z, {
      width: m.width,
      height: m.height,
      size: m.width <= 480 ? 11 : 12,
      obstacles: this.noZoom ? [] : [buttons],
      markers: pointBoxes(m.points, z),
    });
    this.labelMemo = { model: m, z, labels };
    return labels;
  }

  /** @internal */
  private labelMemo: { model: MapModel; z: ZoomTransform; labels: MapLabel[] } | null = null;

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

  /**
   * @internal on a touch screen the first tap on an area shows its tooltip and a second tap selects it (there is
   * no hover); a mouse click selects at once.
   */
  private onTap(e: MouseEvent, s: MapShape) {
    const touch = (e as PointerEvent).pointerType === 'touch';
    if (touch && this.tapped !== s.id) {
      this.tapped = s.id;
      this.onPointer(e as PointerEvent, s);
      return;
    }
    this.tapped = null;
    this.select(s);
  }

  /** @internal the area whose tooltip a first tap showed. */
  private tapped: string | null = null;

  /** @internal */
  private onFocus(e: FocusEvent, s: MapShape) {
    this.active = s.id;
    this.focusVisible = (e.target as Element).matches(':focus-visible');
    if (s.centroid) {
      const [x, y] = apply(this.noZoom ? IDENTITY : this.zoom, s.centroid);
      this.hovered = { id: s.id, x, y };
    }
  }

  /** @internal */
  private onFocusOut = (e: FocusEvent) => {
    // Listened for on the frame, not the svg: Chromium makes an SVG element with focus listeners a tab stop.
    const svgEl = this.renderRoot.querySelector('[part="svg"]');
    if (!svgEl?.contains(e.relatedTarget as Node)) {
      this.focusVisible = false;
      this.hovered = null;
    }
  };

  /** @internal */
  private onKeydown = (e: KeyboardEvent) => {
    const m = this.model;
    const action = m && mapKeyAction(e, !this.noZoom);
    if (!m || !action) return;
    e.preventDefault();
    const from = this.active ?? this.selected ?? readingOrder(this.points(m), 20)[0];
    let next: string | null = null;
    switch (action.kind) {
      case 'move':
        next = nearestInDirection(this.points(m), from, action.direction);
        break;
      case 'first':
      case 'last': {
        const order = readingOrder(this.points(m), 20);
        next = action.kind === 'first' ? order[0] : order[order.length - 1];
        break;
      }
      case 'select': {
        const s = m.layers.focus.find((f) => f.id === from);
        if (s) this.select(s);
        break;
      }
      case 'clear':
        this.hovered = null;
        if (this.selected) {
          this.selected = null;
          emit(this, 'sdg-select', { code: null, name: null, value: null, year: null });
        }
        break;
      case 'zoom-in':
        this.zoomIn();
        break;
      case 'zoom-out':
        this.zoomOut();
        break;
      case 'zoom-reset':
        this.resetZoom();
        break;
      case 'pan':
        this.zoomToTransform(panBy(this.zoom, action.dx * m.width, action.dy * m.height, m.width, m.height));
        break;
    }
    if (next) {
      this.active = next;
      this.revealShape(next);
      this.updateComplete.then(() =>
        (this.renderRoot.querySelector(`[data-id="${next}"]`) as SVGElement | null)?.focus(),
      );
    }
  };

  /** @internal when zoomed in, keyboard traversal pans to an area whose label point is out of view. */
  private revealShape(id: string) {
    const m = this.model;
    const c = m?.layers.focus.find((s) => s.id === id)?.centroid;
    if (!m || !c || this.zoom.k === 1) return;
    const [x, y] = apply(this.zoom, c);
    if (x >= 0 && x <= m.width && y >= 0 && y <= m.height) return;
    this.zoomToTransform({ k: this.zoom.k, x: m.width / 2 - c[0] * this.zoom.k, y: m.height / 2 - c[1] * this.zoom.k });
  }

  /** @internal double-click on an area zooms to it; elsewhere it zooms in about the point. */
  private onDblClick = (e: MouseEvent) => {
    const m = this.model;
    if (!m || this.noZoom) return;
    const id = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (id) {
      this.zoomTo(id);
      return;
    }
    const frame = (e.currentTarget as Element).getBoundingClientRect();
    const r = m.width / Math.max(1, frame.width);
    this.zoomToTransform(
      zoomBy(this.zoom, ZOOM_STEP, m.width, m.height, [(e.clientX - frame.left) * r, (e.clientY - frame.top) * r]),
    );
  };

  /** @internal */
  private zoomActions = { in: () => this.zoomIn(), out: () => this.zoomOut(), reset: () => this.resetZoom() };

  /** @internal */
  private select(s: MapShape) {
    this.selected = s.id;
    this.active = s.id;
    // At region level the country-level task is idle: the region's own file names indicator, series and goal.
    const d = this.level === 'region' ? null : this.countryData.value;
    const context = d
      ? { indicator: d.indicator?.code, series: d.entry.series, goal: d.entry.goal }
      : regionSelectContext(this.regionSel, s.id);
    emit(this, 'sdg-select', { code: s.id, name: s.name, value: s.published, year: s.year, ...context });
  }
}
