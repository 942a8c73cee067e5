import { describe, expect, it } from 'vitest';
import { codeList, listItems, parseSlice, SIX_COUNTRIES, sixCountryList, wordList } from '../../../src/core/data/attributes.js';

describe('list attributes', () => {
  it('split on white space, commas and semicolons alike', () => {
    for (const v of ['KAZ;KGZ', 'KAZ KGZ', 'KAZ,KGZ', ' KAZ ;\n KGZ, ', 'KAZ; KGZ;;']) expect(codeList(v)).toEqual(['KAZ', 'KGZ']);
  });

  it('upper-case codes, lower-case words, drop duplicates, keep the order', () => {
    expect(codeList('kgz kaz KGZ')).toEqual(['KGZ', 'KAZ']);
    expect(wordList('Rivers;LAKES rivers')).toEqual(['rivers', 'lakes']);
    expect(listItems('2020; 2015 2020')).toEqual(['2020', '2015']);
  });

  it('are empty for empty, null and separator-only values', () => {
    for (const v of ['', null, undefined, ' ;, ']) expect(codeList(v)).toEqual([]);
  });

  it('keep only the six countries for sixCountryList', () => {
    expect(sixCountryList('afg;XYZ kaz RUS')).toEqual(['AFG', 'KAZ']);
  });
});

describe('SIX_COUNTRIES', () => {
  it('is the six, in presentation order, and cannot be changed', () => {
    expect([...SIX_COUNTRIES]).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG']);
    expect(Object.isFrozen(SIX_COUNTRIES)).toBe(true);
  });
});

describe('parseSlice', () => {
  it('reads key=value items separated like every list', () => {
    const want = { sex: 'FEMALE', location: 'URBAN' };
    for (const v of ['sex=FEMALE location=URBAN', 'sex=FEMALE;location=URBAN', 'sex=FEMALE, location=URBAN']) {
      expect(parseSlice(v)).toEqual(want);
    }
  });

  it('reads a JSON object, values as text', () => {
    expect(parseSlice('{"sex": "FEMALE", "age": 15}')).toEqual({ sex: 'FEMALE', age: '15' });
  });

  it('ignores items without a key, bad JSON and JSON that is not an object', () => {
    expect(parseSlice('sex =FEMALE')).toEqual({});
    expect(parseSlice('sex location=URBAN')).toEqual({ location: 'URBAN' });
    expect(parseSlice('{bad')).toEqual({});
    expect(parseSlice('[1,2]')).toEqual({});
    expect(parseSlice('')).toEqual({});
  });

  it('keeps prototype keys as data', () => {
    const s = parseSlice('__proto__=x constructor=y');
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.keys(s).sort()).toEqual(['__proto__', 'constructor']);
    expect(s.constructor).toBe('y');
  });
});
