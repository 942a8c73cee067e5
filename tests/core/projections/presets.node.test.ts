import { describe, expect, it } from 'vitest';
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { conicParameters, projectionPreset } from '../../../src/core/projections/presets.js';
import { fitProjection } from '../../../src/core/projections/fit.js';
import { box } from './shipped.js';

describe('conicParameters', () => {
  it('puts the standard parallels at 1/6 and 5/6 of the latitude range and centres the meridian', () => {
    // Latitudes 29..56 (range 27): parallels 33.5 and 51.5; longitudes 46..88: centre 67. (Points, not a box:
    // a box's edges are great-circle arcs that bulge north of 56°.)
    const corners = {
      type: 'MultiPoint',
      coordinates: [
        [46, 29],
        [88, 56],
      ],
    } as GeoPermissibleObjects;
    const { parallels, rotate } = conicParameters(corners);
    expect(parallels[0]).toBeCloseTo(33.5, 1);
    expect(parallels[1]).toBeCloseTo(51.5, 1);
    expect(rotate[0]).toBeCloseTo(-67, 6);
  });
});

describe('projectionPreset', () => {
  it('defaults to central-asia for unknown names', () => {
    expect(projectionPreset('nope').name).toBe('central-asia');
    expect(projectionPreset(undefined).name).toBe('central-asia');
    expect(projectionPreset('Mercator').name).toBe('mercator');
  });
});

describe('fitProjection', () => {
  const focus = box(46, 29, 88, 56);
  it('fits the focus inside the frame with padding and derives the height from its shape', () => {
    const { projection, width, height } = fitProjection(projectionPreset('central-asia').preset(focus), focus, {
      width: 800,
      padding: 10,
    });
    expect(width).toBe(800);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(focus);
    expect(x0).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(x1).toBeLessThanOrEqual(790 + 1e-6);
    expect(y1).toBeLessThanOrEqual(height - 10 + 1e-6);
    // it touches the padding on at least one axis (a fit, not just "inside")
    expect(Math.min(x0 - 10, 790 - x1, y0 - 10, height - 10 - y1)).toBeLessThan(0.5);
  });
  it('clamps the aspect ratio', () => {
    const tall = box(60, 0, 61, 60);
    const { height } = fitProjection(projectionPreset('mercator').preset(tall), tall, { width: 500, maxAspect: 0.8 });
    expect(height).toBe(400);
  });
  it('keeps true area ratios in the equal-area preset', () => {
    const { projection } = fitProjection(projectionPreset('central-asia').preset(focus), focus, { width: 800 });
    const path = geoPath(projection);
    // Two 2°×2° cells well inside the frame; a cell's area on the sphere ∝ sin(north) − sin(south).
    const south = path.area(box(66, 40, 68, 42));
    const north = path.area(box(66, 50, 68, 52));
    const rad = Math.PI / 180;
    const expected = (Math.sin(42 * rad) - Math.sin(40 * rad)) / (Math.sin(52 * rad) - Math.sin(50 * rad));
    expect(south / north).toBeCloseTo(expected, 2);
  });
});
