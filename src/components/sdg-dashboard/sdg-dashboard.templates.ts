import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import type { Catalog } from '../../core/data/types.js';
import { METHOD } from '../../core/sdg/method.js';
import { cellColors, STATUS_LEVEL, STATUS_SYMBOL, TREND_ARROW } from '../../core/sdg/display.js';
import type { IndicatorRating } from '../../core/sdg/progress-file.js';
import type { Status, Trend } from '../../core/sdg/types.js';
import type { LangText, LocalizeController } from '../../i18n/localize.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { foreignLang } from '../../core/locale/match.js';

/** Templates of `<sdg-dashboard>` that only map ratings to markup (no state). */

type T = LocalizeController;

export const STATUS_TERM = {
  achieved: 'statusAchieved',
  close: 'statusClose',
  far: 'statusFar',
  'very-far': 'statusVeryFar',
  insufficient: 'statusInsufficient',
  'no-target': 'statusNoTarget',
  'not-applicable': 'statusNotApplicable',
} as const satisfies Record<Status, string>;

export const TREND_TERM = {
  'on-track': 'trendOnTrack',
  maintaining: 'trendMaintaining',
  moderate: 'trendModerate',
  improving: 'trendImproving',
  stagnating: 'trendStagnating',
  worsening: 'trendWorsening',
  insufficient: 'trendInsufficient',
} as const satisfies Record<Trend, string>;

/**
 * CSS variables of a rated fill in the goal's colour family (light and dark surfaces), as an element binding
 * (`<td ${fillStyle(…)}>`) set through the CSSOM, so a strict `style-src` policy does not drop them.
 */
export function fillStyle(goalColor: string, status: Status) {
  const c = cellColors(goalColor, status);
  return styleProps({
    '--_fill-light': c?.light,
    '--_text-light': c?.lightText,
    '--_fill-dark': c?.dark,
    '--_text-dark': c?.darkText,
  });
}

/**
 * Text in another language than the host's (a UI string not yet translated, a title only in English) marked with
 * `lang`, and isolated as left-to-right inside right-to-left text so its punctuation stays in place.
 */
export function inLang(t: T, r: LangText): TemplateResult | string {
  const lang = foreignLang(r.lang, t.lang());
  if (!lang) return r.text;
  return html`<span lang=${lang} dir=${ifDefined(t.dir() === 'rtl' ? 'ltr' : undefined)}>${r.text}</span>`;
}

/**
 * Right-to-left (fa-AF, ps), by the rule of `src/i18n/direction.ts`:
 * - the status meter is a bar of four steps, so it is mirrored like the bars of a bar chart: it fills from the inline
 *   start (the right in right-to-left), as progress bars do in right-to-left interfaces;
 * - the trend arrows are not mirrored: ↗ says that the value moves the good way over time, and time runs left to
 *   right in every direction (the trend chart and the sparkline beside the dashboard draw it so); ↑ ↓ are vertical.
 *   The arrows are not Bidi_Mirrored characters, and their span is isolated left-to-right so no bidi context can
 *   change them;
 * - chrome is mirrored: the back button points to the inline start (→ in right-to-left).
 */
export function backArrow(dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? '→' : '←';
}

/** The status symbol: a four-step meter (✓ beside it when met), `?` not enough data, `—` no numeric target. */
export function statusSymbol(status: Status): TemplateResult {
  const level = STATUS_LEVEL[status];
  if (!level) return html`<span class="glyph">${STATUS_SYMBOL[status]}</span>`;
  return html`<span class="meter">${[1, 2, 3, 4].map((i) => html`<i class=${i <= level ? 'on' : ''}></i>`)}</span>`;
}

export function trendSymbol(trend: Trend): TemplateResult {
  return html`<span class="arrow" dir="ltr">${TREND_ARROW[trend]}</span>`;
}

/** Marks of a goal cell whose status rests on one indicator (thin) or on an old value. */
export const THIN_MARK = '¹';
export const OLD_MARK = '◔';

export function marks(thin: boolean, old: boolean): TemplateResult | typeof nothing {
  if (!thin && !old) return nothing;
  return html`<span class="marks">${thin ? THIN_MARK : ''}${old ? OLD_MARK : ''}</span>`;
}

