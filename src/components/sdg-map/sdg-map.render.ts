import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber, formatYear } from '../../core/format/number.js';
import { placeLabels, type MapLabel } from '../../core/geometry/labels.js';
import { pointBoxes, type MapModel, type MapShape } from '../../core/geometry/map-model.js';
import { apply, type ZoomTransform } from '../../core/geometry/zoom.js';
import { foreignLang } from '../../core/locale/match.js';
import type { Memo } from '../../core/memo.js';
import { parseYears } from '../../core/scales/domain.js';
import type { MapZoomController } from '../../controllers/map-zoom.js';
import type { RovingFocusController } from '../../controllers/roving-focus.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { MapMeta } from './sdg-map.view.js';
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

/**
 * Areas the shipped geometry marks as disputed: Natural Earth's Siachen Glacier polygon (`KAS`, claimed by India
 * and Pakistan), drawn with a dashed outline. world-atlas has no disputed or undemarcated line segments, so no other
 * border is drawn differently.
 */
const DISPUTED = new Set(['KAS', 'CYN']);

/** What `<sdg-map>`'s drawing is made of: the model, its extras, the element's state and its controllers. */
export interface MapView {
  model: MapModel;
  meta: MapMeta;
  t: LocalizeController;
  region: boolean;
  selected: string | null;
  noZoom: boolean;
  noDisclaimer: boolean;
  showTable: boolean;
  /** `domain` and `legend-years` (a note says when the colours are fixed over years). */
  domain: [number, number] | null;
  legendYears: string;
  legendBelow: boolean;
  focus: RovingFocusController;
  zoom: MapZoomController;
  labels: Memo<MapLabel[]>;
  select: (s: MapShape) => void;
  toggleTable: () => void;
  /** The element's source line, export menu and rejected rows of the reader's data. */
  source: (text: string, notes: string[]) => TemplateResult;
  exportMenu: () => TemplateResult;
  problems: () => TemplateResult | typeof nothing;
}

/** The words the part templates use. */
export function templateTerms(t: LocalizeController, region: boolean): TemplateTerms {
  return {
    noData: t.term('noData'),
    publishedAsRange: t.term('publishedAsRange'),
    legend: t.term('legend'),
    country: t.term(region ? 'region' : 'country'),
    value: t.term('value'),
    year: t.term('year'),
    estimated: t.term('estimated'),
    modelled: t.term('modelled'),
    valueFromYear: (y) => t.term('valueFromYear', y),
  };
}

/** The notes under the map: years of nearest values, a fixed colour scale, split regions, the disclaimer. */
function notesOf(v: MapView, yearText: string): string[] {
  const { t, model: m } = v;
  const lang = t.lang();
  // Many regions from earlier years: one note with the count (each region's tooltip and row give its year).
  const nearest = m.layers.focus.filter((s) => s.nearest).length;
  const own =
    v.region && nearest > 3
      ? [t.term('nearestYearCount', formatNumber(nearest, lang, { decimals: 0 }), yearText)]
      : m.notes;
  const fixed = !v.domain && parseYears(v.legendYears);
  const scale = fixed
    ? [t.term('legendFixedYears', formatYear(Math.min(...fixed), lang), formatYear(Math.max(...fixed), lang))]
    : [];
  return [...own, ...scale, ...v.meta.splits, ...(v.noDisclaimer ? [] : [t.term('boundaryDisclaimer')])];
}

/** The names shown at zoom `z`, placed again only when the model or the zoom changes. */
function labelsAt(v: MapView, z: ZoomTransform): MapLabel[] {
  const m = v.model;
  return v.labels.get([m, z.k, z.x, z.y, v.noZoom], () => {
    // The zoom buttons cover the top right corner.
    const buttons: [number, number, number, number] = [m.width - 48, 0, m.width, 112];
    return placeLabels(m.labelCandidates, z, {
      width: m.width,
      height: m.height,
      size: m.width <= 480 ? 11 : 12,
      obstacles: v.noZoom ? [] : [buttons],
      markers: pointBoxes(m.points, z),
    });
  });
}

