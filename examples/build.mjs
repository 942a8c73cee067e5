#!/usr/bin/env node
// Builds the framework examples (React 19, Vue 3, Svelte 5) with esbuild:
//   node examples/build.mjs                     → examples/<framework>/app.js beside each index.html
//   node examples/build.mjs --outdir dir --sdg path/to/dist/sdg.js   (the tests build into a scratch site)
// `@sdg-central-asia/elements` resolves to the built bundle (dist/sdg.js; run `npm run build` first), as it would from
// node_modules after `npm install @sdg-central-asia/elements`.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
export const FRAMEWORKS = { react: 'main.jsx', vue: 'main.js', svelte: 'main.js' };

/** Compiles `.svelte` files with svelte/compiler (Svelte 5, client output, CSS injected). */
const sveltePlugin = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async (args) => {
      const { compile } = await import('svelte/compiler');
      const source = readFileSync(args.path, 'utf8');
      const { js, warnings } = compile(source, { filename: args.path, generate: 'client', css: 'injected' });
      return {
        contents: js.code,
        loader: 'js',
        resolveDir: path.dirname(args.path),
        warnings: warnings.map((w) => ({ text: w.message })),
      };
    });
  },
};

export async function buildExamples({ outdir = here, sdg = path.join(root, 'dist/sdg.js') } = {}) {
  for (const [fw, entry] of Object.entries(FRAMEWORKS)) {
    const dir = path.join(outdir, fw);
    mkdirSync(dir, { recursive: true });
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [path.join(here, fw, entry)],
      outfile: path.join(dir, 'app.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      jsx: 'automatic',
      alias: { '@sdg-central-asia/elements': path.resolve(sdg) },
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      plugins: [sveltePlugin],
      logLevel: 'warning',
    });
    if (path.resolve(outdir) !== here) copyFileSync(path.join(here, fw, 'index.html'), path.join(dir, 'index.html'));
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  await buildExamples({ outdir: arg('--outdir') ?? here, sdg: arg('--sdg') });
  console.log(`examples built: ${Object.keys(FRAMEWORKS).join(', ')}`);
}
