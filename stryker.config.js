/**
 * Mutation testing of the engine's arithmetic, checks and sheet reader (docs/mutation.md).
 * One folder per run: `npm run mutation` (scripts/mutation.js) sets MUTATION_FOLDER and prints
 * the score of each. Reports go to reports/mutation/<folder>.{html,json} (git-ignored).
 */
const folder = process.env.MUTATION_FOLDER || 'scoring';

/**
 * The focused tests of each folder: its unit tests, whose expectations are worked out by hand.
 * Property suites and suites that load the sample workbooks are left out: they run every mutant's
 * code, so a surviving mutant would wait for all of them (minutes each on a shared 2-core
 * machine), and a mutant should be killed by a test that states the rule it breaks.
 */
const TESTS = {
  scoring: ['scoring'],
  findings: ['findings'],
  layout: ['layout', 'sheet-layout.test.ts'],
};
/**
 * MUTATION_TESTS (optional, comma-separated paths under test/engine): only these tests, e.g. a
 * file's own unit tests. On a loaded machine a mutant of a helper every check uses (fmt.ts,
 * context.ts) would otherwise wait for every findings suite; the score is then a lower bound
 * (what those tests alone kill). MUTATION_RUN names the run's incremental file, sandbox and
 * reports, so several such runs of one folder can go at once (docs/mutation.md).
 */
const only = process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',').map((t) => t.trim()).filter(Boolean) : null;
const run = process.env.MUTATION_RUN ? `${folder}-${process.env.MUTATION_RUN}` : folder;
const testMatch = (only ?? TESTS[folder] ?? [folder]).map((t) => `<rootDir>/test/engine/${t}${t.endsWith('.ts') ? '' : '/**/*.test.ts'}`);
// blank-code-header.test.ts loads a sample workbook in beforeAll (≈ 2 s of CPU per run) and checks it
// whole: every layout mutant would wait for it; code-column*.test.ts state its rules on small grids.
const testPathIgnorePatterns = ['/node_modules/', '/properties/', '\\.property\\.test\\.ts$', '/samples\\.test\\.ts$', 'random-grids', 'blank-code-header'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
module.exports = {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'stryker.jest.config.js', config: { testMatch, testPathIgnorePatterns }, enableFindRelatedTests: true },
  // Only the tests that run a mutant's code are run for it.
  coverageAnalysis: 'perTest',
  mutate: [`src/engine/${folder}/**/*.ts`],
  // 2 cores shared with other work: one test runner by default (--concurrency 2 when idle).
  concurrency: 1,
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 20,
  // Types are not checked on mutants (tsc runs in npm test); ts-jest transpiles only.
  disableTypeChecks: '{src,test}/**/*.{ts,tsx}',
  ignorePatterns: ['dist', 'test-output', 'coverage', 'reports', 'bench', 'test/e2e', '.stryker-tmp*'],
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${run}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${run}.html` },
  jsonReporter: { fileName: `reports/mutation/${run}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  // One sandbox folder per run, so two folders can be tested at once.
  tempDirName: `.stryker-tmp-${run}`,
  cleanTempDir: 'always',
};
