/**
 * What `npm pack` puts in the published tarball: the bundle, the declarations, the shipped data, the manifest and
 * the docs — and nothing of the development tree (sources, tests, stories, scripts, raw CSV).
 * dist/ is built here when it is missing or older than src/ (`npm test` runs before `npm run build` in CI).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  types: string;
  customElements: string;
};

let files: string[] = [];

/** Newest modification time under `dir` (a dist/ older than the sources is rebuilt). */
function newest(dir: string): number {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((t, d) => Math.max(t, statSync(path.join(d.parentPath, d.name)).mtimeMs), 0);
}

beforeAll(async () => {
  const stale = (f: string) => !existsSync(path.join(root, f)) || statSync(path.join(root, f)).mtimeMs < newest('src');
  if (stale('dist/sdg.js') || stale('dist/lib/sdg-all.js')) {
    // Built beside dist/ and swapped in, so other tests reading dist/ never see it half written.
    const fresh = path.join(root, `dist.tmp-${process.pid}`);
    const old = path.join(root, `dist.old-${process.pid}`);
    const { build } = (await import('../../scripts/build.mjs')) as unknown as {
      build: (o: { outdir: string; quiet: boolean }) => Promise<unknown>;
    };
    try {
      await build({ outdir: fresh, quiet: true });
      if (existsSync(path.join(root, 'dist'))) renameSync(path.join(root, 'dist'), old);
      renameSync(fresh, path.join(root, 'dist'));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
      rmSync(old, { recursive: true, force: true });
    }
  }
  if (!existsSync(path.join(root, 'custom-elements.json'))) {
    await run(path.join(root, 'node_modules/.bin/cem'), ['analyze'], { cwd: root });
  }
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [report] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
  files = report.files.map((f) => f.path);
}, 120_000);

/** The element directories with a registering module (`src/components/<name>/<name>.ts`). */
function elementNames(): string[] {
  const dir = path.join(root, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => existsSync(path.join(dir, n, `${n}.ts`)));
}

