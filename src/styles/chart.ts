import { css } from 'lit';

/** The frame the charts share: figure, title and subtitle, the plot box and its svg. */
export const chartFrameStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    margin-bottom: 0.5em;
  }
  [part='title'] {
    font-size: var(--_sdg-font-size-title);
    font-weight: var(--_sdg-font-weight-title);
    line-height: 1.3;
  }
  [part='subtitle'] {
    color: var(--_sdg-color-text-muted);
    font-size: var(--_sdg-font-size-small);
  }
  .plot {
    position: relative;
    border-radius: 2px;
  }
  svg {
    display: block;
    overflow: visible;
    direction: ltr;
    font-size: inherit;
  }
`;
