import { css, unsafeCSS } from 'lit';
import { PALETTE_DARK, PALETTE_LIGHT } from '../../core/charts/palette.js';

/**
 * Area colours shared by the charts: `--sdg-color-series-<n>` (public) → `--_sdg-series-<n>` (private, with the
 * built-in light or dark default). `.s<n>` sets `--_c` for an element drawing area n.
 */
const decl = (palette: readonly string[]) =>
  unsafeCSS(palette.map((c, i) => `--_sdg-series-${i}: var(--sdg-color-series-${i}, ${c});`).join('\n'));
const classes = unsafeCSS(PALETTE_LIGHT.map((_, i) => `.s${i} { --_c: var(--_sdg-series-${i}); }`).join('\n'));

export const seriesStyles = css`
  :host {
    ${decl(PALETTE_LIGHT)}
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(page-dark):not([theme='light'])) {
      ${decl(PALETTE_DARK)}
    }
  }
  :host([theme='dark']) {
    ${decl(PALETTE_DARK)}
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(PALETTE_LIGHT.map((_, i) => `--_sdg-series-${i}: CanvasText;`).join('\n'))}
    }
  }
  ${classes}
`;

/** Width of a text at a CSS font, measured once per (font, text) on a shared canvas. */
let ctx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
export function measureText(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  const hit = widths.get(key);
  if (hit !== undefined) return hit;
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  let w = text.length * 7;
  if (ctx) {
    ctx.font = font;
    w = ctx.measureText(text).width;
  }
  if (widths.size > 5000) widths.clear();
  widths.set(key, w);
  return w;
}
