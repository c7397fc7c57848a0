// `npm run fuzz`: the property tests (test/engine/properties) with many more cases than `npm test`
// runs — at least 100,000 in all — for a nightly job, not for every commit. Each property gets
// PROPS_RUNS cases (default 5,000; 20 properties → 100,000) from one seed; the seed changes every
// day so each night explores new cases, and is printed so a failure can be replayed:
//   PROPS_SEED=<seed> PROPS_RUNS=<runs> npx jest test/engine/properties
// (fast-check also prints the failing case's path). Options: FUZZ_RUNS, FUZZ_SEED override both.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const folder = path.join(root, 'test', 'engine', 'properties');
const runs = Number(process.env.FUZZ_RUNS || process.env.PROPS_RUNS || 5000);
const day = Math.floor(Date.now() / 86_400_000);
const seed = Number(process.env.FUZZ_SEED || process.env.PROPS_SEED || day);

// Properties are the runs(n, seed) calls of the property test files: counted, not guessed.
let properties = 0;
for (const f of fs.readdirSync(folder).filter((n) => n.endsWith('.test.ts'))) {
  properties += (fs.readFileSync(path.join(folder, f), 'utf8').match(/\bruns\(\d[\d_]*, \d+\)(?!\.numRuns)/g) || []).length;
}
const total = runs * properties;
console.log(`fuzz: ${properties} thuộc tính × ${runs} trường hợp = ${total.toLocaleString('vi-VN')} (seed ${seed})`);
console.log(`fuzz: ${properties} properties × ${runs} cases = ${total.toLocaleString('en-US')} (seed ${seed})`);
if (total < 100_000) console.log('fuzz: dưới 100.000 trường hợp / fewer than 100,000 cases (FUZZ_RUNS is low)');

const r = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), folder, '--maxWorkers=2', '--testTimeout=7200000', '--verbose=false'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PROPS_RUNS: String(runs), PROPS_SEED: String(seed) } },
);
if (r.status !== 0) {
  console.log(`fuzz: THẤT BẠI — chạy lại / FAILED — replay with: PROPS_SEED=${seed} PROPS_RUNS=${runs} npx jest test/engine/properties`);
}
process.exitCode = r.status === null ? 1 : r.status;
