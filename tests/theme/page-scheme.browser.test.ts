import { describe, expect, it } from 'vitest';
import { readPageScheme } from '../../src/internal/page-scheme.js';

describe('readPageScheme', () => {
  it('answers every element connected before the next frame, from its parent’s color-scheme, in that frame', async () => {
    const dark = document.createElement('div');
    dark.style.colorScheme = 'light dark';
    const light = document.createElement('div');
    light.style.colorScheme = 'light';
    const a = dark.appendChild(document.createElement('span'));
    const b = light.appendChild(document.createElement('span'));
    const gone = document.createElement('span');
    document.body.append(dark, light);
    const answers = new Map<string, boolean>();
    const read = readPageScheme(a, (d) => answers.set('a', d));
    expect(readPageScheme(b, (d) => answers.set('b', d))).toBe(read);
    expect(readPageScheme(gone, (d) => answers.set('gone', d))).toBe(read);
    expect(answers.size).toBe(0);
    // Not in the task that connected them (which then forced a style recalculation of the page).
    await Promise.resolve();
    expect(answers.size).toBe(0);
    // Answered in the next frame; the batch's promise resolves then, the element not connected included.
    await read;
    expect(Object.fromEntries(answers)).toEqual({ a: true, b: false });
    dark.remove();
    light.remove();
  });
});
