import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATE_CODES, COUNTRY_CODES, REGION_CODES } from '../../src/core/data/codes.js';
import { SIX_COUNTRIES } from '../../src/core/data/attributes.js';

const repo = resolve(import.meta.dirname, '..', '..');

describe('src/core/data/codes.ts', () => {
  it('is what scripts/build-codes.mjs generates from the raw code lists', () => {
    // Exits non-zero (and execFileSync throws) when the committed file differs from a fresh generation.
    const out = execFileSync(process.execPath, ['scripts/build-codes.mjs', '--check'], { cwd: repo, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('starts with the six countries and has subdivisions of each', () => {
    expect(COUNTRY_CODES.slice(0, 6).map((c) => c[0])).toEqual([...SIX_COUNTRIES]);
    for (const c of SIX_COUNTRIES) expect(REGION_CODES.some((r) => r[1] === c), c).toBe(true);
    expect(AGGREGATE_CODES.map((a) => a[0])).toContain('WLD');
  });
});
