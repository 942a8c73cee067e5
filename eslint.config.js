// ESLint (flat config): typescript-eslint, Lit and web-component rules over the sources, stories, tests and scripts.
// Formatting is Prettier's (`npm run format:check`), so no stylistic rules here. Run with `npm run lint`.
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'bench-results/',
      'screenshots/',
      '.vitest-attachments/',
      'custom-elements.json',
      'data/',
      // Generated (scripts/build-locales.mjs, scripts/build-codes.mjs): checked by staleness tests instead.
      'src/core/locale/data.ts',
      'src/core/data/codes.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...wcPlugin.configs['flat/recommended'],
  },
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (callback positions, destructuring that drops a key).
      // `let [key, ...rest] = …` where only `key` changes is one declaration, not two.
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', 'examples/**/*.mjs', '*.config.{js,mjs,ts}', '*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions passed to page.evaluate() call the helpers that scripts/bench/page.html defines in the page.
    files: ['scripts/bench.mjs', 'scripts/bench/**/*.mjs'],
    languageOptions: { globals: { start: 'readonly', stepYear: 'readonly' } },
  },
  {
    // The demo page's script.
    files: ['index.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
