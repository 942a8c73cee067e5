import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SeriesData,
  type SeriesDataOptions,
  type SeriesLoad,
  type SeriesQuery,
} from '../../src/controllers/series-data.js';
import { isUserChartData } from '../../src/controllers/user-data-view.js';
import { SdgDataError } from '../../src/core/data/errors.js';
import type { SeriesFile } from '../../src/core/data/types.js';
import type { SdgErrorDetail, SdgRenderDetail } from '../../src/events/events.js';
import { LocalizeController } from '../../src/i18n/localize.js';

const DATA = new URL('/data/', location.href).href;
const realResolve = (path: string) => new URL(path, DATA).href;

let n = 0;
const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

type Host<T> = LitElement & {
  query: SeriesQuery | null;
  data: SeriesData<T>;
  errors: unknown[];
  events: Array<CustomEvent<SdgErrorDetail | SdgRenderDetail>>;
};

/** A bare element holding one SeriesData, its query a property so a test can change it. */
function host<T = SeriesLoad>(
  query: SeriesQuery | null,
  options: Partial<Omit<SeriesDataOptions<T>, 'query' | 'onError' | 'localize'>> = {},
): Host<T> {
  const tag = `series-data-host-${++n}`;
  class El extends LitElement {
    static override properties = { query: { attribute: false } };
    query: SeriesQuery | null = query;
    errors: unknown[] = [];
    events: Array<CustomEvent> = [];
    readonly localize = new LocalizeController(this);
    readonly data = new SeriesData<T>(this, {
      resolve: realResolve,
      ...options,
      localize: this.localize,
      query: () => this.query,
      onError: (e) => this.errors.push(e),
    });
    override render() {
      return html`${this.data.status}`;
    }
  }
  customElements.define(tag, El);
  const el = document.createElement(tag) as unknown as Host<T>;
  el.setAttribute('lang', 'en');
  for (const type of ['sdg-error', 'sdg-render']) el.addEventListener(type, (e) => el.events.push(e as CustomEvent));
  document.body.append(el);
  hosts.push(el);
  return el;
}

async function settle(el: Host<unknown>): Promise<void> {
  await el.updateComplete;
  await el.data.task.taskComplete.catch(() => {});
  await el.updateComplete;
}

/** The raw series file, read by the test itself to count what the controller should keep. */
async function rawFile(name: string): Promise<SeriesFile> {
  return (await fetch(realResolve(`series/${name}.json`))).json();
}

