import { describe, expect, it } from 'vitest';
import { parseUserData, parseUserDataSliced } from '../../../src/core/data/user-data.js';
import { csvLineStream } from '../../../src/core/data/user/table.js';

/** Long files are read in steps (issue #15): the pieces must give exactly what one pass gives. */
const TEXT = [
  '# a comment line',
  'country,year,value,unit',
  'KAZ,2015,1.5,"a ""quoted"" unit, with a comma"',
  '',
  'KGZ,2016,2,"a unit',
  'over two lines"',
  'TJK,2017,3,%',
  'XYZ,2018,4,%',
  'UZB,2019,5,%\r',
  'AFG,2020,6,%',
].join('\n');

describe('csvLineStream', () => {
  it('cut into pieces of any size, gives the lines and line numbers of one pass', () => {
    const whole = [...csvLineStream(TEXT, undefined, 1e9)];
    expect(whole.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
    for (const chunk of [1, 2, 3, 5, 8, 13, 21, 34, 55]) {
      expect([...csvLineStream(TEXT, undefined, chunk)], `pieces of ${chunk}`).toEqual(whole);
    }
  });
});

describe('parseUserDataSliced', () => {
  it('reads 30,000 rows to the same result as parseUserData', async () => {
    const rows = ['country,series,year,value'];
    const C = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
    for (let i = 0; i < 30_000; i++) rows.push(`${C[i % 6]},S${Math.floor(i / 1806)},${1800 + (Math.floor(i / 6) % 301)},${i}`);
    const text = rows.join('\n');
    const sliced = await parseUserDataSliced(text);
    expect(sliced.accepted).toBe(30_000);
    expect(sliced).toEqual(parseUserData(text));
  });

  it('stops with the reason when aborted', async () => {
    const controller = new AbortController();
    const text = `country,year,value\n${'KAZ,2015,1\n'.repeat(200_000)}`;
    const run = parseUserDataSliced(text, {}, controller.signal);
    controller.abort(new Error('stale'));
    await expect(run).rejects.toThrow('stale');
  });
});
