/**
 * The layering the README describes, checked in `npm test` (npm run depcruise). See issue 12.
 * - src/engine is pure: it imports only itself and zod (no Node, DOM, Office, React, ExcelJS).
 * - Only src/excel touches Office.js (imports here; the globals Excel./Office. are checked by
 *   scripts/check-office-globals.js, which dependency-cruiser cannot see).
 * - No import cycles.
 * - Every imported package is declared in package.json.
 * - No Node built-ins in code the browser bundles (engine, checker page, task pane).
 * Type-only imports count: a type from ExcelJS in the engine is a leak all the same.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'src/engine imports nothing outside src/engine except zod.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { pathNot: ['^src/engine/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'office-only-in-excel',
      comment: 'Only the src/excel adapter may touch Office.js.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/excel/' },
      to: { path: ['(^|/)node_modules/(@microsoft/office-js|@types/office-js|office-addin-)'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'declared-packages-only',
      comment: 'Every package imported from src is declared in package.json.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'] },
    },
    {
      name: 'no-dev-packages-at-run-time',
      comment: 'src runs in the browser and the CLI: it cannot need a devDependency (types excepted).',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: '(^|/)node_modules/@types/' },
    },
    {
      name: 'no-node-in-browser-code',
      comment: 'Node built-ins never in the engine, the checker page or the task pane (the browser bundles them).',
      severity: 'error',
      from: { path: '^src/(engine|checker|taskpane)/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
