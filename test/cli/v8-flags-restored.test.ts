/**
 * `check` lets V8's heap grow less during a batch (--heap-growing-percent, commands/check.ts) and
 * must set the flag back when it is done: V8 code caches carry a hash of its flags, and the cache
 * bin/par-check.js writes at exit would otherwise be refused by every later start (a one-file
 * check compiled the whole bundle again: +40 ms CPU per run). Checked the way it happens: a code
 * cache made in this process after a check must be accepted by a fresh Node (default flags).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { cli, removeTempDirs, SAMPLES, tempDir } from './run-cli';

afterAll(removeTempDirs);

/** A cache of a script never compiled before in this process (else V8 answers from memory). */
function freshCache(): { source: string; cachedData: Buffer } {
  const source = `function probe() { return ${Date.now()} + ${Math.random()}; } probe();`;
  return { source, cachedData: new vm.Script(source, { filename: 'flags-probe.js' }).createCachedData() };
}

/** Whether a fresh Node process refuses `cachedData` for `source`. */
function refusedByFreshNode(source: string, cachedData: Buffer): boolean {
  const dir = tempDir('v8-flags');
  fs.writeFileSync(path.join(dir, 'probe.js'), source);
  fs.writeFileSync(path.join(dir, 'probe.cache'), cachedData);
  const check = `const fs = require('fs'), vm = require('vm'); const s = new vm.Script(fs.readFileSync(process.argv[1], 'utf8'), { filename: 'flags-probe.js', cachedData: fs.readFileSync(process.argv[2]) }); process.stdout.write(String(s.cachedDataRejected));`;
  const r = spawnSync(process.execPath, ['-e', check, path.join(dir, 'probe.js'), path.join(dir, 'probe.cache')], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as boolean;
}

test('a code cache made after a check is accepted by a fresh Node (V8 flags back as they were)', async () => {
  // The probe works: a cache made before any check is accepted.
  const before = freshCache();
  expect(refusedByFreshNode(before.source, before.cachedData)).toBe(false);
  const run = await cli(['check', path.join(SAMPLES, 'so-tu-phap-2024.xlsx'), path.join(SAMPLES, 'so-y-te-2024.xlsx'), '--json']);
  // The samples' deliberate defects give exit 1 (errors found), not a failed run.
  expect(run.code).toBe(1);
  const after = freshCache();
  expect(refusedByFreshNode(after.source, after.cachedData)).toBe(false);
}, 60_000);
