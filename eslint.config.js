import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const reactImports = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-markdown',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'test-results-*',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Classic zod is four times the size of zod/mini; the first download has a budget.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Use 'zod/mini' (bundle budget)." }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No .only in tests.' },
      ],
    },
  },
  {
    // The pure core, the document layer and the pure half of each section module: no React, no
    // storage, no DOM libraries, so the same code runs in the browser, in Node (CLI export) and
    // in unit tests. Which folder may import which is checked by scripts/check-imports.mjs.
    files: ['src/core/**/*.ts', 'src/document/**/*.ts', 'src/sections/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...[
              ...reactImports,
              'dexie',
              'idb',
              'mermaid',
              'monaco-editor',
              '@monaco-editor/react',
            ].map((name) => ({ name, message: 'core and section models stay pure TypeScript.' })),
            { name: 'zod', message: "Use 'zod/mini' (bundle budget)." },
          ],
          patterns: [
            {
              group: ['**/ui/**', '**/storage/**', '**/editor/**', '**/preview/**', '**/app/**'],
              message: 'core, document and section models import no feature.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only storage/ touches IndexedDB.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/test/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'Only src/storage touches IndexedDB.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
