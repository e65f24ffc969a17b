import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_MODULES = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/*', 'wxt', 'wxt/*'];

function ticktickBoundary(files, outside) {
  return {
    files,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: BROWSER_MODULES, message: 'src/ticktick never imports browser APIs.' },
            { group: [outside], message: 'src/ticktick imports nothing outside its own folder.' },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read JSON answers whose shape is the thing under test.
    files: ['test/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Every item says what a sign-out does to it (src/storage/lifetimes.ts), so none is defined around it.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'entrypoints/**'],
    ignores: ['**/*.test.ts', 'src/storage/lifetimes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='storageItem']",
          message: 'Define storage items with defineItem from src/storage/lifetimes.ts, which asks for their lifetime.',
        },
      ],
    },
  },
  // The TickTick client runs in Node too and is imported only by the background:
  // no browser APIs, and nothing from outside src/ticktick.
  ticktickBoundary(['src/ticktick/*.ts'], '../*'),
  ticktickBoundary(['src/ticktick/*/*.ts'], '../../*'),
);
