import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTES, parseEmbedParams } from '../../src/embed/params.js';

describe('parseEmbedParams', () => {
  it('reads the element and its attributes', () => {
    const r = parseEmbedParams('?el=sdg-map&indicator=3.2.1&year=2020&lang=kk&theme=dark&id=m1');
    expect(r.tag).toBe('sdg-map');
    expect(r.id).toBe('m1');
    expect(Object.fromEntries(r.attributes)).toEqual({ indicator: '3.2.1', year: '2020', lang: 'kk', theme: 'dark' });
    expect(r.ignored).toEqual([]);
  });

  it('defaults to sdg-map and refuses elements not on the list', () => {
    expect(parseEmbedParams('indicator=3.2.1').tag).toBe('sdg-map');
    for (const el of ['script', 'iframe', 'img', 'sdg-nonexistent', 'SDG-MAP onload=x']) {
      const r = parseEmbedParams(new URLSearchParams({ el }));
      expect(r.tag, el).toBe(null);
      expect(r.ignored).toContain('el');
    }
    expect(parseEmbedParams('el=SDG-Trend-Chart').tag).toBe('sdg-trend-chart');
  });

  it('drops attributes not on the list, data-base and event handlers included', () => {
    const r = parseEmbedParams('el=sdg-map&onload=alert(1)&data-base=https://evil.example/&style=x&indicator=1.1.1');
    expect(r.attributes).toEqual([['indicator', '1.1.1']]);
    expect(r.ignored.sort()).toEqual(['data-base', 'onload', 'style']);
    expect(EMBED_ATTRIBUTES).not.toContain('data-base');
  });

  it('keeps markup-looking values as plain text, bounded and without control characters', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const r = parseEmbedParams(new URLSearchParams({ indicator: evil, series: 'a\u0000b\nc', year: 'x'.repeat(500) }));
    const a = Object.fromEntries(r.attributes);
    expect(a.indicator).toBe(evil); // set with setAttribute: text, never parsed
    expect(a.series).toBe('abc');
    expect(a.year.length).toBe(200);
  });

  it('accepts only light/dark/auto themes and language tags; cleans the id', () => {
    const r = parseEmbedParams('theme=red&lang=%3Cb%3E&id=a%22b<c>d');
    expect(r.attributes).toEqual([]);
    expect(r.id).toBe('abcd');
    expect(Object.fromEntries(parseEmbedParams('lang=uz-Cyrl').attributes)).toEqual({ lang: 'uz-Cyrl' });
    expect(Object.fromEntries(parseEmbedParams('lang=fa-AF').attributes)).toEqual({ lang: 'fa-AF' });
    expect(Object.fromEntries(parseEmbedParams('theme=auto').attributes)).toEqual({ theme: 'auto' });
  });
});
