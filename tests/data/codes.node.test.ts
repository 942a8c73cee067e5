import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATE_CODES, COUNTRY_CODES, REGION_CODES } from '../../src/core/data/codes.js';
import { SIX_COUNTRIES } from '../../src/core/data/attributes.js';

const repo = resolve(import.meta.dirname, '..', '..');
const raw = resolve(repo, '..', 'shared', 'data');
const haveRaw = existsSync(join(raw, 'geo', 'admin1_crosswalk.csv')) && existsSync(join(raw, 'sdg', 'geo_codes.csv'));
if (!haveRaw) console.warn(`codes.ts staleness test skipped: raw data not found at ${raw}`);

describe('src/core/data/codes.ts', () => {
  it.skipIf(!haveRaw)('is what scripts/build-codes.mjs generates from the raw code lists', () => {
    // Exits non-zero (and execFileSync throws) when the committed file differs from a fresh generation.
    const out = execFileSync(process.execPath, ['scripts/build-codes.mjs', raw, '--check'], { cwd: repo, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('starts with the six countries and has subdivisions of each', () => {
    expect(COUNTRY_CODES.slice(0, 6).map((c) => c[0])).toEqual([...SIX_COUNTRIES]);
    for (const c of SIX_COUNTRIES) expect(REGION_CODES.some((r) => r[1] === c), c).toBe(true);
    expect(AGGREGATE_CODES.map((a) => a[0])).toContain('WLD');
  });
});
