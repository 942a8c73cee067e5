import { precisionFixed } from 'd3-format';
import type { Observation, PublishedValue } from '../data/types.js';
import type { YearValue } from '../data/select.js';
import { numericValue } from '../data/select.js';
import { colorScale, type ColorLegend } from '../scales/color.js';
import { shapeLabel, summarize, type SummaryTerms } from '../a11y/summary.js';
import type { GeoShape, MapGeometry } from './shapes.js';
import {
  areaAnchor,
  lineSpots,
  placeLabels,
  textWidth,
  type LabelCandidate,
  type LabelSpot,
  type MapLabel,
} from './labels.js';
import { IDENTITY } from './zoom.js';
import { inBasin } from './places.js';
import { waterName } from './water-names.js';
import { foreignLang } from '../locale/match.js';
import { sameKey } from '../memo.js';

export type { MapLabel } from './labels.js';

/**
 * The render model of a choropleth: everything `<sdg-map>` draws, as plain data. Built from the projected
 * geometry (per size) and the values of one year (per year), with text from the caller's localiser.
 */

export type Pattern = 'no-data' | 'range';

export interface MapShape {
  id: string;
  d: string;
  name: string;
  /** Language of `name` when it differs from the element's (fallback text). */
  nameLang: string;
  /** Solid fill from the colour scale; null when a pattern is used or for context shapes. */
  fill: string | null;
  pattern: Pattern | null;
  /** The plotted number; null for missing values and flags. */
  value: number | null;
  /** The value as published (number or flag such as `>95`); null when missing. */
  published: PublishedValue | null;
  valueText: string;
  /** Year of the value (may be earlier than the map's year); null when missing. */
  year: number | null;
  yearText: string;
  /** True when the value is from an earlier year than the map's. */
  nearest: boolean;
  /** `E` estimated, `M` modelled. */
  nature: 'E' | 'M' | null;
  /** Accessible name, with value, unit, year and marks. */
  label: string;
  centroid: [number, number] | null;
  /** √ of the projected area in px: a shape smaller than a few px (a city region) gets a marker. */
  size?: number;
}

/** A river: drawn as a line, emphasised or muted when basins are highlighted. */
export interface MapLine {
  id: string;
  d: string;
  name: string;
  rank: number;
  emphasis: 'strong' | 'muted' | null;
}

/** A labelled point (a capital) in drawing pixels. */
export interface MapPoint {
  id: string;
  x: number;
  y: number;
  name: string;
  nameLang: string;
  capital: boolean;
}

export interface MapLegend {
  scale: ColorLegend;
  /** Tick or class-boundary labels, formatted. */
  tickText: string[];
  unit: string;
  /** Entries for shapes drawn with patterns, present only when such shapes are on the map. */
  noData: boolean;
  range: boolean;
}

export interface MapModel {
  width: number;
  height: number;
  year: number;
  layers: { context: MapShape[]; water: MapShape[]; focus: MapShape[]; rivers: MapLine[] };
  points: MapPoint[];
  /** Every name that may be shown, with where and from which zoom on; `placeLabels` picks them per zoom. */
  labelCandidates: LabelCandidate[];
  /** The names shown at zoom 1 (`placeLabels(labelCandidates, identity)`). */
  labels: MapLabel[];
  legend: MapLegend;
  /** Screen-reader summary. */
  description: string;
  /** Source-line notes (nearest years, estimates). */
  notes: string[];
}

export interface MapText extends SummaryTerms {
  /** Display name of an area code, with its language; `fallback` is the geometry's English name. */
  name: (code: string, fallback: string) => { text: string; lang: string };
  value: (value: PublishedValue) => string;
  /** A legend number with exactly `decimals` decimals (enough to tell the ticks apart, no float noise). */
  number: (value: number, decimals: number) => string;
  year: (year: number) => string;
  /** Unit label appended to values in tooltips and accessible names ('' for percent, whose sign is in the value). */
  unit: string;
  /** Legend heading (defaults to `unit`): for percentages the unit's description, e.g. "% of seats". */
  legendUnit?: string;
  noData: string;
  estimated: string;
  modelled: string;
  publishedAsRange: string;
  valueFromYear: (year: string) => string;
  nearestYear: (year: string, shown: string) => string;
  /** Source-line note when some values are estimates/modelled. */
  estimateNote?: string;
  /** The Aral Sea's label (its shipped outline is an earlier, larger extent). */
  aralSea?: string;
  /** Name of a point (capital) in the element's language. */
  place?: (id: string) => { text: string; lang: string };
}

