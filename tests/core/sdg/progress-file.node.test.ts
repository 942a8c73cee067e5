/**
 * data/progress.json against the method: every rating is recomputed here from the shipped raw series with the pure
 * core (`assessProgress`, not the build script), so a progress.json left stale after a data or method change fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Catalog, SeriesFile } from '../../../src/core/data/types.js';
import { assessProgress, databaseLatestYear, seriesForGoals } from '../../../src/core/sdg/progress.js';
import { decodeGoal, encodeProgress, ratingsFrom, type ProgressFile } from '../../../src/core/sdg/progress-file.js';
import type { GoalAssessment, Point, TargetTable } from '../../../src/core/sdg/types.js';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const json = <T>(rel: string): T => JSON.parse(readFileSync(join(repo, 'data', rel), 'utf8')) as T;
const catalog = json<Catalog>('catalog.json');
const table = json<TargetTable>('targets.json');
const shipped = json<ProgressFile>('progress.json');
const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];

let grid: GoalAssessment[][];
beforeAll(() => {
  const files = new Map<string, SeriesFile>();
  for (const s of seriesForGoals(catalog, table)) files.set(s, json<SeriesFile>(catalog.series[s].file));
  grid = assessProgress(catalog, table, files, SIX);
});

/** JSON has no negative zero. */
const z = (x: number | null) => (x === 0 ? 0 : x);
const pt = (p: Point | null) =>
  p ? [p.year, p.value, p.nature === 'E' || p.nature === 'M' ? p.nature : undefined] : null;

describe('data/progress.json', () => {
  it('covers the six countries × 17 goals', () => {
    expect(shipped.areas).toEqual(SIX);
    expect(shipped.goals).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const a of SIX) expect(shipped.ratings[a].map((g) => g.goal)).toEqual(shipped.goals);
  });

  it('every cell and indicator equals the ratings recomputed from the raw series', () => {
    const fromFile = ratingsFrom(shipped, SIX, shipped.goals)!;
    expect(fromFile).not.toBeNull();
    let indicators = 0;
    for (let r = 0; r < SIX.length; r++) {
      for (let c = 0; c < 17; c++) {
        const want = grid[r][c];
        const got = fromFile[r][c];
        const where = `${SIX[r]} goal ${c + 1}`;
        expect([got.status, got.trend, got.statusCount, got.trendCount, got.statusScore], where).toEqual([
          want.status,
          want.trend,
          want.statusCount,
          want.trendCount,
          want.statusScore,
        ]);
        expect([got.drivers, got.thin, got.old], where).toEqual([want.drivers, want.thin, want.old]);
        expect(
          got.indicators.map((i) => i.indicator),
          where,
        ).toEqual(want.indicators.map((i) => i.indicator));
        want.indicators.forEach((w, k) => {
          const g = got.indicators[k];
          const at = `${where} ${w.indicator}`;
          expect([g.series, g.status, g.trend, g.better, g.estimated], at).toEqual([
            w.series,
            w.status,
            w.trend,
            w.better,
            w.estimated,
          ]);
          // the value shown: the status's own, else the latest published since the baseline
          expect(pt(g.latest), at).toEqual(pt(w.latest ?? w.points[w.points.length - 1] ?? null));
          expect([pt(g.start), pt(g.end)], at).toEqual([pt(w.start), pt(w.end)]);
          expect([g.targetValue, g.comparator, g.targetYear], at).toEqual([w.targetValue, w.comparator, w.targetYear]);
          expect([g.lowerBound, g.score, g.old, g.observations], at).toEqual([
            w.lowerBound,
            w.score,
            w.old,
            w.observations,
          ]);
          expect(z(g.ratio), at).toBe(z(w.ratio));
          expect(z(g.relativeChange), at).toBe(
            w.relativeChange !== null && Number.isFinite(w.relativeChange) ? z(w.relativeChange) : null,
          );
          indicators++;
        });
      }
    }
    expect(indicators).toBeGreaterThan(500);
  });

  it('is byte for byte what the method writes (nothing else stale: target references, order)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(encodeProgress(table, grid, databaseLatestYear(catalog)))));
  });

  it('carries what the second level shows (TJK 3.2.1: 31.4 in 2021, ≤ 25 by 2030, bound 75, score 87.2) and the bases', () => {
    expect(shipped.version).toBe(2);
    expect(shipped.latestYear).toBe(2023);
    const g = decodeGoal(shipped.ratings.TJK[2], 'TJK');
    const u5 = g.indicators.find((i) => i.indicator === '3.2.1')!;
    expect(u5.latest).toMatchObject({ year: 2021, value: 31.4 });
    expect([u5.targetValue, u5.comparator, u5.targetYear, u5.lowerBound]).toEqual([25, '<=', 2030, 75]);
    expect(u5.score).toBeCloseTo(87.2, 10);
    expect(shipped.targets['3.2.1/SH_DYN_MORT']).toMatchObject({
      target: '3.2',
      quote: expect.stringContaining('25 per 1,000'),
    });
    expect(shipped.targets['3.2.1/SH_DYN_MORT'].lowerBasis).toContain('three times');
    expect(shipped.targets['1.2.1/SI_POV_NAHC']).toMatchObject({ target: '1.2', reduction: 0.5, baseYear: 2015 });
    expect(shipped.targets['11.6.2/EN_ATM_PM25'].basis).toContain('WHO global air quality guidelines');
    // Only the rows used are listed: basic sanitation (used for KAZ) is, the chart-only rows are not.
    expect(shipped.targets['6.2.1/SP_ACS_BSRVSAN']).toBeDefined();
    expect(shipped.targets['6.2.1/SH_SAN_DEFECT']).toBeUndefined();
  });

  it('a version 1 file is not read as version 2', () => {
    expect(ratingsFrom({ ...shipped, version: 1 } as unknown as ProgressFile, ['KAZ'], [1])).toBeNull();
  });

  it('ratingsFrom answers null for an area or goal the file does not hold', () => {
    expect(ratingsFrom(shipped, ['KAZ', 'WLD'], [1])).toBeNull();
    expect(ratingsFrom(shipped, ['KAZ'], [18])).toBeNull();
    expect(ratingsFrom(null, ['KAZ'], [1])).toBeNull();
  });
});
