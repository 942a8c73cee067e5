import { css } from 'lit';

/** Inline in running text: the host takes the paragraph's font, size, colour and line height. */
export const valueStyles = css`
  :host {
    display: inline;
    position: relative;
    font: inherit;
    line-height: inherit;
    color: inherit;
    --_sdg-value-underline: var(--sdg-value-underline, currentColor);
    --_sdg-value-weight: var(--sdg-value-weight, inherit);
  }
  [part='base'] {
    font-weight: var(--_sdg-value-weight);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-decoration: underline dotted var(--_sdg-value-underline);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    border-radius: 2px;
    cursor: help;
  }
  [part='base']:focus {
    outline: none;
  }
  [part='base']:focus-visible {
    outline: 2px solid var(--_sdg-color-focus);
    outline-offset: 2px;
  }
  [part='mark'] {
    font-size: 0.75em;
    vertical-align: super;
    line-height: 0;
    margin-inline-start: 0.05em;
  }
  [part='base'].missing {
    font-style: italic;
    color: var(--_sdg-color-text-muted);
  }
  [part='tooltip'] {
    display: none;
    position: absolute;
    z-index: 20;
    inset-block-start: calc(100% + 0.35em);
    inset-inline-start: var(--_shift, 0);
    box-sizing: border-box;
    width: max-content;
    max-width: min(20rem, calc(100vw - 1.5rem));
    padding: 0.5rem 0.65rem;
    border: 1px solid var(--_sdg-color-border);
    border-radius: var(--_sdg-radius);
    background: var(--_sdg-color-surface-raised);
    color: var(--_sdg-color-text);
    box-shadow: var(--_sdg-shadow);
    font-family: var(--_sdg-font-family);
    font-size: var(--_sdg-font-size-small);
    font-weight: 400;
    font-style: normal;
    line-height: 1.4;
    white-space: normal;
    text-align: start;
    cursor: auto;
  }
  :host(:hover) [part='tooltip'].open,
  [part='tooltip'].open.focused {
    display: block;
  }
  [part='tooltip'] strong {
    display: block;
    font-weight: 600;
    margin-block-end: 0.2rem;
  }
  [part='tooltip'] span {
    display: block;
    color: var(--_sdg-color-text-muted);
  }
  [part='tooltip'] span span.inline {
    display: inline;
  }
  [part='error'] {
    font-style: italic;
    color: var(--_sdg-color-danger);
  }
  @media print {
    [part='base'] {
      text-decoration: none;
    }
    [part='tooltip'] {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    [part='tooltip'] {
      border-color: CanvasText;
    }
  }
`;