describe('SeriesData: shipped series (real fetches to the test server)', () => {
  it('loads the headline series of an indicator in its default slice', async () => {
    const el = host({ indicator: '3.2.1' });
    await settle(el);
    const v = el.data.complete!;
    expect(v.entry.series).toBe('SH_DYN_MORT');
    expect(v.indicator?.code).toBe('3.2.1');
    const file = await rawFile('SH_DYN_MORT');
    const both = file.dims.sex.codes.indexOf('BOTHSEX');
    const expected = file.dims.sex.index.filter((i) => i === both).length;
    expect(v.rows).toHaveLength(expected);
    expect(v.rows.every((r) => r.dims?.sex === 'BOTHSEX')).toBe(true);
    expect(el.errors).toEqual([]);
  });

  it("slice: 'all' keeps every row; overrides pick another slice", async () => {
    const file = await rawFile('SH_DYN_MORT');
    const all = host({ indicator: '3.2.1', slice: 'all' });
    const female = host({ series: 'SH_DYN_MORT', slice: { sex: 'FEMALE' } });
    await Promise.all([settle(all), settle(female)]);
    expect(all.data.complete!.rows).toHaveLength(file.area.length);
    const f = file.dims.sex.codes.indexOf('FEMALE');
    expect(female.data.complete!.rows).toHaveLength(file.dims.sex.index.filter((i) => i === f).length);
  });

  it('an unknown indicator fails with unknown-indicator, naming the code', async () => {
    const el = host({ indicator: '99.9.9' });
    await settle(el);
    expect(el.errors).toHaveLength(1);
    expect(el.errors[0]).toBeInstanceOf(SdgDataError);
    expect(el.errors[0]).toMatchObject({ kind: 'unknown-indicator', facts: { code: '99.9.9' } });
  });

  it('checks the series file: a file that is not one fails with parse and its URL', async () => {
    // Every series path answers with the catalog: valid JSON, but not a series file.
    const resolve = (p: string) => realResolve(p.startsWith('series/') ? 'targets.json' : p);
    const el = host({ indicator: '3.2.1' }, { resolve });
    await settle(el);
    expect(el.errors[0]).toMatchObject({ kind: 'parse', facts: { url: realResolve('targets.json') } });
  });

  it('loads again when the query or an input changes, and gives null (or `otherwise`) for no query', async () => {
    const el = host<unknown>(null, { otherwise: async () => 'other' });
    await settle(el);
    expect(el.data.complete).toBe('other');
    el.query = { indicator: '3.2.1' };
    await settle(el);
    expect((el.data.complete as { entry: { series: string } }).entry.series).toBe('SH_DYN_MORT');
    const bare = host(null);
    await settle(bare);
    expect(bare.data.complete).toBeNull();
  });

  it('`then` shapes the value from what was loaded', async () => {
    const el = host({ indicator: '3.2.1' }, { then: (d) => d.entry.unit });
    await settle(el);
    expect(el.data.complete).toBe('PER_1000_LIVE_BIRTHS');
  });
});

describe("SeriesData: the user's data", () => {
  it('draws the valid rows and reports the rejected ones in one sdg-error', async () => {
    const data = [
      { country: 'KAZ', year: 2020, value: 5 },
      { country: 'KAZ', year: 'soon', value: 6 },
    ];
    const el = host({ data });
    await settle(el);
    const v = el.data.complete!;
    expect(isUserChartData(v)).toBe(true);
    expect(v.rows.map((r) => [r.area, r.year, r.value])).toEqual([['KAZ', 2020, 5]]);
    const errors = el.events.filter((e) => e.type === 'sdg-error');
    expect(errors).toHaveLength(1);
    expect(errors[0].detail).toMatchObject({ kind: 'validation', accepted: 1 });
    expect(el.errors).toEqual([]);
  });

  it('nothing usable fails through onError, with no partial sdg-error', async () => {
    const el = host({ data: [{ country: 'KAZ', year: 'soon', value: 6 }] });
    await settle(el);
    expect(el.errors).toHaveLength(1);
    expect((el.errors[0] as Error).name).toBe('UserDataError');
    expect(el.events.filter((e) => e.type === 'sdg-error')).toHaveLength(0);
  });
});

describe('SeriesData: lifecycle', () => {
  it('aborts a pending load when the element leaves, and loads again when it comes back', async () => {
    let started = 0;
    const el = host<string>(
      { indicator: '3.2.1' },
      {
        then: (_d, signal) => {
          started++;
          return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
        },
      },
    );
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(started).toBe(1);
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect((el.errors[0] as Error | undefined)?.name).toBe('AbortError');
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(started).toBe(2);
  });

  it('drawn() fires sdg-render once per model, never for null', async () => {
    const el = host(null);
    await settle(el);
    const a = {};
    el.data.drawn(null, () => ({ year: 0 }));
    el.data.drawn(a, () => ({ year: 1 }));
    el.data.drawn(a, () => ({ year: 2 }));
    el.data.drawn({}, () => ({ year: 3 }));
    el.data.drawn('text', () => ({ year: 4 }));
    el.data.drawn('text', () => ({ year: 5 }));
    const renders = el.events.filter((e) => e.type === 'sdg-render').map((e) => (e.detail as SdgRenderDetail).year);
    expect(renders).toEqual([1, 3, 4]);
  });
});
