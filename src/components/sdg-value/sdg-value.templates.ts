import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isEstimate } from '../../core/data/select.js';
import type { LoadedSeries } from '../../core/data/series-load.js';
import type { Observation } from '../../core/data/types.js';
import { foreignLang } from '../../core/locale/match.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { YearQuery } from './sdg-value.model.js';

/** The tooltip: indicator, country, the value as published and its year, estimate mark, source. */
export function valueTooltip(
  t: LocalizeController,
  d: LoadedSeries,
  area: string,
  row: Observation | null,
  year: YearQuery,
  o: { id: string; open: boolean; focused: boolean },
): TemplateResult {
  const title = t.text(d.indicator?.title ?? d.entry.title);
  const source = t.text(d.catalog.source);
  const note = d.entry.sourceNote ? t.text(d.entry.sourceNote) : null;
  const country = t.country(area);
  const mine = (lang: string) => foreignLang(lang, t.lang());
  const published = row ? t.value(row.value, { decimals: d.entry.decimals, unit: d.entry.unit }) : '';
  const unit = row && d.entry.unit !== 'PERCENT' ? ` ${t.unit(d.entry.unit, d.catalog.units[d.entry.unit]).text}` : '';
  const facts = row
    ? [
        t.term('valuePublishedIn', `${published}${unit}`, t.year(row.year)),
        ...(isEstimate(row) ? [t.term(row.nature === 'M' ? 'modelled' : 'estimated')] : []),
      ]
    : [year === 'latest' ? t.term('valueNoData') : t.term('errorNoData', t.year(year))];
  const cls = `${o.open ? 'open' : ''} ${o.focused ? 'focused' : ''}`;
  return html`<span part="tooltip" id=${o.id} role="tooltip" class=${cls}
    ><strong lang=${ifDefined(mine(title.lang))}>${title.text}</strong
    ><span lang=${ifDefined(mine(country.lang))}>${country.text}</span>${facts.map((f) => html`<span>${f}</span>`)}<span
      >${t.term('source')}:
      <span lang=${ifDefined(mine(source.lang))} class="inline">${source.text}</span
      >${note ? html` <span lang=${ifDefined(mine(note.lang))} class="inline">(${note.text})</span>` : nothing}</span
    ></span
  >`;
}
