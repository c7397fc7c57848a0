#!/usr/bin/env node
/**
 * `npm run mutation [-- <folder>… [stryker options]]`: mutation testing of src/engine/scoring,
 * src/engine/findings and src/engine/layout, one folder at a time (stryker.config.js picks the
 * folder's focused tests), then the score of each folder. Not part of `npm test` (it takes long).
 *   npm run mutation                       all three folders
 *   npm run mutation -- findings           one folder
 *   npm run mutation -- findings --mutate src/engine/findings/parent-checks.ts   a subset while iterating
 *   npm run mutation -- layout --concurrency 2
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
 * Runs are incremental (reports/stryker-incremental-<folder>.json): `--force` re-tests every mutant.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ALL = ['scoring', 'findings', 'layout'];
const args = process.argv.slice(2);
const folders = args.filter((a) => ALL.includes(a));
const extra = args.filter((a) => !ALL.includes(a));
const root = path.join(__dirname, '..');
const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');

function score(folder) {
  const run = process.env.MUTATION_RUN ? `${folder}-${process.env.MUTATION_RUN}` : folder;
  const file = path.join(root, 'reports', 'mutation', `${run}.json`);
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const count = {};
  for (const f of Object.values(report.files)) for (const m of f.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
  return { folder, score: valid ? (100 * detected) / valid : 100, detected, valid, count };
}

const results = [];
let failed = false;
for (const folder of folders.length ? folders : ALL) {
  console.log(`\n=== src/engine/${folder} ===`);
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.js', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_FOLDER: folder },
  });
  if (run.status !== 0) failed = true;
  const s = score(folder);
  if (s) results.push(s);
}
console.log('\nMutation score per folder (killed + timeout) / (killed + timeout + survived + no coverage):');
for (const r of results) {
  const c = r.count;
  console.log(
    `  src/engine/${r.folder.padEnd(9)} ${r.score.toFixed(2).padStart(6)} %  (${r.detected}/${r.valid}; killed ${c.Killed ?? 0}, timeout ${c.Timeout ?? 0}, survived ${c.Survived ?? 0}, no coverage ${c.NoCoverage ?? 0}, ignored ${c.Ignored ?? 0})`,
  );
}
process.exit(failed ? 1 : 0);
