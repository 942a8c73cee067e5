import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/components/sdg-map/sdg-map.js';
import type { SdgMap } from '../../src/components/sdg-map/sdg-map.js';
import { languages } from '../../src/i18n/languages.js';

/**
 * Water names follow the element's language. Expected names: a few typed here from their published sources, and for
 * every language the rows of the raw table data-raw/names/water.csv (read with fetch, not from the element).
 */
async function map(lang: string): Promise<SdgMap> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 1000px">
      <sdg-map indicator="3.2.1" year="2020" layers="rivers lakes" lang=${lang}></sdg-map>
    </div>`,
  );
  const el = wrapper.querySelector('sdg-map') as SdgMap;
  if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.rivers path'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

const labels = (el: SdgMap, cls: string) =>
  [...el.shadowRoot!.querySelectorAll(`.labels text.${cls}`)].map((t) => ({
    text: t.textContent!.trim(),
    lang: t.getAttribute('lang') ?? '',
  }));

describe('sdg-map water names', () => {
  it('lang="ru": the seas, lakes and rivers are named in Russian (Natural Earth name_ru)', async () => {
    const el = await map('ru');
    const water = labels(el, 'water');
    const rivers = labels(el, 'river');
    // Typed from Natural Earth 5's tables (ne_110m_geography_marine_polys, ne_50m_lakes, ne_50m_rivers_lake_centerlines).
    // lang="" on a label: the element's own language.
    for (const ru of ['Каспийское море', 'Балхаш']) expect(water).to.deep.include({ text: ru, lang: '' });
    for (const ru of ['Сырдарья', 'Амударья']) expect(rivers).to.deep.include({ text: ru, lang: '' });
    for (const en of ['Caspian Sea', 'Lake Balkhash', 'Syr Darya', 'Amu Darya'])
      expect([...water, ...rivers].map((l) => l.text)).not.to.include(en);
  });

  it('lang="kk": a cited Kazakh name in Kazakh, else the Russian name marked lang="ru"', async () => {
    const table = csvParse(await (await fetch(new URL('../../data-raw/names/water.csv', import.meta.url))).text());
    const row = (ne: string) => table.find((r) => r.ne_name === ne)!;
    const water = labels(await map('kk'), 'water');
    // Balkhash: the title of its Kazakh Wikipedia article; the Caspian: no cited Kazakh name was found, and Russian
    // is used officially beside Kazakh in Kazakhstan.
    expect(row('Lake Balkhash').kk).to.equal('Балқаш');
    expect(water).to.deep.include({ text: 'Балқаш', lang: '' });
    expect(row('Caspian Sea').kk).to.equal('');
    expect(water).to.deep.include({ text: 'Каспийское море', lang: 'ru' });
  });

  it("every language: each drawn name is the table's name in that language, else in its second language, else English", async () => {
    // The second languages, as the map's documentation states them (Russian for Kazakh, Kyrgyz, Tajik; Uzbek in the
    // other script; Dari for Pashto; none for Turkmen, Russian, Dari, English).
    const second: Record<string, string[]> = {
      kk: ['ru'],
      ky: ['ru'],
      tg: ['ru'],
      uz: ['uz-Cyrl'],
      'uz-Cyrl': ['uz', 'ru'],
      ps: ['fa-AF'],
    };
    const table = csvParse(await (await fetch(new URL('../../data-raw/names/water.csv', import.meta.url))).text());
    const expected = (row: Record<string, string | undefined>, code: string) => {
      if (row[code]) return { text: row[code], lang: '' };
      for (const s of second[code] ?? []) if (row[s]) return { text: row[s], lang: s };
      return { text: row.en || row.ne_name, lang: code === 'en' ? '' : 'en' };
    };
    for (const { code } of languages) {
      const el = await map(code);
      const drawn = [...labels(el, 'water'), ...labels(el, 'river')];
      const caspian = table.find((r) => r.ne_name === 'Caspian Sea')!;
      expect(drawn, code).to.deep.include(expected(caspian, code));
      for (const row of table) {
        const names = [row.en, row.ne_name, ...languages.map((l) => row[l.code])].filter(Boolean);
        const hit = drawn.find((l) => names.includes(l.text));
        if (!hit) continue; // not placed at this size (no room, or outside the frame)
        expect(hit, `${code} ${row.ne_name}`).to.deep.equal(expected(row, code));
      }
    }
  });
});
