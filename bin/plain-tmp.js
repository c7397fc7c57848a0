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

/**
 * Where the cache goes when it cannot go beside the bundle (an installation the user cannot write
 * to, e.g. `sudo npm install -g`): the user's own cache folder, never a shared temporary folder
 * (a cache is code: another user's file there would run as this user). One file per bundle path.
 */
function userCacheFile(bundlePath) {
  const env = process.env;
  let dir;
  try {
    if (process.platform === 'win32') dir = env.LOCALAPPDATA;
    else if (process.platform === 'darwin') dir = path.join(require('os').homedir(), 'Library', 'Caches');
    else dir = env.XDG_CACHE_HOME || path.join(require('os').homedir(), '.cache');
  } catch {
    return undefined; // no home folder
  }
  if (!dir || !path.isAbsolute(dir)) return undefined;
  let h = 0x811c9dc5; // FNV-1a of the bundle's path: a name per installation
  for (let i = 0; i < bundlePath.length; i++) h = Math.imul(h ^ bundlePath.charCodeAt(i), 0x01000193) >>> 0;
  return path.join(dir, 'par-check', `par-check-${h.toString(16).padStart(8, '0')}.js.cache`);
}

/** Write the cache through a temporary file (a process starting meanwhile never reads half of it). */
function writeCache(file, bytes, mode) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes, { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
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
  const besideBundle = bundle + '.cache';
  let inUserDir; // computed only when the cache beside the bundle is missing or stale
  let cache = cacheFor(besideBundle, stamp);
  if (!cache) {
    inUserDir = userCacheFile(bundle);
    cache = inUserDir && cacheFor(inUserDir, stamp);
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cache && cache.bytes });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  const kind = runKind(process.argv.slice(2));
  const kinds = cache && !script.cachedDataRejected ? cache.kinds : [];
  if (!cache || script.cachedDataRejected || (!kinds.includes(kind) && kinds.length < MAX_KINDS)) {
    // At exit, so the cache holds the functions this run compiled too. Beside the bundle, else in
    // the user's cache folder; best effort: without either, the CLI simply runs without a cache.
    process.once('exit', () => {
      let bytes;
      try {
        const covered = Buffer.from(`${[...kinds, kind].join(';')}\n`, 'latin1');
        bytes = Buffer.concat([stamp, covered, script.createCachedData()]);
        writeCache(besideBundle, bytes, 0o644);
        return;
      } catch {
        // not beside the bundle: in the user's folder
      }
      try {
        const file = inUserDir || userCacheFile(bundle);
        if (!bytes || !file) return;
        fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        writeCache(file, bytes, 0o600);
      } catch {
        // no cache this time
      }
    });
  }
  return mod.exports;
}

loadBundle().runFromProcess();
