import { barModel, latestYear, type Bar, type BarModel } from '../../core/charts/bar-model.js';
import { codeList, displayDecimals } from '../../core/charts/data.js';
import { colorIndex } from '../../core/charts/palette.js';
import type { PublishedValue } from '../../core/data/types.js';
import { matchArea } from '../../core/data/user-data.js';
import type { ChartLoad } from '../../controllers/chart-data.js';
import { chartAreaName, isUserChartData } from '../../controllers/user-data-view.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ExportRow } from '../../internal/export.js';
import { pointText } from '../../internal/live-region.js';
import { measureText } from '../sdg-trend-chart/series.styles.js';
import { natureTerm } from '../sdg-trend-chart/sdg-trend-chart.model.js';

/** The bar chart's model, texts, export rows and keys: what the element computes, apart from how it draws it. */

/** The areas ranked: the user's data rank their own areas unless `countries` names others. */
export function barAreaCodes(
  v: ChartLoad | null | undefined,
  countries: string,
  defaultCountries: boolean,
  aggregates: string,
): string[] {
  if (isUserChartData(v) && defaultCountries) return [...v.selection.areas, ...codeList(aggregates)];
  return [...codeList(countries), ...codeList(aggregates)];
}

/** A value as printed: at least its own decimals (never rounded away), padded to the chart's `decimals`. */
export function barValue(loc: LocalizeController, v: ChartLoad, value: PublishedValue, decimals: number): string {
  return loc.value(value, { decimals, unit: v.entry.unit });
}

export interface BarInputs {
  codes: string[];
  year: number;
  yearTolerance: number;
  width: number;
  target: number | null;
  highlight: string;
  selected: string | null;
}

/** The model for the loaded data, with the decimals its values print with. */
export function buildBarModel(
  v: ChartLoad,
  o: BarInputs,
  loc: LocalizeController,
  cs: CSSStyleDeclaration,
): { model: BarModel; decimals: number } {
  const px = parseFloat(cs.fontSize) || 14;
  const font = `${px}px ${cs.fontFamily}`;
  const decimals = displayDecimals(v.rows, o.codes);
  const model = barModel({
    rows: v.rows,
    areas: o.codes.map((code) => ({ code, name: chartAreaName(v, code, loc) })),
    year: o.year,
    tolerance: o.yearTolerance,
    width: o.width,
    rowHeight: Math.ceil(px * 2.1),
    measure: (t) => measureText(t, font),
    valueText: (value) => barValue(loc, v, value, decimals),
    target: o.target ?? v.shippedTarget,
    highlight: codeList(`${o.highlight} ${o.selected ?? ''}`),
    dir: loc.dir(),
  });
  // The user's subdivisions take their country's colour: a palette cycling over twenty regions would repeat colours.
  if (isUserChartData(v)) {
    for (const b of model.bars) {
      const country = matchArea(b.code)?.country;
      if (country && country !== b.code) b.color = colorIndex(country, 0);
    }
  }
  return { model, decimals };
}

export { latestYear };

/** "Kazakhstan, 10.2 per 1,000 live births, 2020" (rank first, marks last), for the live region. */
export function barDescribe(b: Bar, m: BarModel, v: ChartLoad, loc: LocalizeController, decimals: number): string {
  const unit = v.entry.unit === 'PERCENT' ? undefined : loc.unit(v.entry.unit, v.catalog.units[v.entry.unit]).text;
  if (b.value === null) return pointText(loc, { name: b.name, value: loc.term('noData'), year: m.year });
  return pointText(loc, {
    name: `${loc.number(b.rank + 1)}. ${b.name}`,
    value: barValue(loc, v, b.value, decimals),
    unit,
    year: b.year,
    marks: [
      b.nearest ? loc.term('valueFromYear', loc.year(b.year!)) : '',
      b.estimate ? natureTerm(loc, b.nature) : '',
    ].filter(Boolean),
  });
}

export function barSummary(m: BarModel, v: ChartLoad, loc: LocalizeController, decimals: number): string {
  const shown = m.bars.filter((b) => b.value !== null);
  const missing = m.bars.filter((b) => b.value === null);
  const order = shown
    .map((b) => `${b.name} ${barValue(loc, v, b.value!, decimals)}${b.nearest ? ` (${loc.year(b.year!)})` : ''}`)
    .join(', ');
  return [
    shown.length ? loc.term('rankSummary', loc.year(m.year), order) : '',
    missing.length ? loc.term('summaryNoData', missing.map((b) => b.name).join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The rows of the data table with values as published (a number, or a flag such as `<2.5` as text), not as
 * formatted for display; the year is that of the value (earlier than asked when `nearest`).
 */
export function barExportRows(m: BarModel, v: ChartLoad): ExportRow[] {
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

/** The active bar after a key, a selection to make, a year to move to (`undefined`: none of these). */
export interface BarMove {
  active: string | null;
  select?: string | null;
  year?: number;
}

/**
 * Where a key takes the chart: Up/Down/Home/End move between bars, Left/Right to the previous/next year with data
 * (`years`; time runs left to right in every writing direction, src/i18n/direction.ts), Enter/Space select the
 * active bar, Escape clears (and the selection). `null`: not a chart key.
 */
export function barKey(
  m: BarModel,
  key: string,
  active: string | null,
  selected: string | null,
  years: () => number[],
): BarMove | null {
  const i = m.bars.findIndex((b) => b.code === active);
  switch (key) {
    case 'ArrowDown':
      return { active: m.bars[Math.min(m.bars.length - 1, i + 1)].code };
    case 'ArrowUp':
      return { active: m.bars[Math.max(0, i < 0 ? 0 : i - 1)].code };
    case 'Home':
      return { active: m.bars[0].code };
    case 'End':
      return { active: m.bars[m.bars.length - 1].code };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const all = years();
      const next = key === 'ArrowRight' ? all.find((y) => y > m.year) : [...all].reverse().find((y) => y < m.year);
      return next === undefined ? { active } : { active, year: next };
    }
    case 'Enter':
    case ' ':
      return active ? { active, select: active } : { active };
    case 'Escape':
      return selected ? { active: null, select: null } : { active: null };
    default:
      return null;
  }
}
