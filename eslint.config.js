import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_MODULES = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/*', 'wxt', 'wxt/*'];

// Test-only code lives under test/ and ships in no bundle.
const TEST_CODE = { group: ['**/test/**', '**/test'], message: 'src/ and entrypoints/ never import test code.' };

/** An import rule for the files given; ESLint keeps only the last one per file, so each boundary repeats TEST_CODE. */
function importBoundary(files, patterns) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, TEST_CODE] }] },
  };
}

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
            TEST_CODE,
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
  importBoundary(['src/**/*.ts', 'src/**/*.tsx', 'entrypoints/**/*.ts', 'entrypoints/**/*.tsx'], []),
  // Domain code knows nothing of pages and messages; background/ maps it to what pages see.
  importBoundary(
    ['src/outbox/**', 'src/projects/**', 'src/auth/**', 'src/capture/**', 'src/storage/**'],
    [{ group: ['**/messaging/**'], message: 'Domain code does not import the message layer: define the type here.' }],
  ),
  // Each page is its own bundle: what both need lives in src/ui/ or below.
  importBoundary(
    ['src/ui/options/**'],
    [{ group: ['**/popup/**'], message: 'The options page imports no popup module.' }],
  ),
  importBoundary(['src/ui/popup/**'], [{ group: ['**/options/**'], message: 'The popup imports no options module.' }]),
  // The TickTick client runs in Node too and is imported only by the background:
  // no browser APIs, and nothing from outside src/ticktick.
  ticktickBoundary(['src/ticktick/*.ts'], '../*'),
  ticktickBoundary(['src/ticktick/*/*.ts'], '../../*'),
);
