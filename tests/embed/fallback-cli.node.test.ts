import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** scripts/fallback.mjs as a build step runs it: an unknown element or indicator fails the build with a message. */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/fallback.mjs', ...args], (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('scripts/fallback.mjs', () => {
  it('prints the tag with its fallback and exits 0 for a known indicator', async () => {
    const r = await run('sdg-map', 'indicator=3.2.1', 'year=2020');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('slot="fallback"');
  });
  it.each([['99.9.9'], ['toString'], ['__proto__']])('exits non-zero naming the unknown indicator %s', async (code) => {
    const r = await run('sdg-map', `indicator=${code}`);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`indicator "${code}"`);
  });
  it('exits non-zero for an element it cannot render, listing those it can', async () => {
    const r = await run('sdg-dashboard');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('<sdg-dashboard>');
    expect(r.stderr).toContain('sdg-trend-chart');
  });
});
