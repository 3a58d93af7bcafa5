// Lint: typescript-eslint + Svelte, and the architecture's boundary as a rule:
// src/core is pure; only src/core/engine imports the engine; only src/storage imports Dexie.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const uiAndShell = ['**/ui/**', '**/storage/**', '**/app/**', '**/workers/**'];
const pureCore = {
  group: ['svelte', 'svelte/*', 'dexie', 'ag-grid-*', 'chart.js', 'chart.js/*', ...uiAndShell],
  message: 'src/core is pure: no UI, storage or app imports.',
};

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'test/manual/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pureCore,
            { group: ['hyperformula'], message: 'Only src/core/engine talks to HyperFormula.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [pureCore],
        },
      ],
    },
  },
  {
    files: ['src/ui/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['dexie'], message: 'Only src/storage talks to IndexedDB.' }] },
      ],
    },
  },
);
