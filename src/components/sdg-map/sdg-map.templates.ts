import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import type { MapLegend, MapModel, MapShape } from '../../core/geometry/map-model.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Templates of `<sdg-map>`'s parts, each a plain function of the render model: no data work here.
 */

export interface TemplateTerms {
  noData: string;
  publishedAsRange: string;
  legend: string;
  country: string;
  value: string;
  year: string;
  estimated: string;
  modelled: string;
  valueFromYear: (year: string) => string;
}

/** Pattern fills, defined once per element and referenced by the map and the legend swatches. */
export function patternDefs(): TemplateResult {
  return html`<svg class="defs" width="0" height="0" aria-hidden="true">
    <defs>
      <pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="pattern-bg no-data" width="6" height="6"></rect>
        <line class="pattern-line no-data" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      <pattern id="split" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line class="pattern-line split" x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
      <pattern id="range" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect class="pattern-bg range" width="5" height="5"></rect>
        <circle class="pattern-dot range" cx="2.5" cy="2.5" r="1.1"></circle>
      </pattern>
    </defs>
  </svg>`;
}

export function fillOf(shape: MapShape): string {
  return shape.pattern ? `url(#${shape.pattern})` : (shape.fill ?? 'none');
}

function swatch(pattern: string, label: string): TemplateResult {
  return html`<span class="swatch"
    ><svg width="16" height="12" aria-hidden="true"><rect width="16" height="12" fill="url(#${pattern})"></rect></svg
    >${label}</span
  >`;
}

export function legendTemplate(legend: MapLegend, terms: TemplateTerms): TemplateResult {
  const s = legend.scale;
  const scale =
    s.kind === 'ramp'
      ? html`<div
            class="ramp"
            ${styleProps({
              background: `linear-gradient(to right, ${s.stops.map((p) => `${p.color} ${p.offset * 100}%`).join(', ')})`,
            })}
          ></div>
          <div class="ticks">
            ${s.ticks.map((t, i) => html`<span ${styleProps({ left: `${t.position * 100}%` })}>${legend.tickText[i]}</span>`)}
          </div>`
      : html`<div class="classes">
            ${s.classes.map((c) => html`<span ${styleProps({ background: c.color })}></span>`)}
          </div>
          <div class="ticks">
            ${legend.tickText.map((t, i) => html`<span ${styleProps({ left: `${(i / s.classes.length) * 100}%` })}>${t}</span>`)}
          </div>`;
  return html`<div part="legend" role="group" aria-label=${terms.legend}>
    ${legend.unit ? html`<div class="legend-unit">${legend.unit}</div>` : nothing} ${scale}
    ${
      legend.noData || legend.range
        ? html`<div class="swatches">
            ${legend.noData ? swatch('no-data', terms.noData) : nothing}
            ${legend.range ? swatch('range', terms.publishedAsRange) : nothing}
          </div>`
        : nothing
    }
  </div>`;
}

export function tooltipTemplate(
  shape: MapShape,
  unit: string,
  terms: TemplateTerms,
  position: { x: number; y: number; width: number },
): TemplateResult {
  const flip = position.x > position.width * 0.55;
  const style = {
    top: `${position.y + 14}px`,
    right: flip ? `${position.width - position.x + 14}px` : null,
    left: flip ? null : `${position.x + 14}px`,
  };
  const marks = [shape.nature === 'E' && terms.estimated, shape.nature === 'M' && terms.modelled]
    .filter(Boolean)
    .join(', ');
  return html`<div part="tooltip" ${styleProps(style)} aria-hidden="true">
    <span class="name" lang=${ifDefined(shape.nameLang || undefined)}>${shape.name}</span>
    ${
      shape.published === null
        ? html`<span class="meta">${terms.noData}</span>`
        : html`<span class="value">${shape.valueText}</span>
            ${unit && !shape.valueText.endsWith(unit) ? html`<span class="meta">${unit}</span>` : nothing}
            ${shape.pattern === 'range' ? html`<span class="meta">${terms.publishedAsRange}</span>` : nothing}
            <span class="meta"
              >${shape.nearest ? terms.valueFromYear(shape.yearText) : shape.yearText}${marks ? ` · ${marks}` : ''}</span
            >`
    }
  </div>`;
}

/** A region with a value but no polygon of its own (listed beside the map and in the table). */
export interface UnshapedItem {
  code: string;
  name: { text: string; lang: string };
  value: string;
  year: string;
  nearest: boolean;
  /** Name of the drawn region it lies inside, if any. */
  note: string;
}

/**
 * "Regions without a shape on this map": name, value and year of each, and the drawn region it lies in. A region
 * labelled by its title, not a heading: an element cannot know the level that fits the host page's outline.
 */
export function unshapedTemplate(
  items: UnshapedItem[],
  heading: string,
  fromYear: (y: string) => string,
): TemplateResult {
  return html`<section part="unshaped" aria-labelledby="unshaped-title">
    <p class="unshaped-title" id="unshaped-title">${heading}</p>
    <ul>
      ${items.map(
        (u) =>
          html`<li data-code=${u.code}>
            <span class="name" lang=${ifDefined(u.name.lang === 'en' ? undefined : u.name.lang)}>${u.name.text}</span
            >${u.note ? html` <span class="in">(${u.note})</span>` : nothing}:
            <span class="value">${u.value}</span
            >${u.year ? html` <span class="meta">${u.nearest ? fromYear(u.year) : u.year}</span>` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}

export function tableTemplate(
  model: MapModel,
  caption: string,
  terms: TemplateTerms,
  visible: boolean,
  extra: UnshapedItem[] = [],
): TemplateResult {
  // The wrapper, not the table, is hidden or scrolls: a table is never narrower than its content, so a hidden table
  // would still widen a phone page, and a shown one scrolls inside its own box.
  return html`<div class=${visible ? 'table-scroll' : 'visually-hidden'}>
    <table part="table">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${terms.country}</th>
          <th scope="col">${terms.value}${model.legend.unit ? ` (${model.legend.unit})` : ''}</th>
          <th scope="col">${terms.year}</th>
        </tr>
      </thead>
      <tbody>
        ${model.layers.focus.map(
          (s) =>
            html`<tr>
              <th scope="row" lang=${ifDefined(s.nameLang || undefined)}>${s.name}</th>
              <td class="num">
                ${s.published === null ? terms.noData : s.valueText}${s.nature === 'E' ? ` (${terms.estimated})` : s.nature === 'M' ? ` (${terms.modelled})` : ''}
              </td>
              <td class="num">${s.yearText}</td>
            </tr>`,
        )}
        ${extra.map(
          (u) =>
            html`<tr>
              <th scope="row">${u.name.text}${u.note ? ` (${u.note})` : ''}</th>
              <td class="num">${u.value}</td>
              <td class="num">${u.year}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function outline(shape: MapShape | undefined, kind: string): TemplateResult | typeof nothing {
  return shape ? svg`<path class="outline ${kind}" d=${shape.d}></path>` : nothing;
}
