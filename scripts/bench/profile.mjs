#!/usr/bin/env node
// A CPU profile of one map's first render or of its year steps, from the built dist/ (run `npm run build` first),
// with each sample mapped back to the source function through dist/*.js.map. Prints the functions with the most
// self time and the most total (inclusive) time.
//   node scripts/bench/profile.mjs [--what first|year|region-year] [--top 30] [--steps 20]
//                                  [--warm 6] [--markup '<sdg-map …></sdg-map>'] [--out profile.cpuprofile]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from '../lib/browser.mjs';
import { startServer } from '../lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opts } = parseArgs({
  options: {
    what: { type: 'string', default: 'first' },
    top: { type: 'string', default: '30' },
    steps: { type: 'string', default: '20' },
    markup: { type: 'string' },
    out: { type: 'string' },
    // Year steps before profiling (the bench's steps come right after the first draw: --warm 0).
    warm: { type: 'string', default: '6' },
  },
});
const region = opts.what === 'region-year';
const markup =
  opts.markup ??
  (region
    ? '<sdg-map level="region" countries="KAZ KGZ" indicator="8.5.2" year="2010"></sdg-map>'
    : '<sdg-map indicator="3.2.1" year="2020"></sdg-map>');

const server = await startServer({ root });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(new URL('/scripts/bench/page.html', server.url).href);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let elapsed;
  if (opts.what === 'first') {
    await cdp.send('Profiler.start');
    elapsed = (await page.evaluate((m) => start('/dist/sdg.js', m, 'sdg-render'), markup)).draw;
  } else {
    await page.evaluate((m) => start('/dist/sdg.js', m, 'sdg-render'), markup);
    // Warm: every year once before profiling.
    const years = region ? [2011, 2012, 2013, 2014, 2015, 2016, 2017] : [2015, 2010, 2020, 2005, 2018, 2000];
    for (const y of years.slice(0, Number(opts.warm))) await page.evaluate((y) => stepYear('sdg-map', y), y);
    await cdp.send('Profiler.start');
    const times = [];
    for (let i = 0; i < Number(opts.steps); i++)
      times.push(await page.evaluate((y) => stepYear('sdg-map', y), years[i % years.length]));
    times.sort((a, b) => a - b);
    elapsed = times[times.length >> 1];
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (opts.out) writeFileSync(opts.out, JSON.stringify(profile));
  report(profile, elapsed);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

function report(profile, elapsed) {
  const maps = new Map();
  const traceFor = (url) => {
    if (!maps.has(url)) {
      let tm = null;
      try {
        const p = new URL(url).pathname;
        const file = path.join(root, p + '.map');
        if (p.startsWith('/dist/') && existsSync(file)) tm = new TraceMap(readFileSync(file, 'utf8'));
      } catch {
        tm = null;
      }
      maps.set(url, tm);
    }
    return maps.get(url);
  };
  const nameOf = (cf) => {
    const tm = cf.url ? traceFor(cf.url) : null;
    if (tm) {
      const o = originalPositionFor(tm, { line: cf.lineNumber + 1, column: cf.columnNumber });
      if (o.source) {
        const src = o.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
        return `${o.name ?? cf.functionName ?? '(anonymous)'} ${src}:${o.line}`;
      }
    }
    return `${cf.functionName || '(anonymous)'} ${cf.url ? path.basename(cf.url) : ''}`.trim();
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const self = new Map();
  const total = new Map();
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    const name = nameOf(n.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = nameOf(byId.get(cur).callFrame);
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) ?? 0) + ms);
    }
  }
  const all = [...dt.values()].reduce((a, b) => a + b, 0);
  const top = Number(opts.top);
  const print = (title, m) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  };
  console.log(`${opts.what}: ${elapsed.toFixed(1)} ms (median step for year changes); ${all.toFixed(0)} ms sampled`);
  print('self time', self);
  print('total time', total);
}
