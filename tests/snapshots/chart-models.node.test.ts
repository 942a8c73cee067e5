import { describe, expect, it } from 'vitest';
import { barModel } from '../../src/core/charts/bar-model.js';
import { sparklineModel } from '../../src/core/charts/sparkline-model.js';
import { targetFrom } from '../../src/core/charts/targets.js';
import { trendModel } from '../../src/core/charts/trend-model.js';
import { snapshotJson } from './rounded.js';
import { englishName, measure, readData, shippedRows, SIX } from './shipped.js';

/**
 * File snapshots of the chart render models (trend, bar, sparkline) for shipped cases: one JSON file per case,
 * numbers rounded to 3 decimals, path data included. A changed snapshot is a changed drawing: look at it before
 * accepting it with `vitest -u` (tests/snapshots/README.md).
 */

const targets = readData<unknown>('targets.json');
const areas = (codes: string[]) => codes.map((code) => ({ code, name: englishName(code) }));
const snap = (name: string) => `__snapshots__/${name}.json`;
// Records written one per line: a diff then shows which bar, point or tick moved.
const ROWS = ['ticks', 'points', 'bars', 'dots'];

describe('trendModel snapshots', () => {
  it('trend-3.2.1-six', async () => {
    // Under-five mortality 2000–2021 for the six, with the shipped 2030 target line (25 per 1,000).
    const { entry, rows } = shippedRows('3.2.1');
    const m = trendModel({
      rows,
      areas: areas(SIX),
      width: 640,
      height: 360,
      target: targetFrom(targets, entry.series),
      measure,
      labelHeight: 17,
    });
    await expect(snapshotJson(m, ROWS)).toMatchFileSnapshot(snap('trend-3.2.1-six'));
  });

  it('trend-2.1.1-log-rtl', async () => {
    // Undernourishment: flags ("<2.5") stay out of the lines; log axis, right-to-left, a window from 2005.
    const { rows } = shippedRows('2.1.1');
    const m = trendModel({
      rows,
      areas: areas(SIX),
      width: 480,
      height: 300,
      scale: 'log',
      startYear: 2005,
      highlight: ['TJK'],
      measure,
      dir: 'rtl',
    });
    await expect(snapshotJson(m, ROWS)).toMatchFileSnapshot(snap('trend-2.1.1-log-rtl'));
  });
});

describe('barModel snapshots', () => {
  it('bar-7.1.1-2021', async () => {
    // Access to electricity in 2021 for the six.
    const { rows } = shippedRows('7.1.1');
    const m = barModel({
      rows,
      areas: areas(SIX),
      year: 2021,
      width: 560,
      rowHeight: 28,
      measure,
      valueText: (v) => `${v}%`,
    });
    await expect(snapshotJson(m, ROWS)).toMatchFileSnapshot(snap('bar-7.1.1-2021'));
  });

  it('bar-7.1.2-2020-flags-target', async () => {
    // Clean cooking fuels: ">95" listed as text without a bar, nearest years within 3, a target line, one highlighted.
    const { rows } = shippedRows('7.1.2');
    const m = barModel({
      rows,
      areas: areas(SIX),
      year: 2020,
      tolerance: 3,
      width: 480,
      rowHeight: 28,
      measure,
      valueText: (v) => `${v}%`,
      target: 100,
      highlight: ['UZB'],
      dir: 'rtl',
    });
    await expect(snapshotJson(m, ROWS)).toMatchFileSnapshot(snap('bar-7.1.2-2020-flags-target'));
  });
});

describe('sparklineModel snapshots', () => {
  for (const [indicator, area] of [
    ['3.2.1', 'KAZ'],
    ['2.1.1', 'UZB'],
    ['6.1.1', 'AFG'],
  ] as const) {
    it(`sparkline-${indicator}-${area}`, async () => {
      const rows = shippedRows(indicator).rows.filter((r) => r.area === area);
      await expect(snapshotJson(sparklineModel(rows), ROWS)).toMatchFileSnapshot(
        snap(`sparkline-${indicator}-${area}`),
      );
    });
  }
});
