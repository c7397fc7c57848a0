/**
 * Modules compiled once per jest worker instead of once per test file (jest.config.js setupFiles).
 *
 * Jest gives every test file its own module registry and compiles each module it loads with
 * vm.compileFunction, which V8 never caches: ExcelJS, zod, React, Fluent and our own sources were
 * parsed and compiled again in every test file, and every function of them compiled again on its
 * first call (a quarter of the CPU of the CLI tests). A vm.Script of the same text, by contrast, is
 * found in V8's per-process compilation cache, whatever the context it runs in: its functions'
 * compiled code is shared from then on. So vm.compileFunction is replaced here, in the worker
 * process, by the same function made with vm.Script: `(function (module, exports, require, …) {`
 * on a line of its own, given line offset -1, so every line and column of the module is where it
 * was (stack traces, source maps). What runs is unchanged: each test file still gets fresh module
 * instances, its own globals and its own context; only V8's compiled code is shared.
 *
 * Loaded through setupFiles, so it runs inside a test file's sandbox, where `require('vm')` is the
 * worker's own module object (jest hands out core modules as they are): the change holds for
 * every later test file of that worker, and is made once. PAR_CHECK_COMPILE_CACHE=0 leaves jest as
 * it is (to compare).
 */
'use strict';
const vm = require('vm');

const ORIGINAL = Symbol.for('par-check.original-compileFunction');

if (process.env.PAR_CHECK_COMPILE_CACHE !== '0' && !vm[ORIGINAL]) {
  const original = vm.compileFunction;
  const handled = new Set(['filename', 'parsingContext', 'importModuleDynamically']);
  const compileFunction = function compileFunction(code, params = [], options = {}) {
    // Only the call jest makes (these options, a context, plain identifiers); anything else as before.
    const plain =
      options.parsingContext &&
      Object.keys(options).every((k) => handled.has(k) || options[k] === undefined) &&
      params.every((p) => /^[A-Za-z_$][\w$]*$/.test(p));
    if (!plain) return original.apply(this, arguments);
    // A hashbang is allowed only at the very start of a script: keep the line, drop the text.
    const body = code.startsWith('#!') ? `//${code.slice(2)}` : code;
    const script = new vm.Script(`(function (${params.join(', ')}) {\n${body}\n})`, {
      filename: options.filename,
      lineOffset: -1,
      importModuleDynamically: options.importModuleDynamically,
    });
    return script.runInContext(options.parsingContext);
  };
  vm[ORIGINAL] = original;
  vm.compileFunction = compileFunction;
}
