import { precisionFixed } from 'd3-format';
import type { Observation, PublishedValue } from '../data/types.js';
import type { YearValue } from '../data/select.js';
import { numericValue } from '../data/select.js';
import { colorScale, type ColorLegend } from '../scales/color.js';
import { shapeLabel, summarize, type SummaryTerms } from '../a11y/summary.js';
import type { GeoShape, MapGeometry } from './layout.js';
import { labelPoint } from './label-point.js';

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
}

export interface MapLabel {
  id: string;
  x: number;
  y: number;
  text: string;
  lang: string;
  layer: 'focus' | 'context' | 'water';
  /** For labels on coloured shapes: text colour that contrasts with the fill. */
  tone?: 'light' | 'dark';
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
  layers: { context: MapShape[]; water: MapShape[]; focus: MapShape[] };
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

export function buildMapModel(input: MapModelInput): MapModel {
  const { geometry, values, year, text } = input;
  const numbers = geometry.focus.map((s) => numericValue(values.get(s.id)?.row.value)).filter((v): v is number => v !== null);
  const scale = colorScale(numbers, { bins: input.bins, scheme: input.scheme, better: input.better });
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  const foreign = (lang: string) => (lang && primary(lang) !== primary(input.lang) ? lang : '');

  const focus: MapShape[] = geometry.focus.map((g) => {
    const hit = values.get(g.id);
    const row = hit?.row;
    const value = numericValue(row?.value);
    const published = row ? row.value : null;
    const name = text.name(g.id, g.name);
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
    };
  });

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
  const waterShapes = geometry.water.map((g) => ({ ...context([g])[0], name: g.name, nameLang: '', label: g.name }));

  const size = input.labelSize ?? 12;
  const textWidth = (t: string, bold = false) => t.length * size * (bold ? 0.6 : 0.55);
  const labels: MapLabel[] = [];
  const boxes: Array<[number, number, number, number]> = [];
  const place = (s: MapShape, layer: MapLabel['layer'], at: [number, number] | null, bold = false) => {
    if (!at || !s.name) return;
    const w = textWidth(s.name, bold) / 2 + 2;
    const h = size * 0.6 + 1;
    const box: [number, number, number, number] = [at[0] - w, at[1] - h, at[0] + w, at[1] + h];
    if (box[0] < 0 || box[2] > geometry.width || box[1] < 0 || box[3] > geometry.height) return;
    if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) return;
    boxes.push(box);
    labels.push({
      id: s.id,
      x: at[0],
      y: at[1],
      text: s.name,
      lang: s.nameLang,
      layer,
      ...(layer === 'focus' ? { tone: s.fill && luminance(s.fill) < 0.3 ? ('light' as const) : ('dark' as const) } : {}),
    });
  };
  // Countries first (they matter most), then seas and lakes large enough to name, then the neighbours.
  geometry.focus.forEach((g, i) => place(focus[i], 'focus', labelPoint(g.rings, textWidth(focus[i].name, true), size * 1.2)));
  geometry.water.forEach((g, i) => {
    // The seas and great lakes (Natural Earth rank ≤ 2: Caspian, Aral, Balkhash, Issyk-Kul) are named on wide maps.
    const major = (g.rank ?? 9) <= 2 && geometry.width >= 600;
    if (major || (g.area >= size * size * 30 && g.labelWidth * 1.8 >= textWidth(g.name))) {
      place(waterShapes[i], 'water', g.centroid);
    }
  });
  geometry.context.forEach((g, i) => {
    if (g.area >= size * size * 40) place(contextShapes[i], 'context', labelPoint(g.rings, textWidth(contextShapes[i].name), size * 1.2));
  });

  const ticks = scale.legend.kind === 'ramp' ? scale.legend.ticks.map((t) => t.value) : [scale.legend.classes[0]?.from ?? 0, ...scale.legend.classes.map((c) => c.to)];
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const tickDecimals = step > 0 ? precisionFixed(step) : 0;
  const yearText = text.year(year);
  const notes: string[] = [];
  for (const s of focus) if (s.nearest && s.year !== null) notes.push(`${s.name}: ${text.nearestYear(yearText, s.yearText)}`);
  if (text.estimateNote && focus.some((s) => s.nature)) notes.push(text.estimateNote);

  return {
    width: geometry.width,
    height: geometry.height,
    year,
    layers: { context: contextShapes, water: waterShapes, focus },
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
