import { html, nothing, svg } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { TrendModel, TrendSeries } from '../../core/charts/trend-model.js';
import type { ChartLoad } from '../../controllers/chart-data.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { natureTerm } from './sdg-trend-chart.model.js';

/** What the trend chart's templates draw from: the model, the data, the crosshair and a per-model template cache. */
export interface TrendView {
  m: TrendModel;
  v: ChartLoad;
  loc: LocalizeController;
  year: number | null;
  code: string | null;
  decimals: number;
  /** Templates that depend on the model only (and the focused line), reused while the crosshair moves. */
  cached: <T>(key: string, make: () => T) => T;
}

export function trendSvg(t: TrendView) {
  const { m, v, loc } = t;
  const { left, right, top, bottom } = m.plot;
  const activeX = t.year !== null ? m.x.scale(t.year) : null;
  const targetText = m.target ? loc.term('target2030', loc.value(m.target.value, { unit: v.entry.unit })) : '';
  return html`<svg
    part="svg"
    width=${m.width}
    height=${m.height}
    viewBox="0 0 ${m.width} ${m.height}"
    aria-hidden="true"
  >
    ${t.cached(
      'axes',
      () => svg`<g class="grid">
        ${m.y.ticks.map(
          (
            k,
          ) => svg`<line x1=${left} x2=${m.axis.gridRight} y1=${k.pos} y2=${k.pos} class=${k.value === 0 ? 'zero' : ''}></line>
            <text class="tick" x=${m.axis.x} y=${k.pos} dy="0.32em" text-anchor="end">${loc.number(k.value, { decimals: k.decimals ?? m.y.decimals })}</text>`,
        )}
      </g>
      <g class="x-axis">
        ${m.x.ticks.map(
          (k) => svg`<line x1=${k.pos} x2=${k.pos} y1=${bottom} y2=${bottom + 4}></line>
            <text class="tick" x=${k.pos} y=${bottom + 16} text-anchor="middle">${loc.year(k.value)}</text>`,
        )}
      </g>
      ${
        m.target
          ? svg`<g part="target" class="target"><line x1=${left} x2=${right} y1=${m.target.y} y2=${m.target.y}></line>
            <text x=${left + 4} y=${m.target.y - 4}>${targetText}</text></g>`
          : nothing
      }`,
    )}
    ${activeX !== null ? svg`<line class="crosshair" x1=${activeX} x2=${activeX} y1=${top} y2=${bottom}></line>` : nothing}
    ${t.cached(`series ${t.code}`, () =>
      [...m.series].sort((a, b) => Number(a.highlighted) - Number(b.highlighted)).map((s) => trendSeries(s, m, t.code)),
    )}
    ${
      t.year === null
        ? nothing
        : m.series.map((s) => {
            const p = s.points.get(t.year!);
            return p && p.y !== null
              ? svg`<circle class=${`marker s${s.color}${p.estimate ? ' est' : ''}${s.dimmed ? ' dim' : ''}`} cx=${p.x} cy=${p.y} r="4.5"></circle>`
              : nothing;
          })
    }
  </svg>`;
}

function trendSeries(s: TrendSeries, m: TrendModel, focus: string | null) {
  const cls = classMap({
    series: true,
    [`s${s.color}`]: true,
    hl: s.highlighted,
    dim: s.dimmed,
    focus: focus === s.code,
  });
  const label = s.label;
  return svg`<g class=${cls} data-code=${s.code}>
      ${s.lines.map((l) => svg`<path part="line" class=${l.estimate ? 'line est' : 'line'} d=${l.d}></path>`)}
      ${s.dots.map((d) => svg`<circle class=${d.estimate ? 'dot est' : 'dot'} cx=${d.x} cy=${d.y} r="3" data-year=${d.year}></circle>`)}
      ${
        label
          ? svg`${
              Math.abs(label.y - label.anchorY) > 2
                ? svg`<path class="leader" d="M${m.plot.right + 2},${label.anchorY}L${label.x - 2},${label.y}"></path>`
                : nothing
            }
          <text part="label" class="label" x=${label.x} y=${label.y} dy="0.32em">${label.text}</text>`
          : nothing
      }
    </g>`;
}

export function trendTooltip(t: TrendView) {
  if (t.year === null) return nothing;
  const { m, v, loc } = t;
  const year = t.year;
  const rows = m.series
    .map((s) => ({ s, p: s.points.get(year) }))
    .sort((a, b) => (b.p?.numeric ?? -Infinity) - (a.p?.numeric ?? -Infinity));
  return html`<div part="tooltip" class="tooltip" aria-hidden="true">
    <strong>${loc.year(year)}</strong>
    <table>
      ${rows.map(
        ({ s, p }) =>
          html`<tr class=${classMap({ [`s${s.color}`]: true, focus: t.code === s.code })}>
            <td><span class="swatch"></span>${s.name}</td>
            <td class="num">
              ${p ? loc.value(p.value, { decimals: t.decimals, unit: v.entry.unit }) : loc.term('noData')}
            </td>
            <td class="mark">${p?.estimate ? natureTerm(loc, p.nature) : ''}</td>
          </tr>`,
      )}
    </table>
  </div>`;
}

export function trendTable(t: TrendView) {
  const { m, v, loc } = t;
  const years: number[] = [];
  for (let y = m.years[0]; y <= m.years[1]; y++) if (m.series.some((s) => s.points.has(y))) years.push(y);
  return html`<details part="table">
    <summary>${loc.term('table')}</summary>
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${loc.term('year')}</th>
            ${m.series.map((s) => html`<th scope="col">${s.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (y) =>
              html`<tr>
                <th scope="row">${loc.year(y)}</th>
                ${m.series.map((s) => {
                  const p = s.points.get(y);
                  return html`<td>
                    ${p ? loc.value(p.value, { decimals: t.decimals, unit: v.entry.unit }) : '–'}${
                      p?.estimate
                        ? html` <span aria-hidden="true" title=${natureTerm(loc, p.nature)}>*</span
                            ><span class="visually-hidden">(${natureTerm(loc, p.nature)})</span>`
                        : nothing
                    }
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
