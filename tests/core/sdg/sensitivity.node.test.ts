import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sensitivity, statusWithEdges } from '../../../src/core/sdg/sensitivity.js';
import type { ProgressFile } from '../../../src/core/sdg/progress-file.js';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const shipped = JSON.parse(readFileSync(join(repo, 'data', 'progress.json'), 'utf8')) as ProgressFile;

describe('sensitivity: band edges moved by ±10 %', () => {
  it('statusWithEdges: 85 is far at 90/50 but close at 81/45; 52 is far at 90/50 but very far at 99/55', () => {
    expect(statusWithEdges({ status: 'far', statusScore: 85 }, { close: 81, far: 45 })).toBe('close');
    expect(statusWithEdges({ status: 'far', statusScore: 52 }, { close: 99, far: 55 })).toBe('very-far');
    // met, no data, not applicable do not depend on the edges
    expect(statusWithEdges({ status: 'achieved', statusScore: 100 }, { close: 99, far: 55 })).toBe('achieved');
    expect(statusWithEdges({ status: 'not-applicable', statusScore: null }, { close: 81, far: 45 })).toBe(
      'not-applicable',
    );
  });

  it('counts changed cells: scores 85 (far), 46 (very far), 95 (close) → −10 %: 2 change (85 close, 46 far); +10 %: 1 (95 far)', () => {
    const cells = [
      { status: 'far' as const, statusScore: 85 },
      { status: 'very-far' as const, statusScore: 46 },
      { status: 'close' as const, statusScore: 95 },
    ];
    expect(sensitivity(cells)).toEqual([
      { factor: 0.9, close: 81, far: 45, changed: 2, cells: 3 },
      { factor: 1.1, close: 99, far: 55, changed: 1, cells: 3 },
    ]);
  });

  it('the shipped counts equal a re-derivation from the indicator scores of data/progress.json', () => {
    for (const row of shipped.sensitivity) {
      let changed = 0;
      for (const area of shipped.areas)
        for (const g of shipped.ratings[area]) {
          if (!['close', 'far', 'very-far'].includes(g.status)) continue;
          const scores = g.indicators
            .filter((i) => i.score !== undefined)
            .map((i) => i.score!)
            .sort((a, b) => a - b);
          const worst = scores.slice(0, 2);
          const mean = worst.reduce((a, b) => a + b, 0) / worst.length;
          const moved = mean >= row.close ? 'close' : mean >= row.far ? 'far' : 'very-far';
          if (moved !== g.status) changed++;
        }
      expect(row.changed, `factor ${row.factor}`).toBe(changed);
      expect(row.cells).toBe(102);
    }
    expect(shipped.sensitivity.map((r) => r.factor)).toEqual([0.9, 1.1]);
  });
});
