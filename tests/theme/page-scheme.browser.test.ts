import { describe, expect, it } from 'vitest';
import { readPageScheme } from '../../src/internal/page-scheme.js';

describe('readPageScheme', () => {
  it('answers every element connected in one task, from its parent’s color-scheme, before the next task', async () => {
    const dark = document.createElement('div');
    dark.style.colorScheme = 'light dark';
    const light = document.createElement('div');
    light.style.colorScheme = 'light';
    const a = dark.appendChild(document.createElement('span'));
    const b = light.appendChild(document.createElement('span'));
    const gone = document.createElement('span');
    document.body.append(dark, light);
    const answers = new Map<string, boolean>();
    readPageScheme(a, (d) => answers.set('a', d));
    readPageScheme(b, (d) => answers.set('b', d));
    readPageScheme(gone, (d) => answers.set('gone', d));
    expect(answers.size).toBe(0);
    await Promise.resolve();
    expect(Object.fromEntries(answers)).toEqual({ a: true, b: false });
    dark.remove();
    light.remove();
  });
});
