// ESLint (flat config): typescript-eslint's recommended type-aware rules on every TypeScript file, and
// the direction of imports between the project's parts (DESIGN.md): hosts around one core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** No import of these from the files the block names. */
const restrict = (...groups) => ({ 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] });
const CORE_INSIDE = [['**/core/*', '**/core/**', '!**/core/index'], 'Import core through its entry point (core/index.ts), not its files.'];
const OTHER_HOSTS = (...names) => [
  names.flatMap((n) => [`**/${n}`, `**/${n}/**`]),
  'Hosts never import each other or the command line: what two of them need belongs in core/, xlsx/ or panel/.',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'addin-gsheets/dist/', '**/*.cjs'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (a signature to match, a key left out of a rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read what the program printed (JSON.parse) or what a fake holds and assert on its shape:
      // the expect() is the type check there.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(x).toBe(...) passes methods of jest's own objects; jest binds them.
      '@typescript-eslint/unbound-method': 'off',
      // The fakes build object literals (Apps Script services, Office.js proxies) whose methods reach their owner.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self', 'app'] }],
    },
  },
  // core is pure: nothing outside it, no Node, no ExcelJS, no DOM libraries.
  {
    files: ['core/**/*.ts'],
    rules: restrict(
      [
        [
          '**/cli',
          '**/cli/**',
          '**/xlsx',
          '**/xlsx/**',
          '**/i18n',
          '**/i18n/**',
          '**/panel',
          '**/panel/**',
          '**/addin-*',
          '**/addin-*/**',
          '**/test/**',
          '**/scripts/**',
          '**/bench/**',
        ],
        'core imports nothing outside core/.',
      ],
      [['node:*', 'fs', 'path', 'os', 'child_process', 'exceljs'], 'core runs unchanged in Node, a browser and Apps Script: no Node APIs, no ExcelJS.'],
    ),
  },
  // The message catalogues (one per language) serve xlsx/, panel/ and the hosts, and need only core.
  { files: ['i18n/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('cli', 'xlsx', 'panel', 'addin-excel', 'addin-gsheets')) },
  { files: ['xlsx/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('cli', 'panel', 'addin-excel', 'addin-gsheets')) },
  { files: ['panel/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('cli', 'addin-excel', 'addin-gsheets')) },
  { files: ['cli/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('panel', 'addin-excel', 'addin-gsheets')) },
  { files: ['addin-excel/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('cli', 'addin-gsheets')) },
  { files: ['addin-gsheets/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('cli', 'addin-excel')) },
  { files: ['bench/**/*.ts'], rules: restrict(CORE_INSIDE, OTHER_HOSTS('cli', 'panel', 'addin-excel', 'addin-gsheets')) },
);
