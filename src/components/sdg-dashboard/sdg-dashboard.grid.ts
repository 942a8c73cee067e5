import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Catalog } from '../../core/data/types.js';
import { foreignLang, primaryLanguage } from '../../core/locale/match.js';
import { textOn } from '../../core/sdg/colors.js';
import { targetKey, type GoalRating, type IndicatorRating } from '../../core/sdg/progress-file.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { cellText, dashboardSummary, drillRows, statusText, trendText, type Loaded } from './sdg-dashboard.model.js';
import * as tpl from './sdg-dashboard.templates.js';

/** The dashboard's grid, its second level and its data table: markup from the ratings and the element's state. */
export interface GridView {
  t: LocalizeController;
  d: Loaded;
  /** The focusable cell of the grid, and of the second level. */
  pos: [number, number];
  drillPos: [number, number];
  on: {
    key: (e: KeyboardEvent) => void;
    open: (r: number, c: number) => void;
    focus: (r: number, c: number) => void;
    focusDrill: (r: number, c: number) => void;
    indicator: (a: IndicatorRating) => void;
    back: () => void;
  };
}

/** First-strong isolate: a name keeps its own direction inside a sentence of another script. */
const fsi = (s: string) => `\u2068${s}\u2069`;

/** `lang` of the cell texts when the UI strings are the English fallback. */
function cellLang(t: LocalizeController) {
  return foreignLang(t.termWithLang('statusClose').lang, t.lang());
}

/** UI text in the English fallback marked with `lang`, and isolated left to right in right-to-left. */
function isolated(t: LocalizeController, text: string): TemplateResult | string {
  const lang = cellLang(t);
  if (lang === undefined) return text;
  return html`<span lang=${lang} dir=${ifDefined(t.dir() === 'rtl' ? 'ltr' : undefined)}>${text}</span>`;
}

