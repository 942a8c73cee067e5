#!/usr/bin/env node
// The package as an app installs it: `npm pack`, then scratch Vite and webpack apps in a temporary folder that
// install the tarball and hold, of this package, nothing but `import '@sdg-central-asia/elements'` and
// `<sdg-map indicator="3.2.1" year="2020">` (no copy step, no setDataBase()). Each app is built and served
// (Vite: dev server and production build; webpack 5: development and production builds on a static server), opened
// in Chromium, and must draw the six countries coloured from the package's data, with every data file served by the
// app itself and one copy of Lit (the app uses Lit too). One more page checks that `data-base` still points the map at
// data the page author hosts.
//   node scripts/bundlers.mjs [--keep]     (needs `npm run build` first; --keep leaves the scratch folder)
// The bundlers are this repository's devDependencies; the tarball's dependencies (lit, d3-*, topojson-client) install
// from npm's cache, which `npm ci` has filled.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium, recordSdgEvents, waitForSdgElements } from './lib/browser.mjs';
import { inspectMap, luminance } from './lib/smoke.mjs';
import { startServer } from './lib/static-server.mjs';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIX = ['AFG', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
const NAME = '@sdg-central-asia/elements';

const page = (script, mapAttrs = '') => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>scratch app</title></head>
  <body>
    <app-note></app-note>
    <sdg-map indicator="3.2.1" year="2020"${mapAttrs} style="display:block;width:800px"></sdg-map>
    <!-- more of the shipped files: region outlines and series, targets and progress ratings -->
    <sdg-map id="regions" level="region" countries="KAZ KGZ" indicator="8.5.2"${mapAttrs} style="display:block;width:800px"></sdg-map>
    <sdg-dashboard${mapAttrs}></sdg-dashboard>
    ${script}
  </body>
</html>
`;
// The app uses Lit itself, as many pages that embed these elements will: it must end up with one copy.
const main = `import '${NAME}';
import { LitElement, html } from 'lit';
customElements.define('app-note', class extends LitElement { render() { return html\`<p>app's own Lit element</p>\`; } });
`;

/** Packs the repository (dist/ must be built) into `dir`; returns the tarball's path. */
async function pack(dir) {
  if (!existsSync(path.join(root, 'dist/lib/sdg-all.js')))
    throw new Error('dist/lib/ is missing: run `npm run build` first');
  if (!existsSync(path.join(root, 'custom-elements.json'))) await run('npx', ['cem', 'analyze'], { cwd: root });
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return path.join(dir, JSON.parse(stdout)[0].filename);
}

/** A scratch app folder with the tarball installed (offline-first: npm's cache holds every dependency). */
async function scratchApp(dir, tarball) {
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  copyFileSync(tarball, path.join(dir, 'elements.tgz'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'scratch-app',
        private: true,
        type: 'module',
        dependencies: { [NAME]: 'file:elements.tgz', lit: '^3.3.0' },
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(dir, 'src/main.js'), main);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Vite: dev server and `vite build` of an app whose index.html loads src/main.js. */
async function viteApp(dir) {
  const vite = await import('vite');
  writeFileSync(path.join(dir, 'index.html'), page('<script type="module" src="/src/main.js"></script>'));
  const common = { root: dir, configFile: false, logLevel: 'warn', clearScreen: false };
  await vite.build({ ...common, build: { outDir: path.join(dir, 'dist') } });
  return {
    dev: async () => {
      const server = await vite.createServer({ ...common, server: { port: 0, host: '127.0.0.1', strictPort: false } });
      await server.listen();
      const url = server.resolvedUrls?.local?.[0];
      return { url, close: () => server.close() };
    },
    build: path.join(dir, 'dist'),
  };
}

/** webpack 5 with its defaults (entry src/main.js, output dist/main.js, publicPath auto), dev and production. */
async function webpackApp(dir) {
  const { default: webpack } = await import('webpack');
  const compile = (mode, out) =>
    new Promise((resolve, reject) => {
      webpack({ mode, context: dir, entry: './src/main.js', output: { path: out }, devtool: false }, (err, stats) => {
        if (err) return reject(err);
        if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        writeFileSync(path.join(out, 'index.html'), page('<script src="main.js" defer></script>'));
        // A page author who hosts the data: the package's data/ copied to /own-data/, named by data-base.
        writeFileSync(
          path.join(out, 'own.html'),
          page('<script src="main.js" defer></script>', ' data-base="/own-data/"'),
        );
        cpSync(path.join(dir, 'node_modules', NAME, 'data'), path.join(out, 'own-data'), { recursive: true });
        resolve(out);
      });
    });
  return {
    dev: await compile('development', path.join(dir, 'dist-dev')),
    build: await compile('production', path.join(dir, 'dist')),
  };
}

/** Opens `url`, waits for the map, returns a list of problems (empty when the six countries are coloured). */
async function check(browser, label, url, requests, dataPrefix = null) {
  const problems = [];
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const logs = [];
  const seen = [];
  tab.on('pageerror', (e) => logs.push(`page error: ${e.message}`));
  // 404s are listed by URL below; the browser's message does not name the file.
  tab.on(
    'console',
    (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && logs.push(`console: ${m.text()}`),
  );
  tab.on(
    'console',
    (m) => /Multiple versions of Lit/.test(m.text()) && problems.push('more than one copy of Lit loaded'),
  );
  tab.on('response', (r) => seen.push({ url: r.url(), status: r.status() }));
  await tab.addInitScript(recordSdgEvents);
  await tab.goto(url, { waitUntil: 'load' });
  const state = await waitForSdgElements(tab, 30000);
  const result = await tab.evaluate(inspectMap);
  // Every copy of lit-html registers its version in this global, in dev and production builds alike.
  const lit = await tab.evaluate(() => ({
    versions: globalThis.litHtmlVersions ?? [],
    app: document.querySelector('app-note')?.shadowRoot?.textContent ?? null,
  }));
  if (lit.versions.length !== 1)
    problems.push(`${lit.versions.length} copies of lit-html loaded (${lit.versions.join(', ')})`);
  if (!lit.app?.includes("app's own Lit element")) problems.push("the app's own Lit element did not render");
  const shot = path.join(root, 'bench-results', `bundler-${label.replace(/\W+/g, '-')}.png`);
  await tab.screenshot({ path: shot, fullPage: true }).catch(() => {});
  await tab.close();
  if (state.pending.length) problems.push(`never drew: ${state.pending.join(' ')}`);
  const errors = state.events.filter((e) => e.type === 'sdg-error');
  if (errors.length) problems.push(`sdg-error: ${JSON.stringify(errors[0].detail)}`);
  if (!state.events.some((e) => e.type === 'sdg-render' && e.tag === 'sdg-map'))
    problems.push('sdg-map never fired sdg-render');
  if (result.error) problems.push(result.error);
  else {
    const codes = result.countries.map((c) => c.code);
    const noData = result.countries.filter((c) => !/^rgb/.test(c.fill ?? '') || /no-data/.test(c.part ?? ''));
    if (SIX.some((c) => !codes.includes(c)))
      problems.push(`countries drawn: ${codes.join(' ')}; expected ${SIX.join(' ')}`);
    if (noData.length) problems.push(`not coloured: ${noData.map((c) => `${c.code}=${c.fill}`).join(', ')}`);
    const fills = new Set(result.countries.map((c) => c.fill));
    if (fills.size < 2) problems.push(`every country has the same fill (${[...fills].join()}): no data scale`);
    const lum = result.countries.map((c) => ({ code: c.code, l: luminance(c.fill) }));
    const afg = lum.find((c) => c.code === 'AFG');
    // Under-five mortality 2020: Afghanistan's rate is the highest of the six (UN SDG database), so darkest.
    if (afg?.l != null && lum.some((c) => c.code !== 'AFG' && c.l != null && c.l < afg.l))
      problems.push('AFG is not the darkest');
  }
  const data = seen.filter((r) => /\.json(\?|$)/.test(r.url) && !/package\.json/.test(r.url));
  const origin = new URL(url).origin;
  const foreign = data.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:'));
  if (foreign.length) problems.push(`data from outside the app: ${foreign.map((r) => r.url).join(' ')}`);
  const elsewhere = dataPrefix ? data.filter((r) => !new URL(r.url).pathname.startsWith(dataPrefix)) : [];
  if (elsewhere.length) problems.push(`data-base="${dataPrefix}" ignored: ${elsewhere.map((r) => r.url).join(' ')}`);
  const failed = seen.filter((r) => r.status >= 400 && !r.url.endsWith('/favicon.ico'));
  if (failed.length) problems.push(`HTTP errors: ${failed.map((r) => `${r.status} ${r.url}`).join(' ')}`);
  if (requests)
    for (const r of requests)
      if (r.status >= 400 && r.path !== '/favicon.ico') problems.push(`HTTP ${r.status} ${r.path}`);
  console.log(
    `${problems.length ? 'FAIL' : 'ok  '} ${label}: ${result.countries?.length ?? 0} countries, ${data.length} data files` +
      (result.countries ? ` (${result.countries.map((c) => `${c.code} ${c.fill}`).join(', ')})` : '') +
      `, lit-html ${lit.versions.join(' + ')}`,
  );
  for (const r of data) console.log(`     ${r.status} ${r.url.replace(origin, '')}`);
  for (const l of logs) console.log(`     ${l}`);
  for (const p of problems) console.log(`     - ${p}`);
  return problems.map((p) => `${label}: ${p}`);
}

export async function checkBundlers({ keep = false } = {}) {
  const started = Date.now();
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'sdg-bundlers-'));
  const problems = [];
  const browser = await launchChromium();
  try {
    const tarball = await pack(work);
    console.log(`packed ${path.basename(tarball)}; scratch apps in ${work}`);
    const viteDir = path.join(work, 'vite-app');
    const webpackDir = path.join(work, 'webpack-app');
    await Promise.all([scratchApp(viteDir, tarball), scratchApp(webpackDir, tarball)]);
    console.log(`installed the tarball into both apps (${Math.round((Date.now() - started) / 1000)} s)`);

    const v = await viteApp(viteDir);
    const dev = await v.dev();
    try {
      problems.push(...(await check(browser, 'vite dev', dev.url)));
    } finally {
      await dev.close();
    }
    const w = await webpackApp(webpackDir);
    for (const [label, dir, file, prefix] of [
      ['vite build', v.build, ''],
      ['webpack development', w.dev, ''],
      ['webpack production', w.build, ''],
      ['webpack production, self-hosted data-base', w.build, 'own.html', '/own-data/'],
    ]) {
      const server = await startServer({ root: dir });
      try {
        problems.push(...(await check(browser, label, new URL(file, server.url).href, server.requests, prefix)));
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
  console.log(`bundler check took ${Math.round((Date.now() - started) / 1000)} s`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const problems = await checkBundlers({ keep: process.argv.includes('--keep') });
    if (problems.length) {
      console.error(`bundler check FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log('bundler check passed (screenshots: bench-results/bundler-*.png)');
  } catch (err) {
    console.error(`bundler check FAILED: ${err?.stack ?? err}`);
    process.exit(1);
  }
}
