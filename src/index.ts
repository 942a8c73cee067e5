/**
 * The one-tag entry: `<script type="module" src="dist/sdg.js">` registers every element.
 * Classes are re-exported for scripts that need them.
 */
export * from './events/events.js';
export { setDataBase } from './internal/data-base.js';
export { SIX_COUNTRIES } from './core/data/attributes.js';
export { registerTranslation } from './i18n/localize.js';
export {
  parseUserData,
  loadUserData,
  type UserDataResult,
  type UserDataOptions,
  type UserDataProblem,
} from './core/data/user-data.js';
// The shipped languages for a language switch; their strings load on first use (or all at once: ./i18n/all.js).
export { languages } from './i18n/languages.js';
export { loadLocale } from './i18n/localize.js';
export {
  toSVG,
  toPNG,
  toCSV,
  type SdgExportable,
  type ExportFormat,
  type ExportOptions,
  type ExportRow,
} from './internal/export.js';
export { SdgMap } from './components/sdg-map/sdg-map.js';
export { SdgTrendChart } from './components/sdg-trend-chart/sdg-trend-chart.js';
export { SdgTimeSlider } from './components/sdg-time-slider/sdg-time-slider.js';
export { SdgDashboard } from './components/sdg-dashboard/sdg-dashboard.js';
export { SdgGoalBadge } from './components/sdg-goal-badge/sdg-goal-badge.js';
export { SdgValue } from './components/sdg-value/sdg-value.js';
export { SdgBarChart } from './components/sdg-bar-chart/sdg-bar-chart.js';
export { SdgSparkline } from './components/sdg-sparkline/sdg-sparkline.js';
