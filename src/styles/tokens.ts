import { css } from 'lit';

/**
 * Theme tokens shared by every element.
 *
 * Public tokens (`--sdg-color-*`, `--sdg-font-*`) are what pages set; elements never read them directly but through
 * a private `--_sdg-*` layer whose fallback is the built-in default, so an unset public token costs nothing and a
 * component-level property (`--sdg-map-*`) can fall back to the private one:
 *
 * ```css
 * --_sdg-map-stroke: var(--sdg-map-stroke, var(--_sdg-color-surface));
 * ```
 *
 * Light is the default. Dark follows `prefers-color-scheme` where the page can be dark too (the element's
 * `page-dark` state: the page's `color-scheme` includes `dark`, or `theme="auto"`), unless the element says
 * `theme="light"`; `theme="dark"` forces it. `forced-colors: active` maps everything to system colours.
 */

/** Dark defaults, declared once and used by both the media query and `theme="dark"`. */
const dark = css`
  color-scheme: dark;
  --_sdg-color-text: var(--sdg-color-text, #e6edf3);
  --_sdg-color-text-muted: var(--sdg-color-text-muted, #a6b0bb);
  --_sdg-color-surface: var(--sdg-color-surface, #15191e);
  --_sdg-color-surface-raised: var(--sdg-color-surface-raised, #222830);
  --_sdg-color-border: var(--sdg-color-border, #3d444d);
  --_sdg-color-land: var(--sdg-color-land, #2c3239);
  --_sdg-color-land-text: var(--sdg-color-land-text, #8b949e);
  --_sdg-color-water: var(--sdg-color-water, #1d3246);
  --_sdg-color-water-text: var(--sdg-color-water-text, #7fa7c9);
  --_sdg-color-no-data: var(--sdg-color-no-data, #8b949e);
  --_sdg-color-focus: var(--sdg-color-focus, #58a6ff);
  --_sdg-color-danger: var(--sdg-color-danger, #ff7b72);
  --_sdg-shadow: var(--sdg-shadow, 0 2px 10px rgb(0 0 0 / 0.6));
`;

export const tokens = css`
  :host {
    color-scheme: light;
    --_sdg-color-text: var(--sdg-color-text, #1f2328);
    --_sdg-color-text-muted: var(--sdg-color-text-muted, #59636e);
    --_sdg-color-surface: var(--sdg-color-surface, #ffffff);
    --_sdg-color-surface-raised: var(--sdg-color-surface-raised, #ffffff);
    --_sdg-color-border: var(--sdg-color-border, #d1d9e0);
    --_sdg-color-land: var(--sdg-color-land, #ebebe8);
    --_sdg-color-land-text: var(--sdg-color-land-text, #6e7781);
    --_sdg-color-water: var(--sdg-color-water, #d4e6f3);
    --_sdg-color-water-text: var(--sdg-color-water-text, #3f6f94);
    --_sdg-color-no-data: var(--sdg-color-no-data, #8c959f);
    --_sdg-color-focus: var(--sdg-color-focus, #0b5cd5);
    --_sdg-color-danger: var(--sdg-color-danger, #b42318);
    --_sdg-shadow: var(--sdg-shadow, 0 2px 10px rgb(31 35 40 / 0.18));
    --_sdg-font-family: var(
      --sdg-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      sans-serif
    );
    --_sdg-font-size: var(--sdg-font-size, 0.875rem);
    --_sdg-font-size-small: var(--sdg-font-size-small, 0.75rem);
    --_sdg-font-size-title: var(--sdg-font-size-title, 1.0625rem);
    --_sdg-font-weight-title: var(--sdg-font-weight-title, 600);
    --_sdg-radius: var(--sdg-radius, 6px);
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(page-dark):not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (forced-colors: active) {
    :host {
      --_sdg-color-text: CanvasText;
      --_sdg-color-text-muted: CanvasText;
      --_sdg-color-surface: Canvas;
      --_sdg-color-surface-raised: Canvas;
      --_sdg-color-border: CanvasText;
      --_sdg-color-land: Canvas;
      --_sdg-color-land-text: GrayText;
      --_sdg-color-water: Canvas;
      --_sdg-color-water-text: CanvasText;
      --_sdg-color-no-data: CanvasText;
      --_sdg-color-focus: Highlight;
      --_sdg-color-danger: CanvasText;
      --_sdg-shadow: none;
    }
  }
`;

/** Layout and the shared states (loading, error, source line, visually hidden text) every element uses. */
export const baseStyles = css`
  :host {
    display: block;
    position: relative;
    font-family: var(--_sdg-font-family);
    font-size: var(--_sdg-font-size);
    line-height: 1.4;
    color: var(--_sdg-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part='source'] {
    margin: 0.5em 0 0;
    font-size: var(--_sdg-font-size-small);
    color: var(--_sdg-color-text-muted);
  }
  [part='source'] .note {
    display: block;
  }
  [part='loading'] {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 8rem;
    color: var(--_sdg-color-text-muted);
  }
  [part='error'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_sdg-color-danger);
    border-radius: var(--_sdg-radius);
    color: var(--_sdg-color-text);
  }
  [part='error'] strong {
    color: var(--_sdg-color-danger);
  }
  [part='error'] p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_sdg-color-surface-raised);
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    padding: 0.25em 0.9em;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_sdg-color-focus);
    outline-offset: 2px;
  }
`;
