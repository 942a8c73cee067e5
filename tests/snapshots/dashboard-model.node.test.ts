import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../../src/core/data/types.js';
import { cellColors } from '../../src/core/sdg/display.js';
import { assessProgress, seriesForGoals } from '../../src/core/sdg/progress.js';
import { encodeProgress, ratingsFrom, type GoalRating, type ProgressFile } from '../../src/core/sdg/progress-file.js';
import type { TargetTable } from '../../src/core/sdg/types.js';
import { snapshotJson } from './rounded.js';
import { catalog, readData, seriesFile, SIX } from './shipped.js';

/**
 * File snapshots of what `<sdg-dashboard>` draws: the grid of ratings (status, trend, counts, each indicator's
 * points and target) with each cell's fill and text colours, from the shipped `progress.json`, and the same ratings
 * computed from the series (the path taken when the file lacks a country or goal). One JSON file per case.
 */

const goalColor = (goal: number) => catalog.goals.find((g) => g.goal === goal)!.color;
const drawn = (grid: GoalRating[][]) =>
  grid.map((row) => row.map((cell) => ({ ...cell, colors: cellColors(goalColor(cell.goal), cell.status) })));

describe('dashboard model snapshots', () => {
  it('dashboard-six-by-17', async () => {
    // The grid as drawn: each cell's rating and colours, and its indicators' ratings in one line each (the drilled
    // view's full detail is in the computed case below; progress.json itself has a staleness test).
    const file = readData<ProgressFile>('progress.json');
    const grid = ratingsFrom(
      file,
      SIX,
      catalog.goals.map((g) => g.goal),
    );
    expect(grid).not.toBeNull();
    const cells = drawn(grid!).map((row) =>
      row.map(({ indicators, ...cell }) => ({
        ...cell,
        indicators: indicators.map(
          (a) => `${a.indicator} ${a.series}: ${a.status}, ${a.trend}${a.estimated ? ', estimated' : ''}`,
        ),
      })),
    );
    await expect(snapshotJson(cells, ['indicators'])).toMatchFileSnapshot('__snapshots__/dashboard-six-by-17.json');
  });

  it('dashboard-computed-goals-3-6-7', async () => {
    const goals = [3, 6, 7];
    const table = readData<TargetTable>('targets.json');
    const files = new Map<string, SeriesFile>(
      seriesForGoals(catalog, table, goals).map((s) => [s, seriesFile(catalog.series[s])]),
    );
    const computed = encodeProgress(table, assessProgress(catalog, table, files, SIX, goals));
    const grid = ratingsFrom(computed, SIX, goals)!;
    await expect(snapshotJson({ targets: computed.targets, grid: drawn(grid) }, ['indicators'])).toMatchFileSnapshot(
      '__snapshots__/dashboard-computed-goals-3-6-7.json',
    );
  });
});
