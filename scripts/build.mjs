#!/usr/bin/env node
// `npm run build`: the files a page or a bundler loads.
//   dist/sdg.js            one ES module that registers every element (src/index.ts), lit and d3 bundled in
//   dist/sdg-<name>.js     one entry per element (src/components/<name>/<name>.ts), sharing dist/chunk-*.js
//                          (these CDN files are bundled by Rolldown, see splitBuild; the rest by esbuild)
//   dist/sdg-<name>.component.js  the element's class only, for pages that register tags themselves
//   dist/types/            declarations (tsc -p tsconfig.build.json)
//   dist/embed.html, dist/embed-page.js, dist/embed.js   the iframe page and the parent-page resizer (src/embed/)
//   dist/lib/              the same entries for bundlers (the package's `exports`): lit, d3 and topojson-client stay
//                          bare imports, so an app that already uses Lit loads one copy; data files are referenced by
//                          one static `new URL('../../data/<file>', import.meta.url)` each (src/internal/data-files.ts),
//                          which Vite and webpack follow and copy into the app's build
// `node scripts/build.mjs --analyze` also lists what makes up dist/sdg.js.
// Every CDN file lands directly in dist/, so `new URL('../data/', import.meta.url)` (src/internal/data-base.ts) points
// at the package's data/ folder from any of them.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { rolldown } from 'rolldown';
import { minifyCssLiterals } from './lib/minify-css-literals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src') + path.sep;

/** `src/components/<name>/<name>.ts` files: the registering module of each element. */
export function elementEntries() {
  const dir = path.join(root, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, `${d.name}.ts`)))
    .map((d) => {
      const component = path.join(dir, d.name, `${d.name}.component.ts`);
      return {
        name: d.name.startsWith('sdg-') ? d.name : `sdg-${d.name}`,
        dir: d.name,
        file: path.join(dir, d.name, `${d.name}.ts`),
        component: existsSync(component) ? component : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Our own modules register elements and translations when imported (`import './components/x/x.js'`). The package's
 * `sideEffects` field describes dist/ for downstream bundlers; inside this build every file under src/ keeps its side
 * effects, so esbuild never drops a registering import.
 */
const keepSourceSideEffects = {
  name: 'keep-source-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.inner || !args.importer.startsWith(srcDir)) return undefined;
      const r = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        with: args.with,
        pluginData: { inner: true },
      });
      if (r.errors.length > 0) return { errors: r.errors };
      return { ...r, sideEffects: r.path.startsWith(srcDir) ? true : r.sideEffects };
    });
  },
};

/** The CDN files' Lit `css` templates without indentation and comments (esbuild leaves template text as written). */
const minifyCss = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      return text.includes('css`') ? { contents: minifyCssLiterals(text), loader: 'ts' } : undefined;
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
  metafile: true,
  plugins: [keepSourceSideEffects, minifyCss],
};

/**
 * Every file the elements may fetch: each JSON file under data/ as a path inside it (`series/X.json`), sorted;
 * data/examples/ holds sample files for readers, which no element fetches.
 */
export function dataFileList(dataDir = path.join(root, 'data')) {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.relative(dataDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('examples/'))
    .sort();
}

/**
 * The npm build's src/internal/data-files.ts: one literal `new URL()` per data file, relative to dist/lib/. Literal
 * strings are what bundlers look for (Vite's asset-import-meta-url plugin and its dependency optimizer, webpack 5's
 * URL dependencies); a computed path would be left alone and 404 in the app.
 */
export function dataFilesModule(files = dataFileList()) {
  // `?no-inline`: Vite would otherwise inline every file under 4 KB into the app's JavaScript as a data: URL (a
  // third of the files, loaded whether shown or not); it drops the query from the built URL. webpack emits the files
  // as they are (asset/resource) and keeps the query, which a static server ignores.
  const lines = files.map(
    (f) => `  ${JSON.stringify(f)}: new URL(${JSON.stringify(`../../data/${f}?no-inline`)}, import.meta.url),`,
  );
  return `// Generated by scripts/build.mjs from the files in data/.\nexport const dataFiles = Object.freeze({\n${lines.join('\n')}\n});\n`;
}

