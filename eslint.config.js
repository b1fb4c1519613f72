// ESLint: typescript-eslint's recommended rules, plus the layers of CONTRIBUTING.md as import rules, so a
// change that breaks the one-way data flow fails `npm test` instead of waiting for a reviewer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_AND_UI_PACKAGES = ['webextension-polyfill', 'preact', 'preact/*', 'idb'];

/** One layer: what its files may not import, with the reason shown in the error. */
function layer(files, groups, packages, message, extra = [], ignores = []) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: groups, message }, ...(packages.length ? [{ group: packages, message }] : []), ...extra],
        },
      ],
    },
  };
}

/** The db functions that write: the UI calls them only through src/ui/data.ts, which notifies after each. */
export const DB_WRITES = [
  'addApplication',
  'updateApplication',
  'fillDetails',
  'setStatus',
  'setStatusMany',
  'deleteApplications',
  'restoreApplications',
  'deleteEverything',
  'mergeApplications',
  'linkCompanies',
  'unlinkCompany',
  'confirmPending',
  'dismissPending',
  'commitImport',
];
const UI_GROUPS = ['**/content', '**/content/*', '**/background', '**/background/*', '**/sites', '**/sites/*'];
const UI_MESSAGE =
  'src/ui imports src/db, src/core, src/messages and its own modules: never the content script, the background or a site adapter.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.profiles/**', 'src/core/site-catalog.ts', 'src/sites/rest.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      // Unused values are errors, except the ones named to be ignored (`_sender`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // TypeScript already checks names; ESLint's own check does not know DOM and Node types.
      'no-undef': 'off',
    },
  },
  layer(
    ['src/core/**'],
    ['../*'],
    BROWSER_AND_UI_PACKAGES,
    'src/core is pure domain code: it imports nothing outside src/core and no browser API.',
    [],
    ['src/core/*/**'],
  ),
  // A folder inside src/core (src/core/inbox) may import its siblings one level up, still nothing outside src/core.
  layer(
    ['src/core/*/**'],
    ['../../*'],
    BROWSER_AND_UI_PACKAGES,
    'src/core is pure domain code: it imports nothing outside src/core and no browser API.',
  ),
  layer(
    ['src/sites/**'],
    ['../*', '!../core', '!../core/*'],
    BROWSER_AND_UI_PACKAGES,
    'src/sites imports only src/core: a site adapter is pure, tested in Node.',
  ),
  // The webmail adapters sit one folder deeper (src/sites/mail): the same rule, spelled from there; they may
  // also use the shared site helpers (../lib-*.ts).
  layer(
    ['src/sites/mail/**'],
    ['../../*', '!../../core', '!../../core/*'],
    BROWSER_AND_UI_PACKAGES,
    'src/sites imports only src/core: a site adapter is pure, tested in Node.',
  ),
  layer(
    ['src/db/**'],
    ['../*', '!../core', '!../core/*'],
    ['webextension-polyfill', 'preact', 'preact/*'],
    'src/db imports only src/core (and idb).',
  ),
  layer(
    ['src/content/**'],
    ['**/db', '**/db/*', '**/ui', '**/ui/*', '**/background', '**/background/*'],
    ['idb', 'preact', 'preact/*'],
    'src/content imports src/sites, src/core and src/messages only: a page never reaches the database or the UI.',
  ),
  layer(
    ['src/ui/**'],
    UI_GROUPS,
    [],
    UI_MESSAGE,
    [
      {
        group: ['**/db', '**/db/*'],
        importNames: DB_WRITES,
        message: 'The UI writes through src/ui/data.ts (it notifies the views and the background after each write), never src/db directly.',
      },
    ],
    ['src/ui/data.ts'],
  ),
  layer(['src/ui/data.ts'], UI_GROUPS, [], UI_MESSAGE),
  layer(
    ['src/background/**'],
    ['**/ui', '**/ui/*', '**/content', '**/content/*'],
    ['preact', 'preact/*'],
    'src/background imports everything but src/ui and src/content.',
  ),
  layer(
    ['src/messages.ts'],
    ['./db', './db/*', './ui', './ui/*', './background', './background/*', './content', './content/*'],
    ['idb', 'preact', 'preact/*', 'webextension-polyfill'],
    'src/messages.ts is the protocol: core types only.',
  ),
);
