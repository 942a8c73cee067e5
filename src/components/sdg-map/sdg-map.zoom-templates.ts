import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MapLabel, MapPoint } from '../../core/geometry/map-model.js';
import type { ZoomTransform } from '../../core/geometry/zoom.js';
import { MAX_ZOOM } from '../../core/geometry/zoom.js';
import type { LocalizeController } from '../../i18n/localize.js';

export interface ZoomTerms {
  group: string;
  in: string;
  out: string;
  reset: string;
}

/** The zoom buttons' names in the element's language. */
export function zoomTerms(t: LocalizeController): ZoomTerms {
  return { group: t.term('zoomControls'), in: t.term('zoomIn'), out: t.term('zoomOut'), reset: t.term('zoomReset') };
}

/** The zoom hint: two fingers on touch, else the modifier key the platform uses with the wheel. */
export function zoomHintText(t: LocalizeController, hint: string | null | undefined): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
  return hint === 'touch' ? t.term('zoomHintTouch') : t.term('zoomHintWheel', mac ? '⌘' : 'Ctrl');
}

/**
 * Names, already placed in the frame's pixels for the current zoom (outside the zoomed group, so they keep their
 * size at every zoom level).
 */
export function labelsTemplate(labels: MapLabel[]) {
  return labels.map(
    (l) =>
      svg`<text class="${l.layer} ${l.tone ?? ''} ${l.emphasis ?? ''}" x=${l.x} y=${l.y} text-anchor=${l.align} lang=${l.lang || nothing}>${l.text}</text>`,
  );
}

/** Capitals as dots of a fixed size at their zoomed position. */
export function pointsTemplate(points: MapPoint[], z: ZoomTransform) {
  if (!points.length) return nothing;
  return svg`<g class="points" aria-hidden="true">${points.map(
    (p) =>
      svg`<circle class=${p.capital ? 'capital' : 'city'} cx=${round(p.x * z.k + z.x)} cy=${round(p.y * z.k + z.y)} r="3.5"></circle>`,
  )}</g>`;
}

const round = (v: number) => Math.round(v * 10) / 10;

const icon = (d: string) =>
  html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
    <path d=${d} fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"></path>
  </svg>`;

/** `+`, `−` and "whole map" buttons (part `zoom-controls`); a button that can do nothing is marked disabled. */
export function zoomControlsTemplate(
  terms: ZoomTerms,
  k: number,
  actions: { in: () => void; out: () => void; reset: () => void },
): TemplateResult {
  // aria-disabled rather than disabled: a focused button that becomes disabled would drop keyboard focus.
  const button = (label: string, part: string, disabled: boolean, act: () => void, d: string) =>
    html`<button
      type="button"
      part=${part}
      aria-label=${label}
      title=${label}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => !disabled && act()}
    >
      ${icon(d)}
    </button>`;
  return html`<div part="zoom-controls" role="group" aria-label=${terms.group}>
    ${button(terms.in, 'zoom-in', k >= MAX_ZOOM - 1e-6, actions.in, 'M8 3v10M3 8h10')}
    ${button(terms.out, 'zoom-out', k <= 1 + 1e-6, actions.out, 'M3 8h10')}
    ${button(terms.reset, 'zoom-reset', k <= 1 + 1e-6, actions.reset, 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4')}
  </div>`;
}
