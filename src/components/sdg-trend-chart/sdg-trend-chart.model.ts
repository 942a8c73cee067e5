import { codeList, displayDecimals } from '../../core/charts/data.js';
import { trendModel, type TrendModel, type TrendSeries } from '../../core/charts/trend-model.js';
import { chartAreaName, isUserChartData } from '../../controllers/user-data-view.js';
import type { ChartLoad } from '../../controllers/chart-data.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ExportRow } from '../../internal/export.js';
import { pointText } from '../../internal/live-region.js';
import { measureText } from './series.styles.js';

/** The trend chart's model, texts, export rows and keys: what the element computes, apart from how it draws it. */

export interface TrendInputs {
  width: number;
  countries: string;
  /** `countries` is the default: the user's data then draw their own areas. */
  defaultCountries: boolean;
  aggregates: string;
  startYear: number | null;
  endYear: number | null;
  scale: 'linear' | 'log';
  target: number | null;
  highlight: string;
  selected: string | null;
}

/** The model for the loaded data, with the decimals its values print with. */
export function buildTrendModel(
  value: ChartLoad,
  o: TrendInputs,
  loc: LocalizeController,
  cs: CSSStyleDeclaration,
): { model: TrendModel; decimals: number } {
  const own = isUserChartData(value) && o.defaultCountries ? value.selection.areas : codeList(o.countries);
  const areas = [...own, ...codeList(o.aggregates)].map((code) => ({ code, name: chartAreaName(value, code, loc) }));
  const px = parseFloat(cs.fontSize) || 14;
  const tickFont = `${Math.round(px * 0.86)}px ${cs.fontFamily}`;
  const labelFont = `500 ${px}px ${cs.fontFamily}`;
  const height = Math.round(
    parseFloat(cs.getPropertyValue('--sdg-trend-chart-height')) ||
      Math.max(260, Math.min(440, o.width * (o.width < 600 ? 0.85 : 0.5))),
  );
  const decimals = displayDecimals(
    value.rows,
    areas.map((a) => a.code),
  );
  const model = trendModel({
    rows: value.rows,
    areas,
    width: o.width,
    height,
    startYear: o.startYear,
    endYear: o.endYear,
    scale: o.scale === 'log' ? 'log' : 'linear',
    target: o.target ?? value.shippedTarget,
    highlight: codeList([o.highlight, o.selected ?? ''].join(' ')),
    // numbers are tick labels (small font); anything with letters is a line label
    measure: (t) => measureText(t, /^[\p{N}\p{P}\p{S}\s]*$/u.test(t) ? tickFont : labelFont),
    formatTick: (v, d) => loc.number(v, { decimals: d }),
    // the line box of the label font (Noto Sans: 1.36em), so that boxes, not only glyphs, stay apart
    labelHeight: Math.ceil(px * 1.4),
    dir: loc.dir(),
  });
  return { model, decimals };
}

/** The estimate mark's word: modelled (M) or estimated (E). */
export function natureTerm(loc: LocalizeController, nature: string | null | undefined): string {
  return loc.term(nature === 'M' ? 'modelled' : 'estimated');
}

/** A sentence per line: first and last plotted values. */
export function trendSummary(m: TrendModel, v: ChartLoad, loc: LocalizeController, decimals: number): string {
  const fmt = (x: number | string) => loc.value(x, { decimals, unit: v.entry.unit });
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
 * What a screen reader hears when the crosshair moves: the focused line as "Kazakhstan, 10.2 per 1,000 live births,
 * 2020", or, with no line focused, the year and every line's value.
 */
export function trendAnnouncement(
  m: TrendModel,
  v: ChartLoad,
  loc: LocalizeController,
  decimals: number,
  year: number | null,
  code: string | null,
): string {
  if (year === null) return '';
  const unit = v.entry.unit === 'PERCENT' ? undefined : loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]).text;
  const item = (s: TrendSeries, withYear: boolean) => {
    const p = s.points.get(year);
    return pointText(loc, {
      name: s.name,
      value: p ? loc.value(p.value, { decimals, unit: v.entry.unit }) : loc.term('noData'),
      unit: p ? unit : undefined,
      year: withYear ? year : null,
      marks: p?.estimate ? [natureTerm(loc, p.nature)] : [],
    });
  };
  const focused = code ? m.series.find((s) => s.code === code) : undefined;
  if (focused) return item(focused, true);
  return `${loc.year(year)}: ${m.series.map((s) => item(s, false)).join('; ')}`;
}

