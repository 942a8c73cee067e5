/**
 * The bundle's minifier of Lit `css` templates (scripts/lib/minify-css-literals.mjs): every template of the sources,
 * minified, is the same stylesheet as written — checked by esbuild's own CSS minifier, which must print both the
 * same — and quoted strings and `${…}` interpolations come through untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cssTemplates, minifyCss, minifyCssLiterals } from '../../scripts/lib/minify-css-literals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const minify = minifyCss as (text: string) => string;
const minifyLiterals = minifyCssLiterals as (source: string) => string;

const templates = cssTemplates as (source: string) => string[];

/**
 * esbuild's reading of a stylesheet, interpolations standing for one declaration each. esbuild keeps the spaces of
 * custom property values and `var()` fallbacks as written (`--x: var(--y, 0)`, also between bare declarations); the
 * minifier drops those after `:`, `;` and `,`, which CSS trims from such values when it substitutes them, so they are left out of the comparison.
 */
const canonical = async (text: string) => {
  const css = text.replace(/\$\{[^}]*\}/g, '--interpolated: 1;');
  return (await transform(css, { loader: 'css', minify: true })).code.replace(/([:,;{}]) | (?=[{}])/g, '$1');
};

describe('minifyCss', () => {
  const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(root, 'src', f))
    .filter((f) => readFileSync(f, 'utf8').includes('css`'));

  it('finds the styles of the elements', () => {
    expect(files.some((f) => f.endsWith('sdg-map.styles.ts'))).toBe(true);
  });

  for (const file of files) {
    it(`keeps every rule of ${path.relative(root, file)}`, async () => {
      for (const text of templates(readFileSync(file, 'utf8'))) {
        const small = minify(text);
        expect(small.length).toBeLessThan(text.length);
        expect(await canonical(small)).toBe(await canonical(text));
      }
    });
  }

  it('keeps strings and interpolations as written, and drops comments', () => {
    const text = `
      /* a comment */
      .a::after {
        content: ' ▾  ';
        font-family: "Noto Sans",  serif;
      }
      :host { \${dark} }
      .b :hover { color: red; }
    `;
    expect(minify(text)).toBe(
      `.a::after{content:' ▾  ';font-family:"Noto Sans",serif}:host{\${dark}}.b :hover{color:red}`,
    );
  });

  it('rewrites only css templates of a module', () => {
    const source = 'const s = css`\n  a { color: red; }\n`;\nconst h = html`\n  <p> x </p>\n`;\n';
    expect(minifyLiterals(source)).toBe('const s = css`a{color:red}`;\nconst h = html`\n  <p> x </p>\n`;\n');
  });
});