/** Optional layers: `rivers`, `lakes` (every lake and reservoir, not only the seas and great lakes), `capitals`. */
export interface MapLayers {
  rivers?: boolean;
  lakes?: boolean;
  capitals?: boolean;
}

export interface MapModelInput {
  geometry: MapGeometry;
  values: Map<string, YearValue>;
  year: number;
  bins?: number;
  scheme?: string | null;
  better?: 'higher' | 'lower' | null;
  /** Pixel size of label text, to decide which labels fit. */
  labelSize?: number;
  /** The element's language, to mark names in another one. */
  lang: string;
  text: MapText;
  layers?: MapLayers;
  /** Basins whose rivers are emphasised (the others muted), e.g. `['amu-darya']`. */
  basins?: string[];
  /** A fixed colour domain (e.g. over the years a time slider plays) instead of this year's values' extent. */
  domain?: [number, number] | null;
  /** Layer of the focus shapes' names: `region` at region level. */
  focusLayer?: 'focus' | 'region';
  /** Capitals' ids that are drawn as points (geometry.points holds their positions). */
  capitalIds?: ReadonlySet<string>;
  /**
   * What the answers of `text`'s functions depend on besides the values (the language and the strings loaded). Given,
   * the parts of the model a year change leaves alone (names, the other layers, where each name goes) are kept
   * per geometry and reused: a year change then only re-colours, re-words the values and re-tones the names.
   */
  textKey?: readonly unknown[];
}

