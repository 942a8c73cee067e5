import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../../src/core/geometry/labels.js';

const identity = { k: 1, x: 0, y: 0 };
const options = { width: 400, height: 300, size: 12 };
const country = (id: string, x: number, tone: 'light' | 'dark'): LabelCandidate => ({
  id,
  text: id,
  lang: '',
  layer: 'focus',
  spots: [{ x, y: 100 }],
  minK: 1,
  weight: 1,
  tone,
});

describe('placeLabels on a year change', () => {
  it('takes the new tones of the same names at the same places', () => {
    const before = placeLabels([country('KAZ', 100, 'dark'), country('KGZ', 250, 'dark')], identity, options);
    const after = placeLabels([country('KAZ', 100, 'light'), country('KGZ', 250, 'dark')], identity, options);
    expect(after.map((l) => [l.id, l.x, l.y, l.tone])).toEqual([
      ['KAZ', 100, 100, 'light'],
      ['KGZ', 250, 100, 'dark'],
    ]);
    expect(before.find((l) => l.id === 'KAZ')!.tone).toBe('dark');
  });

  it('places again when a name, a spot or the zoom changes', () => {
    placeLabels([country('KAZ', 100, 'dark')], identity, options);
    expect(placeLabels([country('KAZ', 180, 'dark')], identity, options)[0]!.x).toBe(180);
    expect(placeLabels([{ ...country('KAZ', 100, 'dark'), text: 'Kazakhstan' }], identity, options)[0]!.text).toBe(
      'Kazakhstan',
    );
    expect(placeLabels([country('KAZ', 100, 'dark')], { k: 2, x: -50, y: 0 }, options)[0]!.x).toBe(150);
    // Two names in the same place: only the first fits, whichever order the memo saw before.
    expect(
      placeLabels([country('KAZ', 100, 'dark'), country('UZB', 100, 'dark')], identity, options).map((l) => l.id),
    ).toEqual(['KAZ']);
  });
});
