/** Paths, CSV/YAML reading and deterministic JSON writing shared by the data build steps. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { parse as parseYaml } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The raw inputs (`data-raw/`, see its README); `SDG_DATA_RAW` points the build at another copy. */
export const rawDir = resolve(process.env.SDG_DATA_RAW || join(repoRoot, 'data-raw'));
/** Where the build writes (`data/`); `SDG_DATA_OUT` builds elsewhere, e.g. to compare with the committed files. */
export const outDir = resolve(process.env.SDG_DATA_OUT || join(repoRoot, 'data'));

/**
 * A raw input's text. A missing file ends the build with one line naming it (not a stack trace): the usual cause is
 * a clone without `data-raw/` or a file renamed there.
 */
export function readRaw(rel) {
  const file = join(rawDir, rel);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e?.code !== 'ENOENT' && e?.code !== 'ENOTDIR') throw e;
    const shown = relative(repoRoot, file).startsWith('..') ? file : relative(repoRoot, file);
    console.error(`data build: raw input not found: ${shown} (see data-raw/README.md)`);
    process.exit(1);
  }
}

export const readText = (rel) => readRaw(rel);
export const readCsv = (rel) => csvParse(readText(rel));
export const readJson = (rel) => JSON.parse(readText(rel));
export const readYaml = (rel) => parseYaml(readText(rel));

/** JSON number grammar: a published numeric value is shipped with exactly these characters. */
export const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** A value column entry: the published text when it is a JSON number, else the flag as a string. */
export class RawNumber {
  constructor(text) {
    this.text = text;
  }
}

/**
 * Serialise without whitespace; `RawNumber`s are written as their published text (so `27.20` stays `27.20`,
 * which every JSON parser reads as the number 27.2). Key order is insertion order, so output is deterministic.
 */
export function stringify(value) {
  const raws = [];
  const json = JSON.stringify(value, (_k, v) => {
    if (v instanceof RawNumber) {
      raws.push(v.text);
      return `\u0000${raws.length - 1}\u0000`;
    }
    return v;
  });
  return json.replace(/"\\u0000(\d+)\\u0000"/g, (_m, i) => raws[+i]);
}

/** Write `data/<rel>`; returns its byte length. */
export function writeOut(rel, value) {
  const file = join(outDir, rel);
  mkdirSync(dirname(file), { recursive: true });
  const text = (typeof value === 'string' ? value : stringify(value)) + '\n';
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** Decimals of a published numeric text (`27.20` → 2, `1e-3` → 3). */
export function decimalsOf(text) {
  const m = /^-?\d+(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - (m[2] ? +m[2] : 0));
}

/** Natural order of SDG codes: `1.2.1` < `1.10.1` < `1.a.1` < `10.1.1`. */
export function compareCodes(a, b) {
  const pa = a.split(/[.-]/), pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i], y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x), ny = /^\d+$/.test(y);
    if (nx && ny && +x !== +y) return +x - +y;
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
