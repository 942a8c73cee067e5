import { css } from 'lit';

export const goalBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    --_radius: var(--sdg-goal-badge-radius, var(--_sdg-radius));
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    box-sizing: border-box;
    border-radius: var(--_radius);
    background: var(--_bg, var(--_sdg-color-no-data));
    color: var(--_fg, #000);
    line-height: 1.2;
    text-decoration: none;
  }
  [part='number'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part='title'] {
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [part='icon'] {
    display: block;
    object-fit: contain;
  }
  :host([size='s']) [part='base'],
  :host(:not([size])) [part='base'] {
    padding: 0.15em 0.55em;
    font-size: var(--_sdg-font-size-small);
  }
  :host([size='s']) [part='icon'],
  :host(:not([size])) [part='icon'] {
    width: 1.25em;
    height: 1.25em;
  }
  :host([size='m']) [part='base'],
  :host([size='l']) [part='base'] {
    flex-direction: column;
    align-items: flex-start;
    justify-content: flex-start;
    width: var(--sdg-goal-badge-width, 8rem);
    min-height: var(--sdg-goal-badge-width, 8rem);
    padding: 0.5rem 0.6rem;
    gap: 0.25rem;
  }
  :host([size='l']) [part='base'] {
    width: var(--sdg-goal-badge-width, 11rem);
    min-height: var(--sdg-goal-badge-width, 11rem);
    padding: 0.7rem 0.8rem;
  }
  :host([size='m']) [part='number'] {
    font-size: 2rem;
    line-height: 1;
  }
  :host([size='l']) [part='number'] {
    font-size: 3rem;
    line-height: 1;
  }
  :host([size='m']) [part='title'] {
    font-size: 0.8125rem;
  }
  :host([size='l']) [part='title'] {
    font-size: 1rem;
  }
  :host([size='m']) [part='icon'],
  :host([size='l']) [part='icon'] {
    margin-top: auto;
    align-self: center;
    width: 60%;
    max-height: 45%;
  }
  @media (forced-colors: active) {
    [part='base'] {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
