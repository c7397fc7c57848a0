#!/usr/bin/env node
// par-check command line. Loads the bundle dist/cli/par-check.js; on a fresh checkout where it
// has not been built yet, builds it first with esbuild (scripts/build-cli.js).
//
// The bundle is compiled with V8's code cache (dist/cli/par-check.js.cache, written by the first
// run after a build, or again when it does not match the bundle or V8 refuses it, e.g. after a
// Node upgrade): parsing and compiling the bundle is otherwise the largest part of a one-file check.
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

/**
 * The code cache is valid only for the bundle it was made from. V8 itself checks little more than
 * the source's length, so the cache file starts with a stamp of the bundle (size, modification
 * time, Node version): a rebuilt or edited bundle never runs with another build's cache — the
 * cache is ignored and written again. (scripts/build-cli.js also deletes it at every build.)
 */
function stampOf(stat) {
  return Buffer.from(`par-check-cache/2 ${stat.size} ${stat.mtimeMs} ${process.version}\n`, 'latin1');
}

/**
 * What kind of run this is, for the cache: the command and the options named (not their values),
 * e.g. "check --json". A cache holds the functions compiled by the runs that wrote it; the first
 * run after a build may be `--help`, whose cache would leave every later check compiling the
 * checker from source. So each kind of run not yet listed in the cache writes it again at exit,
 * with what it compiled added (V8 writes every function it holds compiled, those taken from the
 * cache included): a handful of writes, then none.
 */
function runKind(args) {
  const command = /^[a-z][a-z-]*$/.test(args[0] || '') ? args[0] : '-';
  const options = [...new Set(args.slice(1).filter((a) => /^--?[a-z][a-z-]*$/.test(a)))].sort();
  return [command, ...options].join(' ');
}
const MAX_KINDS = 100; // then the cache is left as it is

/** The cache when its stamp is this bundle's: the kinds of run it covers and V8's bytes; else undefined. */
function cacheFor(cacheFile, stamp) {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (data.length <= stamp.length || !data.subarray(0, stamp.length).equals(stamp)) return undefined;
  const end = data.indexOf(10, stamp.length);
  if (end < 0) return undefined;
  const kinds = data.toString('latin1', stamp.length, end).split(';').filter(Boolean);
  return { kinds, bytes: data.subarray(end + 1) };
}

/**
 * The bundle's text. The build writes it in ASCII (scripts/build-cli.js), which reads fastest as
 * latin1 (a one-byte copy, no UTF-8 decoding); a bundle with other characters (built by an older
 * build script, or edited) is decoded as UTF-8, as require() would.
 */
function readSource(file) {
  const bytes = fs.readFileSync(file);
  const { isAscii } = require('buffer'); // Node ≥ 18.15
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** require(bundle), through the code cache when it can be used; plain require otherwise. */
function loadBundle() {
  let vm;
  let Module;
  let source;
  let stamp;
  try {
    vm = require('vm');
    Module = require('module');
    stamp = stampOf(fs.statSync(bundle));
    source = readSource(bundle);
  } catch {
    return require(bundle);
  }
  const cacheFile = bundle + '.cache';
  const cache = cacheFor(cacheFile, stamp);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cache && cache.bytes });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  const kind = runKind(process.argv.slice(2));
  const kinds = cache && !script.cachedDataRejected ? cache.kinds : [];
  if (!cache || script.cachedDataRejected || (!kinds.includes(kind) && kinds.length < MAX_KINDS)) {
    // At exit, so the cache holds the functions this run compiled too. Best effort: a read-only
    // installation simply runs without it.
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        const covered = Buffer.from(`${[...kinds, kind].join(';')}\n`, 'latin1');
        fs.writeFileSync(tmp, Buffer.concat([stamp, covered, script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
      } catch {
        // no cache this time
      }
    });
  }
  return mod.exports;
}

loadBundle().runFromProcess();