/**
 * A dot over each region too small to see or hit at this zoom (a city such as Bishkek or Shymkent): pointer users
 * click it like the shape; keyboard users reach the shape itself.
 */
function markersTemplate(v: MapView, z: ZoomTransform) {
  const small = v.model.layers.focus.filter((s) => s.centroid && (s.size ?? 0) * z.k < 8);
  if (!small.length) return nothing;
  return svg`<g class="markers">${small.map((s) => {
    const [x, y] = apply(z, s.centroid!);
    return svg`<circle
      class="marker ${s.id === v.selected ? 'selected' : ''}"
      data-marker=${s.id}
      cx=${x}
      cy=${y}
      r="5"
      fill=${fillOf(s)}
      aria-hidden="true"
      @pointermove=${(e: PointerEvent) => v.focus.onPointer(e, s)}
      @click=${(e: MouseEvent) => v.focus.onTap(e, s)}
    ></circle>`;
  })}</g>`;
}

/** The coloured areas, one tab stop among them. */
function areasTemplate(v: MapView, z: ZoomTransform) {
  const { model: m, meta, focus } = v;
  const part = v.region ? 'region' : 'country';
  const current = focus.current(m);
  return m.layers.focus.map(
    (s) => svg`<path
      part="${part} ${s.pattern ?? ''} ${s.id === v.selected ? 'selected' : ''} ${meta.larger.has(s.id) ? 'split' : ''}"
      data-id=${s.id}
      d=${s.d}
      fill=${fillOf(s)}
      role="graphics-symbol img"
      aria-label=${s.label}
      aria-current=${s.id === v.selected ? 'true' : nothing}
      tabindex=${s.id === current ? 0 : -1}
      @pointermove=${(e: PointerEvent) => focus.onPointer(e, s)}
      @click=${(e: MouseEvent) => focus.onTap(e, s)}
      @focus=${(e: FocusEvent) => focus.onFocus(e, s, z)}
    ></path>`,
  );
}

/** Rivers, water, borders over regions and the outlines of split, selected, hovered and focused areas. */
function overlaysTemplate(v: MapView) {
  const { model: m, meta, focus } = v;
  const byId = (id: string | null | undefined) => m.layers.focus.find((s) => s.id === id);
  const rank = (r: number) => Math.min(9, Math.max(0, Math.round(r)));
  // The rivers and the water are the same for every year of a geometry (the model keeps their arrays): not re-rendered.
  return svg`${guard([m.layers.rivers], () =>
    m.layers.rivers.length
      ? svg`<g class="rivers" aria-hidden="true">${m.layers.rivers.map((r) => svg`<path class="rank-${rank(r.rank)} ${r.emphasis ?? ''}" d=${r.d}></path>`)}</g>`
      : nothing,
  )}
    <g class="water" aria-hidden="true">${guard([m.layers.water], () => m.layers.water.map((s) => svg`<path d=${s.d}></path>`))}</g>
    ${meta.borders.length ? svg`<g class="borders" aria-hidden="true">${meta.borders.map((d) => svg`<path d=${d}></path>`)}</g>` : nothing}
    ${m.layers.focus.filter((s) => meta.larger.has(s.id)).map((s) => svg`<path class="split-hatch" d=${s.d} fill="url(#split)"></path>${outline(s, 'split')}`)}
    ${outline(byId(v.selected), 'selected')}
    ${focus.hovered && !focus.focusVisible ? outline(byId(focus.hovered.id), 'hover') : nothing}
    ${focus.focusVisible ? outline(byId(focus.active), 'focus') : nothing}`;
}

