import { html, nothing, svg } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BarModel } from '../../core/charts/bar-model.js';
import type { PublishedValue } from '../../core/data/types.js';
import type { ChartLoad } from '../../controllers/chart-data.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { natureTerm } from '../sdg-trend-chart/sdg-trend-chart.model.js';

/** What the bar chart's templates draw from: the model, the data, the active bar and the value format. */
export interface BarView {
  m: BarModel;
  v: ChartLoad;
  loc: LocalizeController;
  active: string | null;
  fmt: (value: PublishedValue) => string;
}

/** What a bar row does under the pointer. */
export interface BarHandlers {
  enter: (code: string) => void;
  leave: () => void;
  click: (code: string) => void;
}

export function barSvg(t: BarView, on: BarHandlers) {
  const { m, v, loc } = t;
  const rtl = loc.dir() === 'rtl';
  const rowH = m.bars.length ? m.height / m.bars.length : 0;
  const barH = Math.round(rowH * 0.64);
  const axisY = m.height + 4;
  const top = m.target ? 22 : 4;
  return html`<svg
    part="svg"
    width=${m.width}
    height=${m.height + 24 + top}
    viewBox="0 ${-top} ${m.width} ${m.height + 24 + top}"
    aria-hidden="true"
  >
    <defs>
      ${[...new Set(m.bars.filter((b) => b.estimate).map((b) => b.color))].map(
        (
          c,
        ) => svg`<pattern id="hatch-${c}" class="s${c}" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="4" height="4"></rect><line class="hatch-line" x1="1" y1="0" x2="1" y2="4"></line>
          </pattern>`,
      )}
    </defs>
    <g class="grid">
      ${m.ticks.map(
        (k) => svg`<line x1=${k.x} x2=${k.x} y1="0" y2=${m.height} class=${k.value === 0 ? 'zero' : ''}></line>
            <text class="tick" x=${k.x} y=${axisY + 12} text-anchor="middle">${loc.number(k.value, { decimals: m.decimals })}</text>`,
      )}
    </g>
    ${repeat(
      m.bars,
      (b) => b.code,
      (
        b,
      ) => svg`<g class=${classMap({ row: true, [`s${b.color}`]: true, hl: b.highlighted, dim: b.dimmed, active: t.active === b.code })}
            ${styleProps({ transform: `translateY(${b.y}px)`, color: 'var(--_c)' })} data-code=${b.code} data-kind=${b.kind}
            @pointerenter=${() => on.enter(b.code)} @pointerleave=${on.leave}
            @click=${() => on.click(b.code)}>
          <rect class="hit" x="0" y="0" width=${m.width} height=${rowH}></rect>
          <text part="name" class="name" x=${m.nameX} y=${rowH / 2} dy="0.32em" text-anchor=${rtl ? 'start' : 'end'}>${b.label}</text>
          <rect part="bar" class=${b.estimate ? 'bar est' : 'bar'} ${styleProps({ x: `${b.x}px`, width: `${b.w}px`, fill: b.estimate ? `url(#hatch-${b.color})` : null })} y=${(rowH - barH) / 2} height=${barH} rx="1.5"></rect>
          <text part="value" class=${`value k-${b.kind}`} ${styleProps({ transform: `translateX(${b.labelX}px)` })} y=${rowH / 2} dy="0.32em" text-anchor=${b.labelAnchor}>
            ${b.value === null ? loc.term('noData') : t.fmt(b.value)}${b.nearest ? svg`<tspan class="yr"> (${loc.year(b.year!)})</tspan>` : nothing}
          </text>
        </g>`,
    )}
    ${
      m.target
        ? svg`<g part="target" class="target"><line x1=${m.target.x} x2=${m.target.x} y1="-4" y2=${m.height}></line>
            <text x=${m.target.x} y="-8" text-anchor=${m.target.x > m.width * 0.75 ? 'end' : m.target.x < m.width * 0.25 ? 'start' : 'middle'}>${loc.term('target2030', loc.value(m.target.value, { unit: v.entry.unit }))}</text></g>`
        : nothing
    }
  </svg>`;
}

export function barTooltip(t: BarView) {
  const { m, loc } = t;
  const b = m.bars.find((x) => x.code === t.active);
  if (!b) return nothing;
  const rowH = m.height / m.bars.length;
  const meta = [
    b.year !== null ? (b.nearest ? loc.term('valueFromYear', loc.year(b.year)) : loc.year(b.year)) : '',
    b.estimate ? natureTerm(loc, b.nature) : '',
    b.kind === 'flag' ? loc.term('publishedAsRange') : '',
  ].filter(Boolean);
  const rtl = loc.dir() === 'rtl';
  const place = {
    top: `${b.y + rowH + (m.target ? 22 : 4)}px`,
    left: rtl ? `${Math.max(0, m.plot.left)}px` : null,
    right: rtl ? null : `${Math.max(0, m.width - m.plot.right)}px`,
  };
  return html`<div part="tooltip" class="tooltip" ${styleProps(place)} aria-hidden="true">
    <strong>${b.name}</strong> ${b.value === null ? loc.term('noData') : t.fmt(b.value)}
    <span class="meta">${meta.join(' · ')}</span>
  </div>`;
}

export function barTable(t: BarView) {
  const { m, loc } = t;
  return html`<details part="table">
    <summary>${loc.term('table')}</summary>
    <table>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">${loc.term('country')}</th>
          <th scope="col">${loc.term('value')}</th>
          <th scope="col">${loc.term('year')}</th>
        </tr>
      </thead>
      <tbody>
        ${m.bars.map(
          (b) =>
            html`<tr>
              <td class="num">${b.value === null ? '' : loc.number(b.rank + 1)}</td>
              <th scope="row">${b.name}</th>
              <td class="num">
                ${b.value === null ? loc.term('noData') : t.fmt(b.value)}${
                  b.estimate
                    ? html` <span aria-hidden="true" title=${natureTerm(loc, b.nature)}>*</span
                        ><span class="visually-hidden">(${natureTerm(loc, b.nature)})</span>`
                    : nothing
                }
              </td>
              <td class="num">${b.year !== null ? loc.year(b.year) : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
