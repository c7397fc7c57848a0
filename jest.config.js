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
    // Fluent's root modules load every icon (12 MB) and every component package in each test file
    // that renders the pane: these load only what a test uses (the same objects; see each file).
    // PAR_CHECK_ALL_FLUENT=1 loads them whole, to compare.
    ...(process.env.PAR_CHECK_ALL_FLUENT === '1'
      ? {}
      : {
          '^@fluentui/react-icons$': '<rootDir>/test/helpers/react-icons-lazy.js',
          '^@fluentui/react-components$': '<rootDir>/test/helpers/react-components-lazy.js',
        }),
  },
  testTimeout: 60000,
  // compile-cache.js: each module compiled once per worker, not once per test file (see there).
  // jsdom-globals.ts: browser globals jsdom lacks (TextDecoder…), for the page's code under jsdom.
  setupFiles: ['<rootDir>/test/helpers/compile-cache.js', '<rootDir>/test/helpers/jsdom-globals.ts'],
  // Jest's default is one worker less than the cores: on a 2-core machine that is one, and jest then
  // runs every file in its own process one after the other. The main process only collects results.
  maxWorkers: '100%',
  // PAR_CHECK_SUITE_CPU=<file>: each test file records its CPU seconds there (test/helpers/suite-cpu.ts).
  // fresh-memos.ts: each test starts with nothing remembered by the engine's text memos.
  setupFilesAfterEnv: ['<rootDir>/test/helpers/fresh-memos.ts', ...(process.env.PAR_CHECK_SUITE_CPU ? ['<rootDir>/test/helpers/suite-cpu.ts'] : [])],
};
