// ESLint flat config: typescript-eslint's type-aware rules over src/, commands/, tests/ and bench/.
// `npm test` runs it (`npm run lint`). Which folder may import which is checked by dependency-cruiser
// (.dependency-cruiser.cjs), not here.
//
// typescript-eslint reads the TypeScript 6 JS API (`typescript` in package.json is an alias of
// @typescript/typescript6); `tsc` is TypeScript 7 (@typescript/native). Drop the alias once
// typescript-eslint supports TypeScript 7.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'bench/fixtures/', 'bench/results/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // `typeof import('…')` stays allowed: it is how vitest's vi.mock types the original module.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // A leading underscore marks a binding kept only to leave it out (`const { user: _user, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Discord's wire numbers (close codes, opcodes) are compared with discord-api-types' enums on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Handlers declared as methods are called with `.call(command, …)`, and wink-nlp's `its.*`
      // helpers are plain functions typed as methods: neither loses a `this`.
      '@typescript-eslint/unbound-method': 'off',
      // An async function without await is how an interface that returns a Promise is implemented.
      '@typescript-eslint/require-await': 'off',
      // User text is cleaned of control characters on purpose.
      'no-control-regex': 'off',
      // `\[` inside a character class is kept where it reads more clearly.
      'no-useless-escape': 'off',
    },
  },
  {
    // Small modules with one job: no source file over 400 lines (tests and helpers are not counted).
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (`expect.stringContaining(…)`) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Log-format assertions spell out the two spaces the logger writes.
      'no-regex-spaces': 'off',
    },
  },
  // Narrow exceptions, each with its reason; delete one when its file no longer needs it.
  {
    // d-hard: execFile's callback error passed to reject() is typed as possibly not an Error.
    files: ['tests/corpus.test.ts'],
    rules: { '@typescript-eslint/prefer-promise-reject-errors': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