/** The data table's values as published, one row per line and year, in the table's order; missing years left out. */
export function trendExportRows(m: TrendModel, v: ChartLoad): ExportRow[] {
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

/** The crosshair's year and focused line, and a selection to make (`undefined`: none). */
export interface TrendCursor {
  year: number | null;
  code: string | null;
  select?: string | null;
}

/**
 * Where a key takes the crosshair: Left/Right/Home/End move along the years, Up/Down between the lines with a value
 * (top to bottom), Enter/Space select the focused line, Escape clears (and the selection). `null`: not a chart key.
 */
export function trendKey(m: TrendModel, key: string, at: TrendCursor, selected: string | null): TrendCursor | null {
  const stops = m.stops;
  let { year, code } = at;
  const i = year === null ? -1 : stops.indexOf(year);
  const withValue = m.series.filter((s) => year !== null && s.points.get(year)?.numeric != null);
  const j = withValue.findIndex((s) => s.code === code);
  switch (key) {
    case 'ArrowRight':
      return { year: stops[Math.min(stops.length - 1, i < 0 ? stops.length - 1 : i + 1)], code };
    case 'ArrowLeft':
      return { year: stops[Math.max(0, i < 0 ? stops.length - 1 : i - 1)], code };
    case 'Home':
      return { year: stops[0], code };
    case 'End':
      return { year: stops[stops.length - 1], code };
    case 'ArrowDown':
    case 'ArrowUp': {
      if (year === null) year = stops[stops.length - 1];
      const y = year;
      const sorted = m.series
        .filter((s) => s.points.get(y)?.numeric != null)
        .sort((a, b) => (a.points.get(y)!.y ?? 0) - (b.points.get(y)!.y ?? 0));
      const k = sorted.findIndex((s) => s.code === code);
      const next = key === 'ArrowDown' ? k + 1 : k < 0 ? sorted.length - 1 : k - 1;
      return { year, code: sorted[(next + sorted.length) % sorted.length]?.code ?? null };
    }
    case 'Enter':
    case ' ':
      if (code) return { year, code, select: code };
      return withValue[j] ? { year, code, select: withValue[j].code } : { year, code };
    case 'Escape':
      return selected ? { year: null, code: null, select: null } : { year: null, code: null };
    default:
      return null;
  }
}

/** The line nearest `py` (within 24px) at the crosshair's year, or null. */
export function lineNear(m: TrendModel, year: number, py: number): TrendSeries | null {
  let best: TrendSeries | null = null;
  let dist = 24;
  for (const s of m.series) {
    const p = s.points.get(year);
    if (p?.y != null && Math.abs(p.y - py) < dist) [best, dist] = [s, Math.abs(p.y - py)];
  }
  return best;
}

/**
 * Where the read-out of `width` px goes beside the crosshair at `year`, inside the chart: toward the reading
 * direction (src/i18n/direction.ts), else the other way, else wherever it fits.
 */
export function tooltipLeft(m: TrendModel, year: number, width: number, dir: 'ltr' | 'rtl'): number {
  const x = m.x.scale(year);
  const after = x + 12 + width <= m.width ? x + 12 : null;
  const before = x - 12 - width >= 0 ? x - 12 - width : null;
  return (dir === 'rtl' ? (before ?? after) : (after ?? before)) ?? Math.max(0, m.width - width);
}

/** The notes under the chart: estimates dashed, ranges not plotted, values a log scale cannot show. */
export function trendNotes(m: TrendModel | null, loc: LocalizeController): string[] {
  return [
    m?.hasEstimates ? loc.term('estimatesDashed') : '',
    m?.hasFlags ? loc.term('flagsNotPlotted') : '',
    m?.omittedNonPositive ? loc.term('logOmitted', loc.number(m.omittedNonPositive)) : '',
  ].filter(Boolean);
}
