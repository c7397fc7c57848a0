/**
 * ESLint (flat config). `npm run lint` (= `eslint src`) checks all of src with the JavaScript and
 * typescript-eslint recommended rules (syntax only, no type information: it stays fast); on top,
 * src/excel, the only code that talks to Office.js, gets the Office add-in rules (load before
 * read, sync after load, no sync in loops, …) as errors, and the pane's boot guard is checked as
 * strict ES5 (it must run in Internet Explorer 11).
 * Keeping Office/Excel globals out of the rest of src is not an ESLint rule: `npm run
 * check:layers` (scripts/check-office-globals.js) already fails on it, with TypeScript's scopes.
 * React hooks rules: eslint-plugin-react-hooks is not installed, so they are not checked here.
 * Prettier (part of the plugin's "recommended" preset) is left out on purpose: formatting is
 * not a lint error in this project.
 */
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const globals = require('globals');
const { defineConfig } = require('eslint/config');

const OFFICE_RULES = {
  'office-addins/load-object-before-read': 'error',
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-office-initialize': 'error',
};

module.exports = defineConfig([
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**'] },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser },
    },
    rules: {
      'no-undef': 'off', // TypeScript checks names (and knows the Office/Excel namespaces)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // These files remove control characters from text that reaches a terminal or a workbook's XML:
    // a control character in their regular expressions is the point, not a typo.
    files: ['src/engine/cell-text.ts', 'src/cli/terminal-text.ts', 'src/cli/check/ranking-text.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/excel/**/*.ts'],
    languageOptions: {
      globals: { Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_RULES,
  },
  {
    files: ['src/taskpane/boot/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser },
    },
    rules: { 'no-var': 'off', strict: ['error', 'function'] },
  },
]);