/** Relative luminance of `rgb(r, g, b)` or `#rrggbb`, 0..1. */
export function luminance(color: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  const rgb = m
    ? [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16))
    : (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function natureOf(row: Observation | undefined): 'E' | 'M' | null {
  return row?.nature === 'E' || row?.nature === 'M' ? row.nature : null;
}

/** The parts of a model that do not depend on the values shown: the same for every year of a geometry. */
interface StaticPart {
  focusNames: Array<{ text: string; lang: string }>;
  /** Where each focus shape's name goes (null: it fits nowhere), and from which zoom on. */
  focusAnchors: Array<{ spots: LabelSpot[]; minK: number } | null>;
  contextShapes: MapShape[];
  waterShapes: MapShape[];
  rivers: MapLine[];
  points: MapPoint[];
  /** The label candidates after the focus shapes' (water, rivers, capitals, neighbours), in that order. */
  others: LabelCandidate[];
}

interface StaticEntry {
  key: string;
  textKey: readonly unknown[];
  geometry: Pick<MapGeometry, 'context' | 'water' | 'rivers' | 'points'>;
  part: StaticPart;
}
const statics = new WeakMap<GeoShape[], StaticEntry[]>();
const STATICS_KEPT = 4;

function staticKey(input: MapModelInput): string | null {
  if (input.textKey === undefined) return null;
  const layers = input.layers ?? {};
  const g = input.geometry;
  return JSON.stringify([
    input.lang,
    input.labelSize ?? 12,
    !!layers.rivers,
    !!layers.lakes,
    !!layers.capitals,
    input.basins ?? [],
    input.focusLayer ?? 'focus',
    input.capitalIds ? [...input.capitalIds].sort() : null,
    g.width,
    g.height,
  ]);
}

/**
 * The static part of `input`'s model, reused when `textKey` is given and neither it nor the geometry's shape lists
 * changed (kept per list of focus shapes: a region-level geometry is a view over the same lists).
 */
function staticPart(input: MapModelInput): StaticPart {
  const key = staticKey(input);
  const g = input.geometry;
  if (key === null) return computeStatic(input);
  let list = statics.get(g.focus);
  if (!list) statics.set(g.focus, (list = []));
  const same = (e: StaticEntry) =>
    e.key === key &&
    sameKey(e.textKey, input.textKey!) &&
    e.geometry.context === g.context &&
    e.geometry.water === g.water &&
    e.geometry.rivers === g.rivers &&
    e.geometry.points === g.points;
  const hit = list.find(same);
  if (hit) return hit.part;
  const part = computeStatic(input);
  list.unshift({
    key,
    textKey: [...input.textKey!],
    geometry: { context: g.context, water: g.water, rivers: g.rivers, points: g.points },
    part,
  });
  list.length = Math.min(list.length, STATICS_KEPT);
  return part;
}

function computeStatic(input: MapModelInput): StaticPart {
  const { geometry, text } = input;
  const foreign = (lang: string) => foreignLang(lang, input.lang) ?? '';
  const context = (shapes: GeoShape[]): MapShape[] =>
    shapes.map((g) => {
      const name = text.name(g.id, g.name);
      return {
        id: g.id,
        d: g.d,
        name: name.text,
        nameLang: foreign(name.lang),
        fill: null,
        pattern: null,
        value: null,
        published: null,
        valueText: '',
        year: null,
        yearText: '',
        nearest: false,
        nature: null,
        label: name.text,
        centroid: g.centroid,
      };
    });
  const contextShapes = context(geometry.context);
  const layers = input.layers ?? {};
  // Without the lakes layer: the seas and the great lakes (Natural Earth rank ≤ 2: Caspian, Aral, Balkhash,
  // Issyk-Kul); with it, every lake and reservoir.
  const waterGeo = geometry.water.filter(
    (g) => layers.lakes || g.kind === 'sea' || g.kind === 'bay' || (g.rank ?? 9) <= 2,
  );
  // The Aral Sea keeps its own label (the translations' note that its outline is a historic extent).
  const nameOfWater = (g: GeoShape) =>
    g.name === 'Aral Sea' && text.aralSea
      ? { text: text.aralSea, lang: input.lang }
      : waterName(g.names, g.name, input.lang);
  const waterShapes = waterGeo.map((g) => {
    const n = nameOfWater(g);
    return { ...context([g])[0], name: n.text, nameLang: foreign(n.lang), label: n.text };
  });

  const basins = input.basins ?? [];
  const rivers: MapLine[] = layers.rivers
    ? geometry.rivers.map((r) => ({
        id: r.id,
        d: r.d,
        name: r.name,
        rank: r.rank,
        emphasis: basins.length ? (inBasin(r.name, basins) ? 'strong' : 'muted') : null,
      }))
    : [];
  const points: MapPoint[] = [];
  if (layers.capitals && text.place) {
    for (const p of geometry.points) {
      if (!p.at || (input.capitalIds && !input.capitalIds.has(p.id))) continue;
      const name = text.place(p.id);
      points.push({ id: p.id, x: p.at[0], y: p.at[1], name: name.text, nameLang: foreign(name.lang), capital: true });
    }
  }

  const size = input.labelSize ?? 12;
  const lineHeight = size * 1.2;
  const focusNames = geometry.focus.map((g) => text.name(g.id, g.name));
  const focusAnchors = geometry.focus.map((g, i) => {
    const a = focusNames[i].text ? areaAnchor(g, textWidth(focusNames[i].text, size, true), lineHeight) : null;
    return a && { spots: [a.spot], minK: a.minK };
  });
  const others: LabelCandidate[] = [];
  const firstK = (fits: (k: number) => boolean) => [1, 2, 4, 8].find(fits) ?? Infinity;
  // Countries first (they matter most; the caller's), then seas and lakes, rivers, capitals, and the neighbours last.
  waterGeo.forEach((g, i) => {
    const s = waterShapes[i];
    if (!s.name || !g.centroid) return;
    const tw = textWidth(s.name, size);
    // The seas and great lakes are named on wide maps; others once they are large enough on screen.
    const major = (g.rank ?? 9) <= 2 && geometry.width >= 600;
    const minK = major ? 1 : firstK((k) => g.area * k * k >= size * size * 30 && g.labelWidth * k * 1.8 >= tw);
    if (Number.isFinite(minK))
      others.push({
        id: g.id,
        text: s.name,
        lang: s.nameLang,
        layer: 'water',
        spots: [{ x: g.centroid[0], y: g.centroid[1] }],
        minK,
        weight: g.area,
      });
  });
  if (rivers.length) {
    // One name per river: its longest drawn feature carries it (course-through-lake pieces are not named). Keyed by
    // the name shown, so that Natural Earth's Ertis and Irtysh, one river, are named once.
    const longest = new Map<
      string,
      { spots: ReturnType<typeof lineSpots>; rank: number; id: string; ne: string; lang: string }
    >();
    for (const r of geometry.rivers) {
      if (!r.name || r.kind !== 'river') continue;
      const shown = waterName(r.names, r.name, input.lang);
      const spots = lineSpots(r.parts);
      const prev = longest.get(shown.text);
      if (!prev || spots.length > prev.spots.length)
        longest.set(shown.text, { spots, rank: r.rank, id: r.id, ne: r.name, lang: foreign(shown.lang) });
    }
    for (const [name, r] of longest) {
      const tw = textWidth(name, size);
      const byLength = firstK((k) => r.spots.length * k >= tw * 2.5);
      // Major rivers (rank ≤ 5: Irtysh, Syr Darya, Amu Darya, Naryn…) from 1×, the others from 2× or 4×.
      const minK = Math.max(byLength, r.rank <= 5 ? 1 : r.rank <= 7 ? 2 : 4);
      const strong = basins.length > 0 && inBasin(r.ne, basins);
      if (Number.isFinite(minK) && r.spots.spots.length)
        others.push({
          id: r.id,
          text: name,
          // Marked when not in the page's language (an English fallback), for fonts and hyphenation; the names on
          // the map are hidden from screen readers (the shapes carry the accessible names).
          lang: r.lang,
          layer: 'river',
          spots: r.spots.spots.map((p) => ({ ...p, dy: -size * 0.75 })),
          minK: strong ? 1 : minK,
          weight: (strong ? 1e9 : 0) + r.spots.length,
          ...(basins.length ? { emphasis: strong ? ('strong' as const) : ('muted' as const) } : {}),
        });
    }
  }
  for (const p of points)
    others.push({
      id: p.id,
      text: p.name,
      lang: p.nameLang,
      layer: 'capital',
      spots: [
        { x: p.x, y: p.y, align: 'start', dx: 6 },
        { x: p.x, y: p.y, align: 'end', dx: -6 },
        { x: p.x, y: p.y, align: 'middle', dy: -size * 0.9 },
        { x: p.x, y: p.y, align: 'middle', dy: size * 0.9 },
      ],
      minK: 1,
      weight: 0,
    });
  geometry.context.forEach((g, i) => {
    const s = contextShapes[i];
    if (!s.name) return;
    const bySize = firstK((k) => g.area * k * k >= size * size * 40);
    const a = Number.isFinite(bySize) ? areaAnchor(g, textWidth(s.name, size), lineHeight) : null;
    if (a)
      others.push({
        id: s.id,
        text: s.name,
        lang: s.nameLang,
        layer: 'context',
        spots: [a.spot],
        minK: Math.max(a.minK, bySize),
        weight: g.area,
      });
  });
  return { focusNames, focusAnchors, contextShapes, waterShapes, rivers, points, others };
}

export function buildMapModel(input: MapModelInput): MapModel {
  const { geometry, values, year, text } = input;
  const numbers = geometry.focus
    .map((s) => numericValue(values.get(s.id)?.row.value))
    .filter((v): v is number => v !== null);
  const scale = colorScale(numbers, {
    bins: input.bins,
    scheme: input.scheme,
    better: input.better,
    ...(input.domain ? { domain: input.domain } : {}),
  });
  const foreign = (lang: string) => foreignLang(lang, input.lang) ?? '';
  const fixed = staticPart(input);

  const focus: MapShape[] = geometry.focus.map((g, i) => {
    const hit = values.get(g.id);
    const row = hit?.row;
    const value = numericValue(row?.value);
    const published = row ? row.value : null;
    const name = fixed.focusNames[i];
    const nature = natureOf(row);
    const valueText = published === null ? '' : text.value(published);
    const yearText = row ? text.year(row.year) : '';
    const pattern: Pattern | null = published === null ? 'no-data' : value === null ? 'range' : null;
    return {
      id: g.id,
      d: g.d,
      name: name.text,
      nameLang: foreign(name.lang),
      fill: value === null ? null : scale.color(value),
      pattern,
      value,
      published,
      valueText,
      year: row?.year ?? null,
      yearText,
      nearest: !!hit?.nearest,
      nature,
      label: shapeLabel(name.text, [
        published === null ? text.noData : [valueText, text.unit].filter(Boolean).join(' '),
        pattern === 'range' && text.publishedAsRange,
        row && yearText,
        nature === 'E' && text.estimated,
        nature === 'M' && text.modelled,
      ]),
      centroid: g.centroid,
      size: Math.sqrt(g.area),
    };
  });
  const { contextShapes, waterShapes, rivers, points } = fixed;

  const size = input.labelSize ?? 12;
  const candidates: LabelCandidate[] = [];
  // Countries first (they matter most), then the rest (water, rivers, capitals, neighbours).
  geometry.focus.forEach((g, i) => {
    const s = focus[i];
    const a = fixed.focusAnchors[i];
    if (a)
      candidates.push({
        id: s.id,
        text: s.name,
        lang: s.nameLang,
        layer: input.focusLayer ?? 'focus',
        spots: a.spots,
        minK: a.minK,
        weight: g.area,
        tone: s.fill && luminance(s.fill) < 0.3 ? 'light' : 'dark',
      });
  });
  candidates.push(...fixed.others);
  const labels = placeLabels(candidates, IDENTITY, {
    width: geometry.width,
    height: geometry.height,
    size,
    markers: pointBoxes(points, IDENTITY),
  });

  const ticks =
    scale.legend.kind === 'ramp'
      ? scale.legend.ticks.map((t) => t.value)
      : [scale.legend.classes[0]?.from ?? 0, ...scale.legend.classes.map((c) => c.to)];
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const tickDecimals = step > 0 ? precisionFixed(step) : 0;
  const yearText = text.year(year);
  const notes: string[] = [];
  for (const s of focus)
    if (s.nearest && s.year !== null) notes.push(`${s.name}: ${text.nearestYear(yearText, s.yearText)}`);
  if (text.estimateNote && focus.some((s) => s.nature)) notes.push(text.estimateNote);

  return {
    width: geometry.width,
    height: geometry.height,
    year,
    layers: { context: contextShapes, water: waterShapes, focus, rivers },
    points,
    labelCandidates: candidates,
    labels,
    legend: {
      scale: scale.legend,
      tickText: ticks.map((v) => text.number(v, tickDecimals)),
      unit: text.legendUnit ?? text.unit,
      noData: focus.some((s) => s.pattern === 'no-data'),
      range: focus.some((s) => s.pattern === 'range'),
    },
    description: summarize(focus, yearText, text),
    notes,
  };
}

/** The capitals' dots as boxes labels keep clear of, in frame pixels at zoom `t`. */
export function pointBoxes(
  points: readonly MapPoint[],
  t: { k: number; x: number; y: number },
): Array<[number, number, number, number]> {
  return points.map((p) => {
    const x = p.x * t.k + t.x;
    const y = p.y * t.k + t.y;
    return [x - 4, y - 4, x + 4, y + 4];
  });
}
