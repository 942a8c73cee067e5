import { expect as chaiExpect, fixture } from '@open-wc/testing';
import { LitElement, html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import {
  readUserData,
  renderUserDataProblems,
  userDataDetail,
  UserDataError,
} from '../../src/controllers/user-data.js';
import { clearFetchCache, fetchCount } from '../../src/core/data/fetch-cache.js';
import { LocalizeController } from '../../src/i18n/localize.js';

/** A bare host for the localisation controller the helpers take. */
class UserDataHost extends LitElement {
  readonly localize = new LocalizeController(this);
}
customElements.define('user-data-host', UserDataHost);

const example = new URL('/data/examples/kaz-regions-example.csv', location.href).href;

describe('readUserData (real fetches to the test server)', () => {
  it('loads the example file: 45 rows, 5 rejected, one request for two readers', async () => {
    clearFetchCache();
    const before = fetchCount();
    const [a, b] = await Promise.all([
      readUserData(example, undefined),
      readUserData('/data/examples/kaz-regions-example.csv', null),
    ]);
    expect(fetchCount() - before).toBe(1);
    expect([a?.accepted, a?.rejected]).toEqual([45, 5]);
    expect(b?.rows).toEqual(a?.rows);
  });

  it('prefers .data over src, and returns null when there is neither', async () => {
    const r = await readUserData('/nope.csv', [{ country: 'TJK', year: 2020, value: 1 }]);
    expect(r?.rows).toEqual([{ area: 'TJK', series: 'USER', year: 2020, value: 1 }]);
    expect(await readUserData(null, undefined)).toBeNull();
  });

  it('throws UserDataError for a missing file, with the fetch problem', async () => {
    const e = await readUserData('/data/examples/does-not-exist.csv', undefined).catch((x) => x);
    expect(e).toBeInstanceOf(UserDataError);
    expect(e.kind).toBe('fetch');
    expect(e.result.problems[0].code).toMatch(/^fetch-(http|html)$/);
  });
});

describe('renderUserDataProblems and userDataDetail', () => {
  it('lists the 5 rejected rows accessibly, in the element language', async () => {
    const host = await fixture<UserDataHost>(html`<user-data-host lang="en"></user-data-host>`);
    const result = (await readUserData(example, undefined))!;
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    render(renderUserDataProblems(result, host.localize), box);
    await chaiExpect(box).to.be.accessible();
    const items = [...box.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[4]).toContain('Line 50, column “region”: Unknown country or region code “Almaty city”');
    expect(box.querySelector('summary')?.textContent).toBe('5 row(s) were rejected:');
    const detail = userDataDetail(result, host.localize);
    expect(detail).toMatchObject({ kind: 'validation', accepted: 45, message: '45 row(s) shown, 5 rejected.' });
    expect(detail.problems?.map((p) => p.line)).toEqual([22, 33, 34, 36, 50]);
  });

  it('shows hostile text as text', async () => {
    const host = await fixture<UserDataHost>(html`<user-data-host></user-data-host>`);
    const result = (await readUserData(null, [
      { country: 'KAZ', year: 2020, value: 1 },
      { country: '<img src=x onerror="window.__pwned=1">', year: 2020, value: 2 },
    ]))!;
    const box = document.createElement('div');
    host.append(box);
    render(renderUserDataProblems(result, host.localize), box);
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('li')?.textContent).toContain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
