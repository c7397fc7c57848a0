/**
 * Test order for mutation runs (stryker.jest.config.js): quick unit tests first, the suites that
 * load sample workbooks or run property checks last. Stryker stops at the first failing test, so a
 * mutant a unit test kills never waits for the slow suites (Jest's default runs the slowest first).
 */
const Sequencer = require('@jest/test-sequencer').default;

const slow = (p) => /properties|property|samples|layouts|harder|province|several-units|check\.test/.test(p);

class FastFirstSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => Number(slow(a.path)) - Number(slow(b.path)) || a.path.localeCompare(b.path));
  }
}

module.exports = FastFirstSequencer;
