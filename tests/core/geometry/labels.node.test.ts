import { describe, expect, it } from 'vitest';
import { lineSpots, placeLabels, textWidth, type LabelCandidate } from '../../../src/core/geometry/labels.js';
import { inBasin, parseBasins, CAPITALS } from '../../../src/core/geometry/places.js';

const cand = (
  id: string,
  layer: LabelCandidate['layer'],
  x: number,
  y: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  id,
  text: id,
  lang: '',
  layer,
  spots: [{ x, y }],
  minK: 1,
  weight: 0,
  ...extra,
});
const frame = { width: 400, height: 300, size: 10 };
const I = { k: 1, x: 0, y: 0 };

describe('placeLabels', () => {
  it('keeps the higher-priority label when two overlap, whatever the input order', () => {
    // Same spot: a neighbour's name, a river's and a country's. Only the country's survives.
    const c = [
      cand('Neighbour', 'context', 100, 100),
      cand('River', 'river', 102, 101),
      cand('Country', 'focus', 100, 100),
    ];
    expect(placeLabels(c, I, frame).map((l) => l.id)).toEqual(['Country']);
    expect(placeLabels([...c].reverse(), I, frame).map((l) => l.id)).toEqual(['Country']);
  });
  it('orders by layer: countries, regions, water, rivers, capitals, neighbours; larger first within a layer', () => {
    const c = [
      cand('n', 'context', 10, 10),
      cand('c', 'capital', 10, 40),
      cand('r', 'river', 10, 70),
      cand('w', 'water', 10, 100),
      cand('g', 'region', 10, 130),
      cand('f', 'focus', 10, 160),
      cand('small', 'focus', 10, 190, { weight: 1 }),
      cand('big', 'focus', 10, 220, { weight: 5 }),
    ].map((x) => ({ ...x, spots: [{ ...x.spots[0], x: 50 }] }));
    expect(placeLabels(c, I, frame).map((l) => l.id)).toEqual(['big', 'small', 'f', 'g', 'w', 'r', 'c', 'n']);
  });
  it('labels sitting side by side without overlapping are all kept', () => {
    // "AAAA" at size 10 is 4·10·0.55 + 4 = 26 px wide: centres 30 px apart do not overlap.
    expect(textWidth('AAAA', 10)).toBeCloseTo(22, 9);
    const c = [cand('AAAA', 'water', 100, 100), cand('BBBB', 'water', 130, 100)];
    expect(placeLabels(c, I, frame)).toHaveLength(2);
    expect(placeLabels([cand('AAAA', 'water', 100, 100), cand('BBBB', 'water', 120, 100)], I, frame)).toHaveLength(1);
  });
  it('shows a label only from its minK on, at its zoomed position', () => {
    const c = [cand('Lake', 'water', 100, 100, { minK: 2 })];
    expect(placeLabels(c, I, frame)).toEqual([]);
    const [l] = placeLabels(c, { k: 2, x: -50, y: -60 }, frame);
    expect([l.x, l.y]).toEqual([150, 140]);
  });
  it('drops labels leaving the frame, and at 2× two labels that collided at 1× both fit', () => {
    expect(placeLabels([cand('Edge', 'water', 2, 100)], I, frame)).toEqual([]);
    const c = [cand('AAAA', 'water', 100, 100), cand('BBBB', 'water', 115, 100)];
    expect(placeLabels(c, I, frame)).toHaveLength(1);
    // At 2× the anchors are 30 px apart.
    expect(placeLabels(c, { k: 2, x: -100, y: -100 }, frame)).toHaveLength(2);
  });
  it('tries the next spot when the first collides (a capital left of its dot)', () => {
    const c = [
      cand('Country', 'focus', 130, 100),
      cand('City', 'capital', 100, 100, {
        spots: [
          { x: 100, y: 100, align: 'start', dx: 6 },
          { x: 100, y: 100, align: 'end', dx: -6 },
        ],
      }),
    ];
    const city = placeLabels(c, I, frame).find((l) => l.id === 'City')!;
    expect(city.align).toBe('end');
    expect(city.x).toBe(94);
  });
  it('markers (dots) block capitals and neighbours but not countries', () => {
    const dot: [number, number, number, number] = [96, 96, 104, 104];
    const opts = { ...frame, markers: [dot] };
    expect(placeLabels([cand('Country', 'focus', 100, 100)], I, opts)).toHaveLength(1);
    expect(placeLabels([cand('Other', 'context', 100, 100)], I, opts)).toHaveLength(0);
  });
});

describe('lineSpots', () => {
  it('puts the first spot in the middle of the longest part, by length', () => {
    // An L: 30 px right then 10 px down; the middle (20 px along) is at (20, 0).
    const { spots, length } = lineSpots([
      [
        [0, 0],
        [5, 0],
      ],
      [
        [0, 0],
        [30, 0],
        [30, 10],
      ],
    ]);
    expect(length).toBe(40);
    expect(spots[0]).toEqual({ x: 20, y: 0 });
    expect(spots).toHaveLength(5);
  });
});

describe('basins and capitals', () => {
  it('parses basin lists and matches rivers by name', () => {
    expect(parseBasins('amu-darya|syr-darya')).toEqual(['amu-darya', 'syr-darya']);
    expect(parseBasins('Amu-Darya nile')).toEqual(['amu-darya']);
    expect(inBasin('Panj', ['amu-darya'])).toBe(true);
    expect(inBasin('Naryn', ['amu-darya'])).toBe(false);
    expect(inBasin('Naryn', ['syr-darya'])).toBe(true);
    expect(inBasin(null, ['syr-darya'])).toBe(false);
  });
  it('has the six capitals and Almaty inside the six countries’ latitude and longitude range', () => {
    expect(
      CAPITALS.filter((c) => c.capital)
        .map((c) => c.country)
        .sort(),
    ).toEqual(['AFG', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    for (const c of CAPITALS) {
      expect(c.lon).toBeGreaterThan(46);
      expect(c.lon).toBeLessThan(88);
      expect(c.lat).toBeGreaterThan(29);
      expect(c.lat).toBeLessThan(56);
    }
  });
});
