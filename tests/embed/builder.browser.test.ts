import { describe, it } from 'vitest';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/builder/builder.js';
import type { EmbedBuilder } from '../../src/builder/builder.js';

describe('embed-builder', () => {
  it('is accessible', async () => {
    const el = await fixture<EmbedBuilder>(html`<embed-builder base="https://cdn.example/sdg/dist/"></embed-builder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('datalist option'), 'indicator list loaded', {
      timeout: 10_000,
    });
    await expect(el).to.be.accessible();
  });

  it('lists every indicator of the catalog and writes the snippets for the choices', async () => {
    const el = await fixture<EmbedBuilder>(html`<embed-builder base="https://cdn.example/sdg/dist/"></embed-builder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('datalist option'), 'indicator list loaded', {
      timeout: 10_000,
    });
    const catalog = await (await fetch('/data/catalog.json')).json();
    expect(el.shadowRoot!.querySelectorAll('datalist option').length).to.equal(Object.keys(catalog.indicators).length);
    const year = el.shadowRoot!.querySelector<HTMLInputElement>('#year')!;
    year.value = '2019';
    year.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const tag = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-snippet="tag"]')!.value;
    expect(tag).to.equal(
      '<script type="module" src="https://cdn.example/sdg/dist/sdg.js"></script>\n<sdg-map indicator="3.2.1" year="2019"></sdg-map>',
    );
    const preview = el.shadowRoot!.querySelector('sdg-map')!;
    expect(preview.getAttribute('year')).to.equal('2019');
  });
});
