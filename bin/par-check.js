#!/usr/bin/env node
// par-check command line. Loads the bundle dist/cli/par-check.js; on a fresh checkout where it
// has not been built yet, builds it first with esbuild (scripts/build-cli.js).
//
// The bundle is compiled with V8's code cache (dist/cli/par-check.js.cache, written by the first
// run after a build, or again when V8 refuses it, e.g. after a Node upgrade): parsing and
// compiling 1.7 MB of JavaScript is otherwise the largest part of a one-file check.
'use strict';
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'par-check.js');

if (!fs.existsSync(bundle)) {
  try {
    require('../scripts/build-cli.js').buildCli();
  } catch (e) {
    process.stderr.write(
      'Chưa build được par-check (cần esbuild: chạy "npm install" rồi "npm run build:cli").\n' +
        'par-check is not built and could not be built (esbuild needed: run "npm install", then "npm run build:cli").\n' +
        `(${e && e.message ? e.message : e})\n`,
    );
    process.exit(2);
  }
}

/** require(bundle), through the code cache when it can be used; plain require otherwise. */
function loadBundle() {
  let vm;
  let Module;
  let source;
  try {
    vm = require('vm');
    Module = require('module');
    source = fs.readFileSync(bundle, 'utf8');
  } catch {
    return require(bundle);
  }
  const cacheFile = bundle + '.cache';
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    // At exit, so the cache holds the functions this run compiled too. Best effort: a read-only
    // installation simply runs without it.
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // no cache this time
      }
    });
  }
  return mod.exports;
}

loadBundle().runFromProcess();
