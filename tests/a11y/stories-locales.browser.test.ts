import { describe, it } from 'vitest';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { composeStories } from 'storybook/preview-api';
import * as preview from '../../.storybook/preview.js';
import * as barChart from '../../stories/sdg-bar-chart.stories.js';
import * as dashboard from '../../stories/sdg-dashboard.stories.js';
import * as goalBadge from '../../stories/sdg-goal-badge.stories.js';
import * as map from '../../stories/sdg-map.stories.js';
import * as sparkline from '../../stories/sdg-sparkline.stories.js';
import * as timeSlider from '../../stories/sdg-time-slider.stories.js';
import * as trendChart from '../../stories/sdg-trend-chart.stories.js';
import '../../src/index.js';
import { englishFallbacks } from './english.js';

/**
 * The Storybook stories of every element, composed with the project's preview (its locale decorator sets `lang` and
 * `dir` from the `locale` global, as the toolbar does), in the shipped languages: every story draws without an
 * `sdg-error` (except the stories that show the error or loading state) and no UI string falls back to English.
 *
 * Ten languages × every story is slow in CI, so: all ten languages for the first story of each element, and
 * en, kk, ru and ps (the languages axe checks elsewhere) for every story.
 */

const ALL = ['en', 'ru', 'kk', 'uz', 'uz-Cyrl', 'ky', 'tg', 'tk', 'fa-AF', 'ps'];
const SOME = ['en', 'kk', 'ru', 'ps'];
/** Stories whose point is the error or loading state. */
const SHOWS_FAILURE = /error|unknown|missing(data)?folder|missingfile|loading|badrows|nousable/i;

const modules = { barChart, dashboard, goalBadge, map, sparkline, timeSlider, trendChart } as const;

type Composed = Record<string, ((args?: unknown) => unknown) & { storyName?: string; globals?: unknown }>;

function compose(mod: object, locale: string): Composed {
  const annotations = { ...(preview.default as object), initialGlobals: { locale, theme: 'auto' } };
  return composeStories(mod as never, annotations as never) as unknown as Composed;
}

/** Renders a composed story and waits until every sdg-* element in it drew or failed (at most 8 s). */
async function show(
  story: (args?: unknown) => unknown,
): Promise<{ root: HTMLElement; errors: string[]; elements: Element[] }> {
  const root = document.createElement('div');
  root.style.width = '900px';
  document.body.append(root);
  const errors: string[] = [];
  const drawn = new Set<EventTarget>();
  root.addEventListener('sdg-render', (e) => drawn.add(e.composedPath()[0]));
  root.addEventListener('sdg-error', (e) => {
    drawn.add(e.composedPath()[0]);
    errors.push(`${(e.composedPath()[0] as Element).localName}: ${(e as CustomEvent).detail?.message}`);
  });
  render(story() as never, root);
  const elements = () =>
    [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('sdg-') && e.localName !== 'sdg-time-slider');
  const deadline = performance.now() + 8000;
  while (performance.now() < deadline && !elements().every((e) => drawn.has(e)))
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return { root, errors, elements: [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('sdg-')) };
}

for (const [name, mod] of Object.entries(modules)) {
  const names = Object.keys(compose(mod, 'en'));
  describe(`${name} stories`, () => {
    for (const [i, story] of names.entries()) {
      const locales = i === 0 ? ALL : SOME;
      it(`${story} in ${locales.length === ALL.length ? 'all ten languages' : locales.join(', ')}`, async () => {
        for (const locale of locales) {
          const composed = compose(mod, locale)[story];
          const { root, errors, elements } = await show(composed);
          try {
            expect(elements.length, `${story} ${locale}: elements`).to.be.greaterThan(0);
            if (!SHOWS_FAILURE.test(story)) {
              expect(errors, `${story} ${locale}: sdg-error`).to.deep.equal([]);
              for (const el of elements) {
                expect(
                  el.shadowRoot?.querySelector('[part~="error"]') ?? null,
                  `${story} ${locale}: ${el.localName} error state`,
                ).to.equal(null);
              }
            }
            const wrapperLang = root.querySelector('.sdg-story')?.getAttribute('lang');
            expect(wrapperLang, `${story}: the decorator took the locale`).to.equal(locale);
            // Stories that fix their own language (Russian, RightToLeft…) are checked in that language.
            if (locale !== 'en') {
              for (const el of elements) {
                const own = el.closest('[lang]')?.getAttribute('lang') ?? 'en';
                if (own.toLowerCase().startsWith('en')) continue;
                expect(
                  await englishFallbacks(el, own),
                  `${story} ${locale}: ${el.localName} English text`,
                ).to.deep.equal([]);
              }
            }
          } finally {
            render(null, root);
            root.remove();
          }
        }
      }, 120_000);
    }
  });
}
