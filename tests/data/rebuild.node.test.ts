/**
 * `npm run data` reproduces the committed `data/` byte for byte from `data-raw/`: the build runs into a temporary
 * folder (so the test never dirties the work tree) and every file is compared with the committed one. The example
 * files of the user-data schema (`data/examples/`, `examples/data/build-examples.mjs`) are rebuilt there first, as
 * their sizes are part of data/SOURCES.md. And a missing raw input ends the build with one line naming the file.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const data = join(repo, 'data');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

function run(
  env: Record<string, string>,
  script = 'scripts/build-data.mjs',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script], { cwd: repo, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run data', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof run>>;
  let examples: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'sdg-data-'));
    examples = await run({ SDG_DATA_OUT: out }, 'examples/data/build-examples.mjs');
    result = await run({ SDG_DATA_OUT: out });
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds without error from data-raw/', () => {
    expect(examples.stderr).toBe('');
    expect(examples.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes exactly the files of data/, each byte for byte', () => {
    const committed = walk(data).map((f) => relative(data, f));
    const built = walk(out).map((f) => relative(out, f));
    expect(built).toEqual(committed);
    const differ = committed.filter((f) => !readFileSync(join(data, f)).equals(readFileSync(join(out, f))));
    // Country names and gzip sizes come from Node's ICU and zlib: data/SOURCES.md records the CLDR version used.
    expect(differ, `rebuilt with CLDR ${process.versions.cldr}; see data/SOURCES.md for the version of the commit`).toEqual([]);
  });
});

describe('a missing raw input', () => {
  it('ends the build with one line that names the file, and a non-zero exit', async () => {
    const raw = mkdtempSync(join(tmpdir(), 'sdg-raw-'));
    const out = mkdtempSync(join(tmpdir(), 'sdg-data-'));
    try {
      cpSync(join(repo, 'data-raw'), raw, { recursive: true });
      rmSync(join(raw, 'sdg', 'sdg_series_catalog.csv'));
      const r = await run({ SDG_DATA_RAW: raw, SDG_DATA_OUT: out });
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(join(raw, 'sdg', 'sdg_series_catalog.csv'));
      expect(lines[0]).not.toMatch(/ENOENT|\bat /);
    } finally {
      rmSync(raw, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