const dataFilesSource = path.join(root, 'src/internal/data-files.ts');
const bundlerDataFiles = {
  name: 'bundler-data-files',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]internal[\\/]data-files\.ts$/ }, (args) =>
      path.resolve(args.path) === dataFilesSource ? { contents: dataFilesModule(), loader: 'js' } : undefined,
    );
  },
};

const splitInputOptions = {
  cwd: root,
  platform: 'browser',
  tsconfig: path.join(root, 'tsconfig.json'),
  transform: { target: 'es2022' },
  // Our modules register elements and translations when imported: never dropped (as keepSourceSideEffects).
  treeshake: { moduleSideEffects: (id) => (id.startsWith(srcDir) ? true : undefined) },
  plugins: [
    {
      name: 'minify-css-literals',
      transform: {
        filter: { id: /[\\/]src[\\/].*\.ts$/ },
        handler: (code) => (code.includes('css`') ? { code: minifyCssLiterals(code) } : null),
      },
    },
  ],
  logLevel: 'warn',
  // The CSS minifier rewrites template text only, within lines the source map already points into.
  onLog: (level, log, handler) => (log.code === 'SOURCEMAP_BROKEN' ? undefined : handler(level, log)),
};

/** https://v8.dev/blog/explicit-compile-hints: compile every function of this file eagerly. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Elements a module must be shared by to go into the common chunk that every element's page loads. */
const BASE_SHARE = 4;

/**
 * Two chunks of the CDN build set by hand; the rest is Rolldown's automatic split (one chunk per set of entries that
 * reach a module, not counting what a lazy part's importer has already loaded). Alone, that split made 16 files for a
 * page with one map and 22 for one bar chart, most of them modules shared by a few elements, and a browser speaking
 * HTTP/1.1 to the page's server fetches six at a time. A first pass of the same build finds each element's static
 * imports; then:
 * - `boot`: what dist/sdg.js itself imports (the data cache, event names, languages), small, so the loader runs
 *   and starts the element's data and code after one short round trip;
 * - `base`: modules that at least BASE_SHARE of the elements import (Lit, the strings, number formatting, the data
 *   loading), one file every element's page loads.
 * A module's static imports are imported by at least the elements that import it, so base's imports are in base or
 * boot, and no chunk imports one that imports it back. Grouping the modules of fewer elements too saved a bar chart
 * three files but made the map's region level load the time slider's and the charts' code with its own.
 */
async function pageGroups(input) {
  const bundle = await rolldown({ input, ...splitInputOptions });
  let output;
  try {
    ({ output } = await bundle.generate({ format: 'esm', entryFileNames: '[name].js' }));
  } finally {
    await bundle.close();
  }
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (file) => {
    const seen = new Set();
    const stack = [file];
    while (stack.length) {
      const f = stack.pop();
      if (seen.has(f) || !chunks.has(f)) continue;
      seen.add(f);
      stack.push(...chunks.get(f).imports);
    }
    return seen;
  };
  const modulesOf = (files) => new Set([...files].flatMap((f) => Object.keys(chunks.get(f).modules)));
  const boot = modulesOf([...closure('sdg.js')].filter((f) => f !== 'sdg.js'));
  /** For each module an element imports statically (beyond the loader's), how many elements import it. */
  const users = new Map();
  for (const e of elementEntries()) {
    if (!chunks.has(`${e.name}.js`)) continue;
    for (const id of modulesOf(closure(`${e.name}.js`))) if (!boot.has(id)) users.set(id, (users.get(id) ?? 0) + 1);
  }
  const base = new Set([...users].filter(([, n]) => n >= BASE_SHARE).map(([id]) => id));
  const groups = [
    { name: 'boot', priority: 2, test: (id) => boot.has(id) },
    { name: 'base', priority: 1, test: (id) => base.has(id) },
  ];
  // What a page runs as soon as it loads an element: the loader, its imports and each element's static imports.
  const onLoad = new Set([...boot, ...users.keys(), ...modulesOf(['sdg.js'])]);
  for (const e of elementEntries()) onLoad.add(e.file);
  return { groups, onLoad };
}