describe('npm pack', () => {
  it('ships the one-tag bundle with its source map and declarations', () => {
    expect(files).toContain('dist/sdg.js');
    expect(files).toContain('dist/sdg.js.map');
    expect(files).toContain('dist/types/index.d.ts');
    expect(files).toContain(pkg.types.replace(/^\.\//, ''));
  });

  it('ships a registering entry and a class-only entry for every element', () => {
    for (const name of elementNames()) {
      const entry = name.startsWith('sdg-') ? name : `sdg-${name}`;
      expect(files).toContain(`dist/${entry}.js`);
      expect(files).toContain(`dist/${entry}.d.ts`);
      if (existsSync(path.join(root, 'src/components', name, `${name}.component.ts`))) {
        expect(files).toContain(`dist/${entry}.component.js`);
        expect(files).toContain(`dist/${entry}.component.d.ts`);
      }
    }
  });

  it('ships the data the elements fetch', () => {
    expect(files).toContain('data/catalog.json');
    expect(files).toContain('data/geo/countries.topo.json');
    expect(files.filter((f) => /^data\/series\/[A-Z0-9_]+\.json$/.test(f)).length).toBeGreaterThan(0);
  });

  it('ships the manifest, README and LICENSE', () => {
    expect(files).toContain('custom-elements.json');
    expect(files).toContain(pkg.customElements);
    expect(files).toContain('LICENSE');
    expect(
      files.some((f) => /^README(\.md)?$/i.test(f)),
      'README.md at the top of the repository',
    ).toBe(true);
    expect(files).toContain('package.json');
  });

  it('ships nothing of the development tree', () => {
    const unwanted = files.filter(
      (f) =>
        /^(src|tests|stories|scripts|examples|\.storybook|\.ci|node_modules|storybook-static|bench-results)\//.test(
          f,
        ) ||
        (/\.(csv|tsv|xlsx?)$/i.test(f) && !f.startsWith('data/examples/')) ||
        /\.(test|stories)\.[jt]s$/.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it('points every export at a packed file', () => {
    const targets: string[] = [];
    for (const value of Object.values(pkg.exports)) {
      for (const t of typeof value === 'string' ? [value] : Object.values(value)) targets.push(t);
    }
    for (const t of targets) {
      const rel = t.replace(/^\.\//, '');
      if (rel.includes('*')) {
        const [head, tail] = rel.split('*');
        // A pattern must match at least one packed file once there are elements; `data/*` always does.
        if (head.startsWith('dist/sdg-') && elementNames().length === 0) continue;
        expect(
          files.some((f) => f.startsWith(head) && f.endsWith(tail)),
          `export target ${t}`,
        ).toBe(true);
      } else {
        expect(files, `export target ${t}`).toContain(rel);
      }
    }
  });

  it('declares every package the published declarations import as a dependency', () => {
    const deps = { ...(pkg.dependencies ?? {}), ...(pkg.peerDependencies ?? {}) };
    const missing = new Set<string>();
    for (const d of readdirSync(path.join(root, 'dist/types'), { recursive: true, withFileTypes: true })) {
      if (!d.isFile() || !d.name.endsWith('.d.ts')) continue;
      const text = readFileSync(path.join(d.parentPath, d.name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        if (spec.startsWith('.')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        const typesName = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
        if (!(name in deps) && !(typesName in deps))
          missing.add(`${name} (${path.relative(root, path.join(d.parentPath, d.name))})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('declares the registering entries as side effects', () => {
    expect(pkg.sideEffects).toContain('./dist/sdg.js');
    expect(pkg.sideEffects).toContain('./dist/sdg-*.js');
    expect(pkg.sideEffects).toContain('./dist/lib/sdg-*.js');
    expect(pkg.sideEffects).toContain('./dist/lib/chunk-*.js');
  });

  it('points the npm entries at the build that leaves dependencies to the app (dist/lib/)', () => {
    const main = pkg.exports['.'];
    expect(typeof main === 'string' ? main : main.default).toMatch(/^\.\/dist\/lib\//);
    const one = pkg.exports['./sdg-*.js'];
    expect(typeof one === 'string' ? one : one.default).toMatch(/^\.\/dist\/lib\//);
  });

  it('lists as dependencies exactly the packages the published code and declarations import', () => {
    const imported = new Set<string>();
    const scan = (dir: string, ext: RegExp) => {
      for (const d of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
        if (!d.isFile() || !ext.test(d.name)) continue;
        const text = readFileSync(path.join(d.parentPath, d.name), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
          const spec = m[1];
          if (spec.startsWith('.')) continue;
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          // A declaration importing `geojson` needs @types/geojson; a package with its own types needs itself.
          const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
          imported.add(
            d.name.endsWith('.d.ts') && !existsSync(path.join(root, 'node_modules', name, 'package.json'))
              ? types
              : name,
          );
          if (d.name.endsWith('.d.ts') && existsSync(path.join(root, 'node_modules', types, 'package.json')))
            imported.add(types);
        }
      }
    };
    scan('dist/lib', /\.js$/);
    scan('dist/types', /\.d\.ts$/);
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...imported].sort());
  });

  it('packs the README images and the example files the README points to', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) {
      // The registry shows the README without the repository around it: images load from the published package.
      expect(src, 'README image by absolute URL').toMatch(/^https:\/\//);
      const inPackage = /\/npm\/@sdg-central-asia\/elements(?:@[^/]+)?\/(.+)$/.exec(src);
      if (inPackage) expect(files, src).toContain(inPackage[1]);
    }
    for (const m of readme.matchAll(/`(data\/examples\/[^`]*)`/g)) {
      expect(
        files.some((f) => f.startsWith(m[1])),
        m[1],
      ).toBe(true);
    }
    expect(files.filter((f) => f.startsWith('data/examples/') && f.endsWith('.csv')).length).toBeGreaterThan(0);
  });

  it('tells a stranger where the code, the issues and the home page are', () => {
    const meta = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(meta.repository).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//) });
    expect(meta.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    expect(meta.homepage).toMatch(/^https:\/\//);
    expect((meta.keywords as string[]).length).toBeGreaterThan(3);
  });
});