/** The whole drawn state of `<sdg-map>`: title, map, controls, legend, tooltip, source, table. */
export function mapTemplate(v: MapView): TemplateResult {
  const { model: m, meta, t, focus, zoom } = v;
  const terms = templateTerms(t, v.region);
  const title = meta.title;
  const yearText = formatYear(m.year, t.lang());
  const z = zoom.view;
  const tipShape = focus.hovered ? m.layers.focus.find((s) => s.id === focus.hovered!.id) : undefined;
  const sources = meta.sources.length === 1 ? meta.sources[0].text : meta.sources.map((x) => x.text).join('; ');
  return html`<div
    part="base"
    class=${[m.width <= 480 && 'narrow', v.legendBelow && 'legend-below'].filter(Boolean).join(' ')}
    dir=${t.dir()}
  >
    ${patternDefs()}
    <div part="title" id="title" lang=${ifDefined(foreignLang(title.lang, t.lang()))}>
      ${title.text} <span class="year">${yearText}</span>
    </div>
    <!-- Geography is never mirrored (src/i18n/direction.ts): the drawing and its controls stay left to right. -->
    <div class="frame" dir="ltr" @focusout=${focus.onFocusOut}>
      <svg
        part="svg"
        role="graphics-document document"
        aria-roledescription="map"
        aria-label=${t.term('mapLabel', title.text, yearText)}
        aria-describedby="desc"
        viewBox="0 0 ${m.width} ${m.height}"
        width=${m.width}
        height=${m.height}
        class=${v.noZoom ? '' : 'zoomable'}
        @keydown=${focus.onKeydown}
        @dblclick=${zoom.onDblClick}
        @pointerleave=${focus.onLeave}
      >
        <desc id="desc">${m.description} ${v.noZoom ? '' : t.term('mapKeys')}</desc>
        <rect class="sea" width=${m.width} height=${m.height} aria-hidden="true"></rect>
        <g class="zoom" transform="translate(${z.x} ${z.y}) scale(${z.k})">
          <g class="context" aria-hidden="true">
            ${guard([m.layers.context], () =>
              m.layers.context.map(
                (s) => svg`<path class=${DISPUTED.has(s.id) ? 'disputed' : nothing} d=${s.d}></path>`,
              ),
            )}
          </g>
          <g class="focus">${areasTemplate(v, z)}</g>
          ${overlaysTemplate(v)}
        </g>
        ${pointsTemplate(m.points, z)} ${v.region ? markersTemplate(v, z) : nothing}
        <g class="labels" aria-hidden="true">${guardedLabels(labelsAt(v, z))}</g>
      </svg>
      ${
        v.noZoom
          ? nothing
          : guard([t.stringsKey(), t.lang(), z.k, zoom], () =>
              zoomControlsTemplate(zoomTerms(t), z.k, zoomActions(zoom)),
            )
      }
      ${zoom.hint && !v.noZoom ? html`<div class="zoom-hint" part="zoom-hint" aria-hidden="true">${zoomHintText(t, zoom.hint)}</div>` : nothing}
      ${legendTemplate(m.legend, terms)}
      ${tipShape ? tooltipTemplate(tipShape, m.legend.unit, terms, { ...focus.hovered!, width: m.width }) : nothing}
    </div>
    <div class="footer">
      ${v.source(sources, notesOf(v, yearText))}
      <span class="sdg-actions">
        <button type="button" aria-expanded=${v.showTable ? 'true' : 'false'} @click=${v.toggleTable}>
          ${t.term(v.showTable ? 'hideTable' : 'showTable')}
        </button>
        ${v.exportMenu()}
      </span>
    </div>
    ${v.problems()}
    ${meta.unshaped.length ? unshapedTemplate(meta.unshaped, t.term('regionsWithoutShape'), (y) => t.term('valueFromYear', y)) : nothing}
    ${tableTemplate(m, `${title.text}, ${yearText}`, terms, v.showTable, meta.unshaped)}
  </div>`;
}

/** The names, re-rendered only when the placed labels change (a year change that keeps their tones keeps them). */
const guardedLabels = (labels: MapLabel[]) => guard([labels], () => labelsTemplate(labels));

/** The zoom buttons' actions, one object per controller (a new object each render would re-bind the listeners). */
const actions = new WeakMap<MapZoomController, { in: () => void; out: () => void; reset: () => void }>();
function zoomActions(zoom: MapZoomController) {
  let a = actions.get(zoom);
  if (!a)
    actions.set(zoom, (a = { in: () => void zoom.in(), out: () => void zoom.out(), reset: () => void zoom.reset() }));
  return a;
}
