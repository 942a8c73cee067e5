/**
 * Preload (`node -r ./scripts/lib/typescript-api.cjs …`) for the tools that need TypeScript's compiler API:
 * lit-analyzer and typescript-eslint. The project compiles with TypeScript 7, whose package has no JavaScript API,
 * so their `require('typescript')` is pointed at the TypeScript 5 that lit-analyzer's own dependency
 * (web-component-analyzer) installs, pinned to 5.9 by `overrides` in package.json (5.3+ parses import attributes).
 * `overrides` also lets typescript-eslint install beside TypeScript 7, outside its declared peer range.
 * Type checking itself stays on TypeScript 7 (`npm run typecheck`).
 */
const Module = require('node:module');
const path = require('node:path');

const fromAnalyzer = path.dirname(require.resolve('lit-analyzer/package.json'));
const wcaEntry = require.resolve('web-component-analyzer', { paths: [fromAnalyzer] });
const typescript5 = require.resolve('typescript', { paths: [path.dirname(wcaEntry)] });
if (!/^5\./.test(require(typescript5).version)) throw new Error(`expected TypeScript 5 at ${typescript5}`);

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript') return typescript5;
  return resolve.call(this, request, parent, ...rest);
};