/** The legend: every symbol with its meaning in words. `oldBefore`: the first year that is not old. */
export function legend(t: T, sample: string, oldBefore?: number | null): TemplateResult {
  const statuses: Status[] = ['achieved', 'close', 'far', 'very-far', 'insufficient', 'no-target', 'not-applicable'];
  const trends: Trend[] = ['on-track', 'maintaining', 'moderate', 'stagnating', 'worsening', 'insufficient'];
  return html`<div part="legend">
    <dl>
      <dt>${inLang(t, t.termWithLang('legendStatus'))}</dt>
      ${statuses.map(
        (s) =>
          html`<dd>
            <span class="swatch" ${fillStyle(sample, s)} aria-hidden="true">${statusSymbol(s)}</span
            >${inLang(t, t.termWithLang(STATUS_TERM[s]))}
          </dd>`,
      )}
      <dd><span class="swatch" aria-hidden="true">${THIN_MARK}</span>${inLang(t, t.termWithLang('statusThin'))}</dd>
      ${oldBefore ? html`<dd><span class="swatch" aria-hidden="true">${OLD_MARK}</span>${t.term('statusOld', `< ${t.year(oldBefore)}`)}</dd>` : nothing}
    </dl>
    <dl>
      <dt>${inLang(t, t.termWithLang('legendTrend'))}</dt>
      ${trends.map((s) => html`<dd><span aria-hidden="true">${trendSymbol(s)}</span>${inLang(t, t.termWithLang(TREND_TERM[s]))}</dd>`)}
    </dl>
  </div>`;
}

/** A value with its unit: `%` for percentages, else the unit's name after it, in the reader's language. */
export function valueText(t: T, catalog: Catalog, series: string, value: number | string): string {
  const entry = catalog.series[series];
  const unit = entry?.unit ?? '';
  const text = t.value(value, { unit });
  if (unit === 'PERCENT' || !catalog.units[unit]) return text;
  return `${text} ${t.unit(unit, catalog.units[unit]).text}`;
}

const COMPARATOR: Record<string, string> = { '<': '<', '<=': '≤', '>=': '≥', '=0': '=' };

/** The target of an indicator as text (with its lower bound), or the status term when there is none. */
export function targetText(t: T, catalog: Catalog, a: IndicatorRating, reduction?: number, baseYear?: number): string {
  if (a.targetValue === null || a.comparator === null)
    return t.term(STATUS_TERM[a.status === 'no-target' ? 'no-target' : 'insufficient']);
  const value = valueText(t, catalog, a.series, Number(a.targetValue.toPrecision(4)));
  const main = t.term('targetText', COMPARATOR[a.comparator], value, t.year(a.targetYear ?? METHOD.targetYear));
  const withReduction = reduction
    ? `${main} (${t.term('targetReduction', t.percent(reduction * 100, 0), t.year(baseYear ?? METHOD.baselineYear))})`
    : main;
  if (a.lowerBound === null) return withReduction;
  return `${withReduction}; ${t.term('lowerBoundText', valueText(t, catalog, a.series, Number(a.lowerBound.toPrecision(4))))}`;
}

/** The normalised score as text ("score 62 of 100"). */
export function scoreText(t: T, score: number | null): string {
  return score === null ? '' : t.term('scoreText', t.number(Math.floor(score)), t.number(100));
}

/** The change used for the trend: first → last fitted value with years, and the pace ratio or relative change. */
export function changeText(t: T, catalog: Catalog, a: IndicatorRating): string {
  if (!a.start || !a.end) return '';
  const from = t.term(
    'fromTo',
    valueText(t, catalog, a.series, a.start.value),
    t.year(a.start.year),
    valueText(t, catalog, a.series, a.end.value),
    t.year(a.end.year),
  );
  if (a.ratio !== null) return `${from}; ${t.term('paceRatio', t.number(a.ratio, { decimals: 2 }))}`;
  if (a.relativeChange !== null && Number.isFinite(a.relativeChange)) {
    const pct = t.percent(a.relativeChange * 100 * (a.better === 'lower' ? -1 : 1), 1);
    return `${from}; ${t.term('relativeChange', pct)}`;
  }
  return from;
}
