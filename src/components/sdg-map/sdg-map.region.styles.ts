import { css } from 'lit';
import { addStyles } from '../../internal/add-styles.js';

/**
 * The rules only a map at `level="region"` uses (region strokes, country borders over the regions, regions split
 * since, city markers, the list of regions without a shape, region names): loaded with the region level's code and
 * added to the map's shadow root then (`MapDataController`), so a country-level map does not download them.
 */
export const regionStyles = css`
  [part~='region'] {
    stroke-width: 0.6;
  }
  /* Country borders over the regions at region level. */
  .borders path {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.5;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /* A region drawn at its earlier, larger extent (part of it has since become a region of its own). */
  .outline.split {
    stroke: var(--_sdg-color-text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .split-hatch {
    pointer-events: none;
    stroke: none;
  }
  .pattern-line.split {
    stroke: var(--_sdg-color-text);
    stroke-opacity: 0.45;
    stroke-width: 1;
  }
  .markers circle {
    stroke: var(--_sdg-color-text);
    stroke-width: 1.25;
    cursor: pointer;
  }
  .markers circle.selected {
    stroke-width: 2.5;
  }
  [part='unshaped'] {
    margin: 0.5rem 0 0;
    font-size: var(--_sdg-font-size-small);
  }
  [part='unshaped'] .unshaped-title {
    margin: 0 0 0.25rem;
    font-size: inherit;
    font-weight: 600;
  }
  [part='unshaped'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='unshaped'] .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='unshaped'] .in,
  [part='unshaped'] .meta {
    color: var(--_sdg-color-text-muted);
  }
  .labels .region {
    font-size: calc(var(--_label-size) - 1px);
    stroke-width: 2.5;
  }
  .labels .region.dark {
    fill: #1f2328;
    stroke: rgb(255 255 255 / 0.55);
  }
  .labels .region.light {
    fill: #fff;
    stroke: rgb(0 0 0 / 0.35);
  }
`;

/** Adds `regionStyles` to a map's shadow root (once). */
export function addRegionStyles(host: Element): void {
  addStyles(host, regionStyles);
}
