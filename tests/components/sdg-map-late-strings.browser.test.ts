import { describe, it } from 'vitest';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/sdg-map/sdg-map.js';

// Typed from src/i18n/translations/{en,ru}.ts (not imported: importing the module would load the strings early).
const en = { aralSeaHistoric: 'Aral Sea (historic extent)' };
const ru = { aralSeaHistoric: 'Аральское море (историческая граница)' };

/**
 * Words built into the map's model (the Aral Sea's label, "no data", the summary) follow the page's language even
 * when its strings arrive after the data: here outlines, series and titles are already cached by the first maps, so the
 * Russian map's model is ready before the Russian strings have loaded.
 */
async function drawn(lang: string): Promise<Element> {
  const w = await fixture<HTMLElement>(
    html`<div style="width: 1000px"><sdg-map indicator="3.2.1" year="2020" lang=${lang}></sdg-map></div>`,
  );
  const el = w.querySelector('sdg-map')!;
  if (!el.shadowRoot?.querySelector('[part="svg"]')) await oneEvent(el, 'sdg-render');
  return el;
}

const aral = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.labels text.water')]
    .map((t) => t.textContent!.trim())
    .find((t) => /ral|рал/i.test(t));

describe('sdg-map strings that load after the data', () => {
  it('the Aral Sea label is re-made in Russian once the Russian strings arrive', async () => {
    expect(aral(await drawn('en'))).to.equal(en.aralSeaHistoric);
    await drawn('kk');
    const el = await drawn('ru');
    for (let i = 0; i < 100 && aral(el) !== ru.aralSeaHistoric; i++) await new Promise((r) => setTimeout(r, 20));
    expect(aral(el)).to.equal(ru.aralSeaHistoric);
    expect(el.shadowRoot!.querySelector('.labels text.water[lang="en"]')?.textContent ?? '').not.to.equal(
      en.aralSeaHistoric,
    );
  });
});
