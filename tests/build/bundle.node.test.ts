/**
 * The bundle `scripts/build.mjs` writes, built into a scratch folder: one registering ES module, one entry per
 * element, every JavaScript file directly in the output folder (so `new URL('../data/', import.meta.url)` from any of
 * them reaches the package's data/), nothing left for a page to resolve, and declarations.
 */
import { existsSync, statSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = mkdtempSync(path.join(tmpdir(), 'sdg-dist-'));

/** Tags registered by `src/components/<name>/<name>.ts`, read from the source, not from the bundle. */
function sourceTags(): Array<{ dir: string; tag: string }> {
  const dir = path.join(root, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => existsSync(path.join(dir, n, `${n}.ts`)))
    .flatMap((n) => {
      const text = readFileSync(path.join(dir, n, `${n}.ts`), 'utf8');
      return [...text.matchAll(/customElements\.define\(\s*['"]([a-z0-9-]+)['"]/g)].map((m) => ({ dir: n, tag: m[1] }));
    });
}

/** A built file with every file it imports statically (what runs before its own code), concatenated. */
function withStaticImports(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(path.join(outdir, file), 'utf8');
  const deps = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
  return text + deps.map((d) => withStaticImports(d, seen)).join('\n');
}

beforeAll(async () => {
  const { build } = (await import('../../scripts/build.mjs')) as unknown as {
    build: (o: { outdir: string; quiet: boolean }) => Promise<unknown>;
  };
  await build({ outdir, quiet: true });
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('scripts/build.mjs', () => {
  it('writes dist/sdg.js with a source map and the declarations', () => {
    expect(existsSync(path.join(outdir, 'sdg.js'))).toBe(true);
    expect(existsSync(path.join(outdir, 'sdg.js.map'))).toBe(true);
    expect(readFileSync(path.join(outdir, 'sdg.js'), 'utf8')).toMatch(/\/\/# sourceMappingURL=sdg\.js\.map\s*$/);
    expect(existsSync(path.join(outdir, 'types/index.d.ts'))).toBe(true);
  });

  it('registers each element in its own entry and in sdg-all.js, and sdg.js loads every one on first use', () => {
    const index = readFileSync(path.join(root, 'src/index.ts'), 'utf8');
    const autoload = readFileSync(path.join(outdir, 'sdg.js'), 'utf8');
    const all = withStaticImports('sdg-all.js');
    for (const { dir, tag } of sourceTags()) {
      const entry = withStaticImports(`${dir.startsWith('sdg-') ? dir : `sdg-${dir}`}.js`);
      expect(entry, `${tag} entry`).toMatch(new RegExp(`define\\(\\s*["'\`]${tag}["'\`]`));
      if (index.includes(`./components/${dir}/${dir}.js`))
        expect(all, `${tag} in sdg-all.js`).toMatch(new RegExp(`["'\`]${tag}["'\`]`));
      expect(autoload, `${tag} known to sdg.js`).toMatch(new RegExp(`["'\`]${tag}["'\`]`));
    }
  });

  it('keeps the one-tag entry small: element code is only imported dynamically from sdg.js', () => {
    const autoload = readFileSync(path.join(outdir, 'sdg.js'), 'utf8');
    expect(autoload).not.toMatch(/customElements\.define/);
    expect(autoload).toMatch(
      /import\(\s*["'`]\.\/sdg-map[^"'`]*\.js["'`]\)|import\(\s*["'`]\.\/chunk-[^"'`]+\.js["'`]\)/,
    );
  });

  it('tells sdg.js every chunk an element needs beyond its own, to ask for them at once (modulepreload)', () => {
    const files = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      const text = readFileSync(path.join(outdir, file), 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) files(m[1]!, seen);
      return seen;
    };
    const autoload = readFileSync(path.join(outdir, 'sdg.js'), 'utf8');
    const manifest = /["']((?:[a-z-]+(?::[a-z-]+)?:[^"';]*;?)+)["']/.exec(autoload)?.[1] ?? '';
    const listed = new Map(
      manifest.split(';').map((e) => [e.slice(0, e.lastIndexOf(':')), e.slice(e.lastIndexOf(':') + 1)]),
    );
    const have = files('sdg.js');
    for (const { dir } of sourceTags()) {
      const name = dir.startsWith('sdg-') ? dir : `sdg-${dir}`;
      const want = [...files(`${name}.js`)].filter((f) => !have.has(f)).sort();
      expect(listed.get(name)?.split(',').sort(), name).toEqual(want);
    }
    // Each shipped language's strings and number symbols: one chunk, named by its lower-case code.
    expect(listed.get('lang:ru')?.split(',')).toHaveLength(1);
    expect(listed.has('lang:en')).toBe(false);
    // The colour schemes beyond the defaults: their chunks (d3's viridis table among them), none of which a map
    // loads; the ramp code they share with the defaults may be the map's.
    const scheme = listed.get('scheme')?.split(',') ?? [];
    const mapFiles = listed.get('sdg-map')!.split(',');
    const viridis = (f: string) => readFileSync(path.join(outdir, f), 'utf8').includes('440154440256450457');
    expect(scheme.filter((f) => !mapFiles.includes(f)).some(viridis)).toBe(true);
    expect([...mapFiles, ...have].some(viridis)).toBe(false);
  });

  it('groups chunks by page: a one-element page loads a handful of files, sdg.js a small one, and no chunk cycles', () => {
    const importsOf = (file: string) =>
      [
        ...readFileSync(path.join(outdir, file), 'utf8').matchAll(
          /(?:\bfrom\s*|\bimport\s*)["'`]\.\/([^"'`]+\.js)["'`]/g,
        ),
      ].map((m) => m[1]!);
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const f of importsOf(file)) closure(f, seen);
      return seen;
    };
    const boot = closure('sdg.js');
    // What runs before the loader can look for tags: its own code and the data cache, no Lit, no d3.
    const bootText = [...boot].map((f) => readFileSync(path.join(outdir, f), 'utf8')).join('\n');
    expect(bootText).not.toMatch(/lit-html|LitElement|customElements\.define/);
    expect(boot.size).toBeLessThanOrEqual(3);
    for (const { dir } of sourceTags()) {
      const name = dir.startsWith('sdg-') ? dir : `sdg-${dir}`;
      const files = new Set([...boot, ...closure(`${name}.js`)]);
      // Automatic splitting gave a map 16 files and a bar chart 22 (one per set of elements sharing a module).
      expect(files.size, name).toBeLessThanOrEqual(name === 'sdg-map' ? 8 : 12);
      // No request for a sliver: every chunk a page loads holds real code (a runtime helper of 187 bytes was a file of
      // its own that every page asked for, while the loader imported the strings module dynamically).
      for (const f of files)
        if (f.startsWith('chunk-')) expect(statSync(path.join(outdir, f)).size, `${name}: ${f}`).toBeGreaterThan(300);
    }
    // A lazy part loads its own code, not other elements': the map's region level, beyond what the map has loaded.
    const sources = (f: string) => {
      const map = path.join(outdir, `${f}.map`);
      return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
    };
    const js = readdirSync(outdir).filter((n) => n.endsWith('.js'));
    const regionPart = js.find((f) => sources(f).some((s) => s.endsWith('sdg-map/sdg-map.region-view.ts')));
    expect(regionPart).toBeDefined();
    const mapPage = new Set([...boot, ...closure('sdg-map.js')]);
    const regionFiles = [...closure(regionPart!)].filter((f) => !mapPage.has(f));
    const others = /src\/components\/(?!sdg-map\/)[^/]+\//;
    for (const f of regionFiles)
      expect(
        sources(f).filter((s) => others.test(s)),
        f,
      ).toEqual([]);
    // The default map draws outlines projected beforehand: d3-geo's spherical projections and the longitude/latitude
    // decoder are in the build, but a one-map page does not load them.
    const spherical =
      /d3-geo\/src\/projection\/(conicEqualArea|mercator|index)\.js$|core\/geometry\/(features|layout)\.ts$/;
    expect([...mapPage].flatMap(sources).filter((s) => spherical.test(s))).toEqual([]);
    expect(js.filter((f) => sources(f).some((s) => spherical.test(s))).length).toBeGreaterThan(0);
    // V8's compile hint on exactly the files a page runs at once (its element's static imports), none on lazy parts.
    const hinted = (f: string) =>
      readFileSync(path.join(outdir, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
    const onLoad = new Set([
      ...boot,
      ...sourceTags().flatMap(({ dir }) => [...closure(`${dir.startsWith('sdg-') ? dir : `sdg-${dir}`}.js`)]),
    ]);
    for (const f of onLoad) expect(hinted(f), f).toBe(true);
    const lazy = readdirSync(outdir).filter((n) => /^chunk-.*\.js$/.test(n) && !onLoad.has(n));
    expect(lazy.length).toBeGreaterThan(5);
    for (const f of lazy) expect(hinted(f), f).toBe(false);
    // Static imports form no cycle: a chunk never waits on a chunk that waits on it.
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      expect(state.get(file), `cycle ${[...trail, file].join(' → ')}`).not.toBe('open');
      state.set(file, 'open');
      for (const f of importsOf(file)) visit(f, [...trail, file]);
      state.set(file, 'done');
    };
    for (const f of readdirSync(outdir).filter((n) => n.endsWith('.js'))) visit(f, []);
  });

  it('offers each element class without registering it (dist/sdg-<name>.component.js)', () => {
    for (const { dir, tag } of sourceTags()) {
      if (!existsSync(path.join(root, 'src/components', dir, `${dir}.component.ts`))) continue;
      const file = path.join(outdir, `${dir.startsWith('sdg-') ? dir : `sdg-${dir}`}.component.js`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), `${tag} class entry`).not.toMatch(
        new RegExp(`define\\(\\s*["'\`]${tag}["'\`]`),
      );
    }
  });

  it('leaves no import for the page to resolve: lit and d3 are bundled', () => {
    for (const f of readdirSync(outdir).filter((n) => n.endsWith('.js'))) {
      const text = readFileSync(path.join(outdir, f), 'utf8');
      const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
      expect(
        specifiers.filter((s) => !s.startsWith('./')),
        f,
      ).toEqual([]);
    }
  });

  it('puts every module that resolves the data folder directly in the output folder (lib/ for bundlers aside)', () => {
    const nested = readdirSync(outdir, { recursive: true, withFileTypes: true })
      .filter(
        (d) =>
          d.isFile() && d.name.endsWith('.js') && d.parentPath !== outdir && d.parentPath !== path.join(outdir, 'lib'),
      )
      .map((d) => path.join(d.parentPath, d.name));
    expect(nested).toEqual([]);
    const usesMetaUrl = readdirSync(outdir).filter(
      (f) => f.endsWith('.js') && readFileSync(path.join(outdir, f), 'utf8').includes('import.meta.url'),
    );
    expect(usesMetaUrl.length).toBeGreaterThan(0);
  });

  it('targets ES2022 without a dev-mode Lit', () => {
    const bundle = readFileSync(path.join(outdir, 'sdg.js'), 'utf8');
    expect(bundle).not.toContain('Lit is in dev mode');
    expect(bundle).not.toMatch(/process\.env/);
  });
});

/** Every JSON file under data/ but the samples in data/examples/, listed here independently of the build script. */
function shippedDataFiles(): string[] {
  const dir = path.join(root, 'data');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('examples/'));
}

describe('scripts/build.mjs lib/ (the npm entries a bundler reads)', () => {
  const lib = path.join(outdir, 'lib');
  const libFiles = () => readdirSync(lib).filter((n) => n.endsWith('.js'));

  it('keeps the file list out of the CDN files, which fetch from data/ beside dist/', () => {
    for (const f of readdirSync(outdir).filter((n) => n.endsWith('.js'))) {
      const named = /["'`]\.\.\/\.\.\/data\/[^"'`]+\.json/.exec(readFileSync(path.join(outdir, f), 'utf8'));
      expect(named?.[0] ?? null, f).toBeNull();
    }
  });

  it('builds the same entries as the CDN files', () => {
    const cdn = readdirSync(outdir).filter(
      (n) => n.endsWith('.js') && !n.startsWith('chunk-') && !n.startsWith('embed'),
    );
    expect(cdn.length).toBeGreaterThan(2);
    for (const f of cdn) expect(existsSync(path.join(lib, f)), `lib/${f}`).toBe(true);
  });

  it('leaves lit, d3 and topojson-client as bare imports for the app to resolve once', () => {
    const text = libFiles()
      .map((f) => readFileSync(path.join(lib, f), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/class\s+ReactiveElement\b/);
    expect(text).not.toMatch(/function\s+geoPath\b/);
    const bare = new Set(
      [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'.][^"']*)["']/g)].map((m) => m[1].split('/')[0]),
    );
    expect(bare).toContain('lit');
    expect(bare).toContain('d3-geo');
    expect(bare).toContain('topojson-client');
  });

  it('names every shipped data file in a static new URL(…, import.meta.url) a bundler can follow', () => {
    const text = libFiles()
      .map((f) => readFileSync(path.join(lib, f), 'utf8'))
      .join('\n');
    const literal = new Set(
      [
        ...text.matchAll(/new URL\(\s*["']\.\.\/\.\.\/data\/([^"'?]+)(?:\?[^"']*)?["']\s*,\s*import\.meta\.url\s*\)/g),
      ].map((m) => m[1]),
    );
    const files = shippedDataFiles();
    expect(files).toContain('catalog.json');
    expect(files.filter((f) => !literal.has(f))).toEqual([]);
    expect([...literal].filter((f) => !files.includes(f))).toEqual([]);
  });
});
