#!/usr/bin/env node
/**
 * The engine's checking, two (or more) builds side by side in one process (prints, never asserts):
 * the generated files (bench/inputs.ts) are read once with the first build's reader, then every
 * round checks all of them with each build, taking turns every 100 files (order alternating), and prints the
 * CPU milliseconds of the checking alone (with the CLI's requests-table probe, readRequestsReply,
 * when the bundle exports it). Round 0 is cold (the JIT still compiling).
 *
 * A build is an esbuild bundle of the engine's entry points, e.g. before and after a change:
 *
 *   printf "export { readForCheck } from '../../src/file/read-for-check';\nexport { checkAllScoresheets } from '../../src/engine/check';\nexport { bundledSets } from '../../src/engine/criteria/registry';\nexport { readRequestsReply } from '../../src/engine/appraisal/read-reply';\n" > dist/ab/entry.ts
 *   npx esbuild dist/ab/entry.ts --bundle --platform=node --format=cjs --outfile=dist/ab/before.js
 *   … change the engine, bundle again as dist/ab/after.js …
 *   node bench/engine-ab.js 1000 8 dist/ab/before.js dist/ab/after.js
 *
 * Arguments: number of generated files (the folder must exist: npx ts-node --transpile-only
 * bench/inputs.ts 1000), rounds, then the bundles. For a profile: node --cpu-prof … one bundle.
 */
'use strict';
const fs = require('fs');
const { abArgs, cpuMs, generatedFiles, printRounds } = require('./ab-common');

const { files, builds, count, rounds } = abArgs(4);

async function main() {
  const { names, paths } = generatedFiles(count);
  const reads = [];
  for (const p of paths) reads.push(await builds[0].readForCheck(fs.readFileSync(p), { needWorkbook: false }));
  const times = builds.map(() => []);
  const sets = builds.map((b) => b.bundledSets());
  // The builds take turns every SLICE files (order alternating each turn), not every round: on a
  // shared machine the load changes within a round, and so both builds meet the same load.
  const SLICE = 100;
  let turn = 0;
  for (let r = 0; r < rounds; r++) {
    const round = builds.map(() => 0);
    for (let s = 0; s < reads.length; s += SLICE, turn++) {
      const slice = reads.slice(s, s + SLICE);
      for (let k = 0; k < builds.length; k++) {
        const i = turn % 2 === 0 ? k : builds.length - 1 - k;
        const build = builds[i];
        const t = cpuMs();
        for (const x of slice) {
          if (!x.ok) continue;
          // As the CLI does for every file: is it a requests table copied into another workbook?
          if (build.readRequestsReply) build.readRequestsReply(x.sheets.grids);
          build.checkAllScoresheets(x.sheets.grids, { sets: sets[i], hiddenSheets: x.sheets.hidden });
        }
        round[i] += cpuMs() - t;
      }
    }
    round.forEach((ms, i) => times[i].push(ms));
  }
  printRounds(files, times, names.length);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
