/**
 * Jest as Stryker runs it (stryker.config.js): the engine's own tests only. The engine is pure,
 * so these tests are the ones that can see a mutant in src/engine; pane, CLI and adapter suites
 * would only slow every mutant down.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/engine'],
  testSequencer: '<rootDir>/test/engine/helpers/fast-first-sequencer.js',
};
