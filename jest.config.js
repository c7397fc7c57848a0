/** Jest: engine and adapters run in node; pane components opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  testTimeout: 60000,
  // Browser globals jsdom lacks (TextDecoder…), for the page's code under jsdom.
  setupFiles: ['<rootDir>/test/helpers/jsdom-globals.ts'],
  // Jest's default is one worker less than the cores: on a 2-core machine that is one, and jest then
  // runs every file in its own process one after the other. The main process only collects results.
  maxWorkers: '100%',
  // PAR_CHECK_SUITE_CPU=<file>: each test file records its CPU seconds there (test/helpers/suite-cpu.ts).
  // fresh-memos.ts: each test starts with nothing remembered by the engine's text memos.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/fresh-memos.ts', ...(process.env.PAR_CHECK_SUITE_CPU ? ['<rootDir>/test/helpers/suite-cpu.ts'] : [])],
};
