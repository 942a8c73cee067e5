import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ form layers: each may import only from its own layer and the ones below it, so that no two
 * folders import each other and core stays pure (no lit, no DOM, nothing from i18n or the elements).
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Lower layers first; a folder may import from folders at its own index or lower. */
const LAYERS: string[][] = [
  ['core'],
  ['events', 'styles', 'i18n'],
  ['controllers'],
  ['internal'],
  ['components'],
  ['embed', 'builder', '.'],
];
const level = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i] as const)));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The top folder of src/ a file is in ('.' for src/index.ts and src/autoload.ts). */
function folderOf(file: string): string {
  const rel = relative(SRC, file).split(sep);
  return rel.length > 1 ? rel[0]! : '.';
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...specs, ...dynamic];
}

const edges: Array<{ from: string; to: string; file: string; spec: string }> = [];
for (const file of files(SRC)) {
  for (const spec of importsOf(file)) {
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC)) continue;
    edges.push({ from: folderOf(file), to: folderOf(target), file: relative(SRC, file), spec });
  }
}

describe('src/ layering', () => {
  it('sees the imports it checks', () => {
    expect(edges.some((e) => e.from === 'components' && e.to === 'core')).toBe(true);
    expect(edges.some((e) => e.from === 'i18n' && e.to === 'core')).toBe(true);
  });

  it('every folder of src/ has a layer', () => {
    const folders = new Set(readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory()));
    expect([...folders].filter((f) => !level.has(f))).toEqual([]);
  });

  it('core imports nothing above it', () => {
    expect(edges.filter((e) => e.from === 'core' && e.to !== 'core').map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('no folder imports from a higher layer (so no two folders import each other)', () => {
    const upward = edges.filter((e) => level.get(e.to)! > level.get(e.from)!);
    expect(upward.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('core has no lit or DOM dependency', () => {
    const core = files(join(SRC, 'core'));
    const bad = core.filter((f) => importsOf(f).some((s) => /^lit(\/|$)|^@lit/.test(s)));
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });
});
