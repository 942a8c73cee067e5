import { describe, expect, it } from 'vitest';
import { Memo, sameKey } from '../../src/core/memo.js';

describe('sameKey', () => {
  it('compares items by identity, not by content', () => {
    const o = {};
    expect(sameKey([1, 'a', o], [1, 'a', o])).toBe(true);
    expect(sameKey([1, {}], [1, {}])).toBe(false);
    expect(sameKey([NaN], [NaN])).toBe(true);
    expect(sameKey([1], [1, 2])).toBe(false);
    expect(sameKey(null, [])).toBe(false);
  });
});

describe('Memo.get', () => {
  it('computes again only when an item of the key changes', () => {
    const memo = new Memo<number>();
    let calls = 0;
    const compute = () => ++calls;
    const features = {};
    expect(memo.get([features, 640], compute)).toBe(1);
    expect(memo.get([features, 640], compute)).toBe(1);
    expect(memo.get([features, 641], compute)).toBe(2);
    expect(memo.get([{}, 641], compute)).toBe(3);
    expect(calls).toBe(3);
  });

  it('keeps its own copy of the key, so changing the array passed does not change what was remembered', () => {
    const memo = new Memo<string>();
    const key: unknown[] = ['a'];
    memo.get(key, () => 'first');
    key[0] = 'b';
    expect(memo.key).toEqual(['a']);
    expect(memo.get(['a'], () => 'second')).toBe('first');
  });

  it('has no key and no value before the first get', () => {
    const memo = new Memo<number>();
    expect(memo.key).toBeNull();
    expect(memo.value).toBeUndefined();
  });
});
