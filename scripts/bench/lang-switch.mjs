// Language switch bench (called by scripts/bench.mjs, `--only lang-switch`): 200 drawn elements on one page, then
// `lang` en → ru on their container. Time from the attribute change until every element has rendered in Russian
// (the ru strings loaded on first use included), and the longest main-thread task meanwhile. Target: ≤ 150 ms.

/** 200 elements: the map and the two charts, the rest the small ones a dashboard-like page repeats. */
export function langSwitchMarkup(catalog, n = 200) {
  const countries = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
  const indicators = Object.values(catalog.indicators)
    .filter((ind) => catalog.series[ind.headline]?.years)
    .map((ind) => ind.code);
  const big = [
    '<sdg-map indicator="3.2.1" year="2020"></sdg-map>',
    '<sdg-trend-chart indicator="3.2.1"></sdg-trend-chart>',
    '<sdg-bar-chart indicator="3.2.1" year="2020"></sdg-bar-chart>',
    '<sdg-sparkline indicator="3.2.1" country="KAZ"></sdg-sparkline>',
  ];
  const small = Array.from({ length: n - big.length }, (_, i) => {
    const indicator = indicators[Math.floor(i / countries.length) % indicators.length];
    const country = countries[i % countries.length];
    switch (i % 3) {
      case 0:
        return `<sdg-sparkline indicator="${indicator}" country="${country}"></sdg-sparkline>`;
      case 1:
        return `<sdg-value indicator="${indicator}" country="${country}"></sdg-value>`;
      default:
        return `<sdg-goal-badge goal="${(i % 17) + 1}"></sdg-goal-badge>`;
    }
  });
  return [...big, ...small].join('');
}

/** Runs in the page: waits until every element has settled, switches `lang` and times the re-render. */
async function switchInPage(lang) {
  const m = await import('/dist/sdg.js');
  const host = document.getElementById('host');
  const els = [...host.children];
  const settle = async () => {
    for (let i = 0; i < 100 && els.some((e) => e.isUpdatePending); i++)
      await Promise.all(els.map((e) => e.updateComplete));
  };
  await settle();
  await new Promise((r) => setTimeout(r, 300));
  const tasks = [];
  const po = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  po.observe({ type: 'longtask' });
  const t0 = performance.now();
  host.setAttribute('lang', lang);
  // The elements ask for the language's strings on first use; loadLocale returns the same pending load.
  await m.loadLocale(lang);
  await settle();
  const ms = performance.now() - t0;
  // Long tasks are reported after they end: give the observer a frame.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  po.disconnect();
  const during = tasks.filter((t) => t.startTime + t.duration >= t0 && t.startTime <= t0 + ms);
  // What an element says: its text and its accessible names (a sparkline's words are in aria-label).
  const said = (e) =>
    (e.shadowRoot?.textContent ?? '') +
    [...(e.shadowRoot?.querySelectorAll('[aria-label]') ?? [])].map((n) => n.getAttribute('aria-label')).join(' ');
  const russian = els.filter((e) => /[а-яё]/i.test(said(e))).length;
  return { ms, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)), elements: els.length, russian };
}

/** `runs` fresh pages; medians of the switch time and of the longest task. */
export async function benchLangSwitch({ browser, server, page: pagePath, catalog, runs, start, median }) {
  const markup = langSwitchMarkup(catalog);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
    try {
      await page.goto(new URL(pagePath, server.url).href);
      await page.evaluate(start, markup);
      samples.push(await page.evaluate(switchInPage, 'ru'));
    } finally {
      await context.close();
    }
  }
  return {
    elements: samples[0]?.elements,
    renderedInRussian: samples[0]?.russian,
    switchMs: median(samples.map((s) => s.ms)),
    longestTaskMs: median(samples.map((s) => s.longestTaskMs)),
    targetMs: 150,
    samples: samples.map((s) => Math.round(s.ms)),
  };
}