/**
 * The CDN files' split build, by Rolldown: like esbuild it groups modules into chunks by the entries that reach them,
 * but it does not count a lazy part's modules that its importers have already loaded (the zoom, export, region,
 * user-data, scheme and language parts of an element), and `pageGroups` sets the loader's and the shared chunk, so a
 * page loads few, larger files: 7 for a one-map page where esbuild made 27. Resolves with the build described as
 * esbuild's metafile (outputs with their imports, entry point and input modules), which the preload manifest and the
 * size reports read.
 */
async function splitBuild(input, dist) {
  const { groups, onLoad } = await pageGroups(input);
  const bundle = await rolldown({
    input,
    ...splitInputOptions,
  });
  try {
    const { output } = await bundle.write({
      dir: dist,
      format: 'esm',
      minify: true,
      sourcemap: true,
      // Licence comments (Lit's BSD-3-Clause notices) stay in the files that carry the code.
      comments: { legal: true, annotation: false, jsdoc: false },
      entryFileNames: '[name].js',
      chunkFileNames: 'chunk-[hash].js',
      hashCharacters: 'hex',
      codeSplitting: { groups },
      // V8's explicit compile hint (Chrome 136+): the files a page runs at once are compiled whole on a background
      // thread while they download, instead of function by function on the main thread at their first call (about
      // 40 ms of a map's first drawing on this machine). Lazy parts (zoom, export, other languages) stay lazy.
      postBanner: (chunk) => (chunk.moduleIds.some((id) => onLoad.has(id)) ? COMPILE_HINT : ''),
    });
    const key = (f) => path.relative(root, path.join(dist, f)).split(path.sep).join('/');
    const rel = (id) => path.relative(root, id).split(path.sep).join('/');
    const outputs = {};
    for (const c of output) {
      if (c.type !== 'chunk') continue;
      outputs[key(c.fileName)] = {
        bytes: Buffer.byteLength(c.code),
        entryPoint: c.facadeModuleId && (c.isEntry || c.isDynamicEntry) ? rel(c.facadeModuleId) : undefined,
        imports: [
          ...c.imports.map((f) => ({ path: key(f), kind: 'import-statement' })),
          ...c.dynamicImports.map((f) => ({ path: key(f), kind: 'dynamic-import' })),
        ],
        inputs: Object.fromEntries(
          Object.entries(c.modules).map(([id, m]) => [rel(id.replace(/^\0/, '')), { bytesInOutput: m.renderedLength }]),
        ),
      };
    }
    return { metafile: { outputs } };
  } finally {
    await bundle.close();
  }
}