export function gridTemplate(v: GridView): TemplateResult {
  const { t, d } = v;
  const [pr, pc] = v.pos;
  return html`<div class="toolbar">
      <p part="title" id="title">${tpl.inLang(t, t.termWithLang('dashboardLabel'))}</p>
      <p class="hint" id="hint">${tpl.inLang(t, t.termWithLang('dashboardHint'))}</p>
    </div>
    <div class="scroll" ${styleProps({ '--_cols': d.goals.length, '--_rows': d.goals.length + 1 })}>
      <table part="grid" role="grid" aria-labelledby="title" aria-describedby="hint summary" @keydown=${v.on.key}>
        <thead>
          <tr>
            <th class="corner" scope="col">${tpl.inLang(t, t.termWithLang('country'))}</th>
            ${d.goals.map((g) => goalHead(t, d.catalog, g))}
          </tr>
        </thead>
        <tbody>
          ${d.grid.map((row, r) => {
            const name = t.country(d.areas[r]);
            return html`<tr>
              <th scope="row" lang=${ifDefined(foreignLang(name.lang, t.lang()))}>${name.text}</th>
              ${row.map((cell, c) => gridCell(v, cell, r, c, r === pr && c === pc))}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p part="summary" id="summary" class="visually-hidden">${dashboardSummary(t, d)}</p>`;
}

function goalHead(t: LocalizeController, catalog: Catalog, goal: number): TemplateResult {
  const entry = catalog.goals.find((g) => g.goal === goal)!;
  const title = t.text(entry.short);
  return html`<th scope="col">
    <span class="goal-head" ${styleProps({ '--_goal': entry.color, '--_goal-text': textOn(entry.color).color })}
      ><span aria-hidden="true">${t.number(goal)}</span
      ><span class="visually-hidden"
        >${t.term('goalNumber', t.number(goal))}:
        <span lang=${ifDefined(foreignLang(title.lang, t.lang()))}>${title.text}</span></span
      ></span
    >
  </th>`;
}

function gridCell(v: GridView, cell: GoalRating, r: number, c: number, active: boolean): TemplateResult {
  const color = v.d.catalog.goals.find((g) => g.goal === cell.goal)!.color;
  const rated = cell.statusCount > 0;
  const text = cellText(v.t, cell);
  return html`<td
    part="cell"
    class=${rated ? '' : 'unrated'}
    tabindex=${active ? 0 : -1}
    ${tpl.fillStyle(color, cell.status)}
    title=${text}
    data-status=${cell.status}
    data-trend=${cell.trend}
    data-thin=${cell.thin ? 'true' : nothing}
    data-old=${cell.old ? 'true' : nothing}
    @click=${() => v.on.open(r, c)}
    @focus=${() => v.on.focus(r, c)}
  >
    <span class="sym" aria-hidden="true"
      >${tpl.statusSymbol(cell.status)}${tpl.trendSymbol(cell.trend)}${tpl.marks(cell.thin, cell.old)}</span
    ><span class="visually-hidden" lang=${ifDefined(cellLang(v.t))}>${text}</span>
  </td>`;
}

export function drillTemplate(v: GridView, cell: GoalRating): TemplateResult {
  const { t, d } = v;
  const goal = d.catalog.goals.find((g) => g.goal === cell.goal)!;
  const gTitle = t.text(goal.short);
  const country = t.country(cell.area).text;
  const [pr, pc] = v.drillPos;
  const cellAttrs = (r: number, c: number) => (r === pr && c === pc ? 0 : -1);
  const head = `${t.term('goalNumber', t.number(cell.goal))}: ${gTitle.text}`;
  const english = primaryLanguage(t.lang()) === 'en';
  return html`<div class="toolbar">
      <button part="back" type="button" @click=${() => v.on.back()}>
        <span aria-hidden="true">${tpl.backArrow(t.dir())}</span> ${t.term('dashboardBack')}
      </button>
      <p part="title" id="title">${isolated(t, t.term('dashboardDrillLabel', fsi(country), fsi(head)))}</p>
      <p class="hint" id="hint">${isolated(t, `${cellText(t, cell)}. ${t.term('dashboardHint')}`)}</p>
    </div>
    <div class="scroll">
      <table part="grid" role="grid" class="drill" aria-labelledby="title" aria-describedby="hint" @keydown=${v.on.key}>
        <thead>
          <tr>
            <th scope="col">${t.term('indicator')}</th>
            <th scope="col">${t.term('status')}</th>
            <th scope="col">${t.term('trend')}</th>
            <th scope="col">${t.term('latestValue')}</th>
            <th scope="col">${t.term('target')}</th>
            <th scope="col">${t.term('paceSince')}</th>
          </tr>
        </thead>
        <tbody>
          ${drillRows(cell).map((a, r) => {
            const ind = d.catalog.indicators[a.indicator];
            const title = t.text(ind.title);
            const row = d.targets[targetKey(a.indicator, a.series)];
            const driver = cell.drivers.includes(a.indicator);
            // The official target words and the bases of the thresholds exist in English only (UN resolution text,
            // cited documents): shown to English readers; every language finds them on the method page and in the CSV.
            const basis = english
              ? [row?.quote ? `“${row.quote}”` : '', row?.basis ?? '', row?.lowerBasis ?? ''].filter(Boolean)
              : [];
            const latest = a.latest;
            const td = (c: number, content: unknown) =>
              html`<td
                part="cell"
                tabindex=${cellAttrs(r, c)}
                @focus=${() => v.on.focusDrill(r, c)}
                @click=${() => v.on.indicator(a)}
              >
                ${content}
              </td>`;
            return html`<tr
              data-indicator=${a.indicator}
              data-status=${a.status}
              data-score=${a.score ?? nothing}
              data-driver=${driver ? 'true' : nothing}
            >
              <th scope="row">
                <span class="code" dir="ltr">${a.indicator}</span
                ><span lang=${ifDefined(foreignLang(title.lang, t.lang()))}>${title.text}</span>
                <div class="muted">${a.series}</div>
              </th>
              ${td(0, html`<span class="swatch" ${tpl.fillStyle(goal.color, a.status)}><span aria-hidden="true">${tpl.statusSymbol(a.status)}</span>${tpl.inLang(t, t.termWithLang(tpl.STATUS_TERM[a.status]))}</span>${a.score !== null ? html`<div class="muted">${tpl.scoreText(t, a.score)}</div>` : nothing}${driver ? html`<div><strong>${tpl.inLang(t, t.termWithLang('drivesGoal'))}</strong></div>` : nothing}`)}
              ${td(1, html`<span aria-hidden="true">${tpl.trendSymbol(a.trend)}</span> ${tpl.inLang(t, t.termWithLang(tpl.TREND_TERM[a.trend]))}`)}
              ${td(2, latest ? html`${tpl.valueText(t, d.catalog, a.series, latest.value)} <span class="muted">(${t.year(latest.year)})</span>${a.old ? html`<div class="muted"><span aria-hidden="true">${tpl.OLD_MARK}</span> ${t.term('statusOld', t.year(latest.year))}</div>` : nothing}${a.estimated || latest.nature === 'E' || latest.nature === 'M' ? html`<div class="muted">${t.term('basedOnEstimates')}</div>` : nothing}` : t.term('noData'))}
              ${td(3, html`${tpl.targetText(t, d.catalog, a, row?.reduction, row?.baseYear)}${basis.map((b) => html`<div class="muted" lang="en">${b}</div>`)}`)}
              ${td(4, tpl.changeText(t, d.catalog, a) || '—')}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

export function dataTable(t: LocalizeController, d: Loaded): TemplateResult {
  return html`<details>
    <summary>${t.term('showTable')}</summary>
    <table part="table">
      <thead>
        <tr>
          <th scope="col">${t.term('country')}</th>
          <th scope="col">${t.term('goal')}</th>
          <th scope="col">${t.term('status')}</th>
          <th scope="col">${t.term('trend')}</th>
        </tr>
      </thead>
      <tbody>
        ${d.grid.flatMap((row) =>
          row.map(
            (cell) =>
              html`<tr>
                <td>${t.country(cell.area).text}</td>
                <td>${t.number(cell.goal)}</td>
                <td>${statusText(t, cell)}</td>
                <td>${trendText(t, cell)}</td>
              </tr>`,
          ),
        )}
      </tbody>
    </table>
  </details>`;
}
