/**
 * ESLint (flat config). `npm run lint` checks src/excel, the only code that talks to Office.js,
 * with the Office add-in rules (load before read, sync after load, no sync in loops, …) as
 * errors, and the pane's boot guard as strict ES5 (it must run in Internet Explorer 11).
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
    files: ['src/excel/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...OFFICE_RULES,
      'no-undef': 'off', // TypeScript checks names (and knows the Office/Excel namespaces)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
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