/** Runs tsc for the declarations; resolves with {ok, output}. */
function declarations(dist) {
  return new Promise((resolve) => {
    const tsc = path.join(root, 'node_modules/.bin/tsc');
    const args = [
      '--emitDeclarationOnly',
      '--declaration',
      '--outDir',
      path.join(dist, 'types'),
      '-p',
      'tsconfig.build.json',
    ];
    const child = spawn(tsc, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ ok: false, output: String(e) }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** The size goal for the one-tag bundle before data (issue: foundation, "Done when"). */
const BUDGET_GZIP = 40 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Builds into `outdir` (default dist/; tests build into a scratch folder). `quiet` suppresses the report. */
async function main({ outdir = path.join(root, 'dist'), quiet = false } = {}) {
  const started = performance.now();
  const dist = path.resolve(outdir);
  const log = quiet ? () => {} : console.log;
  if (!existsSync(path.join(root, 'src/index.ts'))) throw new Error('src/index.ts is missing');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });

  const elements = elementEntries();
  const types = declarations(dist);
  // One split build: dist/sdg.js (src/autoload.ts) loads each element's chunks when the page first uses the tag, so
  // every entry shares the same chunks: dist/sdg-all.js (src/index.ts) registers everything eagerly, dist/sdg-x.js
  // registers <sdg-x>, dist/sdg-x.component.js only exports the class (define it yourself).
  const one = splitBuild(
    {
      sdg: 'src/autoload.ts',
      'sdg-all': 'src/index.ts',
      ...Object.fromEntries(
        elements.flatMap((e) => [[e.name, e.file], ...(e.component ? [[`${e.name}.component`, e.component]] : [])]),
      ),
    },
    dist,
  );
  const per = one.then((r) => (elements.length > 0 ? r : null));
  // The same entries for bundlers: dependencies stay bare imports (the app resolves and dedupes them), not minified
  // (the app's build minifies), data files as bundler-visible URLs.
  const lib = esbuild.build({
    ...common,
    entryPoints: {
      sdg: 'src/autoload.ts',
      'sdg-all': 'src/index.ts',
      ...Object.fromEntries(
        elements.flatMap((e) => [[e.name, e.file], ...(e.component ? [[`${e.name}.component`, e.component]] : [])]),
      ),
    },
    outdir: path.join(dist, 'lib'),
    splitting: true,
    chunkNames: 'chunk-[hash]',
    packages: 'external',
    minify: false,
    legalComments: 'none',
    plugins: [keepSourceSideEffects, bundlerDataFiles],
  });

  // The iframe page and the parent-page resizer (src/embed/): classic scripts, no imports.
  const hasEmbed = existsSync(path.join(root, 'src/embed/embed.ts')) && existsSync(path.join(root, 'embed.html'));
  const embed = hasEmbed
    ? esbuild.build({
        ...common,
        format: 'iife',
        entryPoints: { embed: 'src/embed/embed.ts', 'embed-page': 'src/embed/page.ts' },
        outdir: dist,
      })
    : Promise.resolve(null);

  const [oneResult, perResult, typeResult] = await Promise.all([one, per, types, embed, lib]);
  writePreloadManifest(oneResult.metafile, dist);
  // dist/embed.html: the root embed.html loading the built files beside it instead of the sources.
  if (hasEmbed) {
    writeFileSync(
      path.join(dist, 'embed.html'),
      readFileSync(path.join(root, 'embed.html'), 'utf8')
        .replace('src="/src/index.ts"', 'src="./sdg.js"')
        .replace('type="module" src="/src/embed/page.ts"', 'src="./embed-page.js" defer'),
    );
    copyFileSync(path.join(root, 'embed.css'), path.join(dist, 'embed.css'));
    copyFileSync(path.join(root, 'favicon.svg'), path.join(dist, 'favicon.svg'));
  }

  // Type errors are `npm run typecheck`'s job; here only missing declarations fail the build.
  if (!typeResult.ok) {
    process.stderr.write(typeResult.output);
    if (!existsSync(path.join(dist, 'types/index.d.ts'))) {
      throw new Error(
        'declarations failed: tsc --emitDeclarationOnly -p tsconfig.build.json wrote no dist/types/index.d.ts',
      );
    }
    log('warning: tsc reported type errors (above); declarations were written anyway');
  }
  // `import '…/sdg-map.js'` gets the types of the element module.
  for (const e of elements) {
    for (const suffix of ['', '.component']) {
      const target = `./types/components/${e.dir}/${e.dir}${suffix}.js`;
      if (existsSync(path.join(dist, 'types/components', e.dir, `${e.dir}${suffix}.d.ts`))) {
        writeFileSync(path.join(dist, `${e.name}${suffix}.d.ts`), `export * from '${target}';\n`);
      }
    }
  }

  const sdg = readFileSync(path.join(dist, 'sdg.js'));
  const gz = gzipSync(sdg, { level: 9 }).length;
  const ms = Math.round(performance.now() - started);
  log(`dist/sdg.js  ${kb(sdg.length)} minified, ${kb(gz)} gzip  (the entry; element code loads on first use)`);
  if (gz > BUDGET_GZIP) log(`note: dist/sdg.js is over the ${kb(BUDGET_GZIP)} gzip budget (see --analyze)`);
  // What a page with one element loads before it draws: dist/sdg.js and the element's chunks.
  let mapJs = null;
  for (const e of elementEntries()) {
    const js = closureGzip(oneResult.metafile, [path.join(dist, 'sdg.js'), path.join(dist, `${e.name}.js`)]);
    if (js) log(`JS a page with one <${e.name}> loads: ${js.files} files, ${kb(js.gzip)} gzip`);
    if (e.name === 'sdg-map') mapJs = js;
  }
  const all = closureGzip(oneResult.metafile, [path.join(dist, 'sdg-all.js')]);
  if (all) log(`dist/sdg-all.js with its chunks (every element, eager): ${kb(all.gzip)} gzip`);
  if (perResult) {
    const outs = Object.keys(perResult.metafile.outputs).filter((f) => f.endsWith('.js'));
    const entries = outs.filter((f) => !path.basename(f).startsWith('chunk-') && !f.endsWith('.component.js'));
    log(
      `per-element entries: ${entries.map((f) => path.relative(root, f)).join(', ')} (+ .component.js class entries)`,
    );
    log(`shared chunks: ${outs.length - entries.length}`);
  } else {
    log('per-element entries: none yet (no src/components/<name>/<name>.ts)');
  }
  log(`dist/types/  declarations written`);
  if (process.argv.includes('--analyze')) {
    // What a page with one <sdg-x> loads before its first draw, by package or source folder, largest first.
    const tag = process.argv.find((a) => a.startsWith('--analyze='))?.slice('--analyze='.length) ?? 'sdg-map';
    const byFile = process.argv.includes('--by-file');
    const parts = closureBreakdown(
      oneResult.metafile,
      [path.join(dist, 'sdg.js'), path.join(dist, `${tag}.js`)],
      byFile,
    );
    if (parts) {
      log(`\n<${tag}> page, static closure: ${parts.files} files, ${kb(parts.gzip)} gzip`);
      log('   gzip*   rendered  module');
      for (const p of parts.rows) log(`${kb(p.gzip).padStart(9)} ${kb(p.bytes).padStart(10)}  ${p.name}`);
      log("* gzip of each file shared out by its modules' bytes before minification (gzip does not split exactly)");
    }
  }
  log(`built in ${ms} ms`);
  return {
    gzip: gz,
    bytes: sdg.length,
    mapGzip: mapJs?.gzip ?? null,
    elements: elements.map((e) => e.name),
    outdir: dist,
  };
}

/** Output files (as metafile keys) that `entries` import statically, themselves included. */
function staticClosure(outputs, entries) {
  const seen = new Set();
  const stack = [...entries].filter((k) => outputs[k]);
  while (stack.length) {
    const k = stack.pop();
    if (seen.has(k)) continue;
    seen.add(k);
    for (const imp of outputs[k].imports)
      if (imp.kind === 'import-statement' && outputs[imp.path]) stack.push(imp.path);
  }
  return seen;
}

const PRELOAD_PLACEHOLDER = 'sdg-preload-manifest';

/**
 * Writes into dist/sdg.js (src/autoload.ts) the chunks each element's module and each shipped language's strings
 * need beyond what dist/sdg.js has already loaded (`tag:file,file;lang:ru:file`), which it modulepreloads when it
 * first sees the tag: the whole graph in one round trip instead of one per level of imports.
 */
function writePreloadManifest(metafile, dist) {
  const outputs = metafile.outputs;
  const key = (f) => path.relative(root, f).split(path.sep).join('/');
  const entry = key(path.join(dist, 'sdg.js'));
  const have = staticClosure(outputs, [entry]);
  const rel = (k) => path.relative(dist, path.resolve(root, k)).split(path.sep).join('/');
  const items = [];
  for (const e of elementEntries()) {
    const own = key(path.join(dist, `${e.name}.js`));
    if (!outputs[own]) continue;
    const files = [...staticClosure(outputs, [own])]
      .filter((k) => !have.has(k))
      .map(rel)
      .sort();
    items.push(`${e.name}:${files.join(',')}`);
  }
  for (const [k, out] of Object.entries(outputs)) {
    // The colour schemes beyond the defaults (src/core/scales/schemes-more.ts), for a tag whose `scheme` names one.
    if (out.entryPoint === 'src/core/scales/schemes-more.ts' && k.endsWith('.js')) {
      const files = [...staticClosure(outputs, [k])].filter((f) => !have.has(f)).map(rel);
      items.push(`scheme:${files.sort().join(',')}`);
    }
    const m = /^src\/i18n\/locales\/(.+)\.ts$/.exec(out.entryPoint ?? '');
    if (!m || !k.endsWith('.js')) continue;
    const files = [...staticClosure(outputs, [k])]
      .filter((f) => !have.has(f))
      .map(rel)
      .sort();
    items.push(`lang:${m[1].toLowerCase()}:${files.join(',')}`);
  }
  const file = path.join(dist, 'sdg.js');
  const code = readFileSync(file, 'utf8');
  const quoted = ['"', "'", '`'].map((q) => `${q}${PRELOAD_PLACEHOLDER}${q}`).find((q) => code.includes(q));
  if (!quoted) throw new Error(`dist/sdg.js: the preload placeholder of src/autoload.ts is missing`);
  // File names are [A-Za-z0-9.-]; the manifest needs no escaping inside either kind of quotes.
  writeFileSync(file, code.replace(quoted, JSON.stringify(items.join(';'))));
}

/** `staticClosure` of entry paths (as esbuild writes them), or null when none of them was built. */
function closureOf(metafile, entries) {
  const key = (f) => path.relative(root, f).split(path.sep).join('/');
  const seen = staticClosure(metafile.outputs, entries.map(key));
  return seen.size ? seen : null;
}

/** Gzip bytes of `entries` and every chunk they import statically (what a browser fetches before running them). */
function closureGzip(metafile, entries) {
  const seen = closureOf(metafile, entries);
  if (!seen) return null;
  let gzip = 0;
  for (const k of seen) gzip += gzipSync(readFileSync(path.resolve(root, k)), { level: 9 }).length;
  return { gzip, files: seen.size };
}

/**
 * `closureGzip`'s files broken down by module: node_modules by package, src/ by folder (or by file), each module's
 * share of its file's gzip taken in proportion to its minified bytes.
 */
function closureBreakdown(metafile, entries, byFile = false) {
  const outputs = metafile.outputs;
  const seen = closureOf(metafile, entries);
  if (!seen) return null;
  const groups = new Map();
  let total = 0;
  for (const k of seen) {
    const g = gzipSync(readFileSync(path.resolve(root, k)), { level: 9 }).length;
    total += g;
    const inputs = Object.entries(outputs[k].inputs);
    const sum = inputs.reduce((a, [, v]) => a + v.bytesInOutput, 0) || 1;
    for (const [file, v] of inputs) {
      let name = file.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1');
      if (!byFile) name = name.replace(/^src\/(.+)\/[^/]+$/, 'src/$1/');
      const o = groups.get(name) ?? { name, bytes: 0, gzip: 0 };
      o.bytes += v.bytesInOutput;
      o.gzip += (g * v.bytesInOutput) / sum;
      groups.set(name, o);
    }
  }
  return { files: seen.size, gzip: total, rows: [...groups.values()].sort((a, b) => b.gzip - a.gzip) };
}

export { main as build };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`build failed: ${err?.message ?? err}`);
    process.exit(1);
  });
}
