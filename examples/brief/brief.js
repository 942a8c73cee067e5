/**
 * The regional brief's page script (plain JavaScript, so the page runs unchanged from the dev server and from any
 * static server):
 *
 * 1. Loads the elements. Under `npm start` the web dev server compiles `/src/index.ts` on request and answers with
 *    JavaScript; a plain static server answers the same URL with a `.ts` file (or a 404), so the built bundle
 *    `dist/sdg.js` is imported instead. The check is a HEAD request on the source entry: no failed module import,
 *    no console noise.
 * 2. The language switch: `lang` on <html> is the one source of truth. CSS shows the prose block of that language,
 *    every element follows the attribute by itself; `?lang=ru` in the address opens the page in Russian.
 * 3. The scroll story: the sticky map takes the indicator, year, slice, highlighted country and water layers of the
 *    step being read (IntersectionObserver on wide screens). Every step is also a plain block of text with a
 *    "Show on the map" button, and focusing anything inside a step shows its map, so keyboard and screen-reader users
 *    reach every state without scrolling.
 */

const LANGS = ['en', 'ru', 'kk'];
const TITLES = {
  en: 'Shared rivers, shared air: five challenges Central Asia and Afghanistan face together',
  ru: 'Общие реки, общий воздух: пять проблем, которые Центральная Азия и Афганистан решают вместе',
  kk: 'Ортақ өзендер, ортақ ауа: Орталық Азия мен Ауғанстан бірге шешетін бес мәселе',
};

/** Resolves with `src` or `dist`: which build of the elements the page runs on. */
export const loaded = (async () => {
  let dev;
  try {
    const r = await fetch('/src/index.ts', { method: 'HEAD', cache: 'no-store' });
    dev = r.ok && /javascript/i.test(r.headers.get('content-type') ?? '');
  } catch {
    dev = false;
  }
  if (dev) {
    // The entry registers every element and the strings of every shipped locale, as dist/sdg.js does.
    await import('/src/index.ts');
    return 'src';
  }
  await import(new URL('../../dist/sdg.js', import.meta.url).href);
  return 'dist';
})();
loaded.then((from) => (document.documentElement.dataset.build = from));

/* Language ------------------------------------------------------------------------------------------------------- */

const root = document.documentElement;
const buttons = [...document.querySelectorAll('.lang-switch button[data-lang]')];

function reflectLang() {
  const lang = LANGS.includes(root.lang) ? root.lang : 'en';
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  document.title = TITLES[lang];
}

function setLang(lang, { remember = true } = {}) {
  if (!LANGS.includes(lang)) return;
  root.lang = lang;
  if (remember) {
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  }
}

for (const b of buttons) b.addEventListener('click', () => setLang(b.dataset.lang));
new MutationObserver(reflectLang).observe(root, { attributes: true, attributeFilter: ['lang'] });
const asked = new URLSearchParams(location.search).get('lang');
if (asked && LANGS.includes(asked)) setLang(asked, { remember: false });
reflectLang();

/* Scroll story ------------------------------------------------------------------------------------------------------ */

const map = document.getElementById('story-map');
const steps = [...document.querySelectorAll('.step')];
const live = document.getElementById('story-live');
const wide = matchMedia('(min-width: 56.01rem)');
const reduced = matchMedia('(prefers-reduced-motion: reduce)');
let current = null;
/** Until then, scrolling caused by moving focus into a step does not hand the map to another step. */
let pinnedUntil = 0;

/** Map attributes a step may set; a step that does not name one removes it. */
const STATE = ['indicator', 'year', 'year-tolerance', 'selected', 'slice', 'layers', 'highlight-basin', 'scheme'];

function show(step, { announce = false } = {}) {
  if (!map || !step) return;
  if (step !== current) {
    current = step;
    for (const name of STATE) {
      const value = step.dataset[name.replace(/-(\w)/g, (_, c) => c.toUpperCase())];
      if (value === undefined) map.removeAttribute(name);
      else if (map.getAttribute(name) !== value) map.setAttribute(name, value);
    }
    for (const s of steps) {
      const on = s === step;
      s.classList.toggle('is-active', on);
      if (on) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
      s.querySelector('.show-on-map')?.setAttribute('aria-pressed', String(on));
    }
  }
  if (announce && live) {
    const heading = [...step.querySelectorAll('h3 .l')].find((h) => h.lang === root.lang) ?? step.querySelector('h3');
    live.textContent = heading?.textContent?.trim() ?? '';
  }
}

for (const step of steps) {
  step.querySelector('.show-on-map')?.addEventListener('click', () => {
    show(step, { announce: true });
    pinnedUntil = performance.now() + 1200;
    // On a phone the map is above the steps, out of view: bring it in.
    if (!wide.matches) map.scrollIntoView({ behavior: reduced.matches ? 'auto' : 'smooth', block: 'start' });
  });
  // Reading a step with the keyboard (or a screen reader's focus) shows its map, and on wide screens brings the step
  // to the middle of the window, beside the map, where the scroll observer agrees with it.
  step.addEventListener('focusin', () => {
    if (step === current) return;
    show(step);
    pinnedUntil = performance.now() + 1200;
    if (wide.matches) step.scrollIntoView({ block: 'center', behavior: reduced.matches ? 'auto' : 'smooth' });
  });
}

if ('IntersectionObserver' in window) {
  const visible = new Map();
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) visible.set(e.target, e.isIntersecting ? e.intersectionRatio : 0);
      if (!wide.matches || performance.now() < pinnedUntil) return;
      let best = null;
      let ratio = 0;
      for (const [el, r] of visible) if (r > ratio) [best, ratio] = [el, r];
      if (best) show(best);
    },
    // A band across the middle of the viewport: the step crossing it is the one being read.
    { rootMargin: '-45% 0px -45% 0px', threshold: [0, 0.01, 0.5, 1] },
  );
  for (const s of steps) io.observe(s);
}
show(steps[0]);
