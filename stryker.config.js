/**
 * Mutation testing of the engine's arithmetic, checks and sheet reader (docs/mutation.md).
 * One folder per run: `npm run mutation` (scripts/mutation.js) sets MUTATION_FOLDER and prints
 * the score of each. Reports go to reports/mutation/<folder>.{html,json} (git-ignored).
 */
const folder = process.env.MUTATION_FOLDER || 'scoring';

/**
 * The focused tests of each folder: the unit tests written against it. (Every engine test runs
 * the scoring and findings code somewhere, but running the slow sample and property suites for
 * every mutant would take hours on this machine; a mutant must be killed by a test of its own.)
 */
const TESTS = {
  scoring: ['scoring', 'check.test.ts'],
  findings: ['findings', 'check.test.ts'],
  layout: ['layout', 'sheet-layout.test.ts'],
};
const testMatch = (TESTS[folder] ?? [folder]).map((t) => `<rootDir>/test/engine/${t}${t.endsWith('.ts') ? '' : '/**/*.test.ts'}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
module.exports = {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'stryker.jest.config.js', config: { testMatch }, enableFindRelatedTests: false },
  // Only the tests that run a mutant's code are run for it.
  coverageAnalysis: 'perTest',
  mutate: [`src/engine/${folder}/**/*.ts`],
  // 2 cores shared with other work: one test runner by default (--concurrency 2 when idle).
  concurrency: 1,
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 20,
  // Types are not checked on mutants (tsc runs in npm test); ts-jest transpiles only.
  disableTypeChecks: '{src,test}/**/*.{ts,tsx}',
  ignorePatterns: ['dist', 'test-output', 'coverage', 'reports', 'bench', 'test/e2e'],
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${folder}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${folder}.html` },
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
