#!/usr/bin/env node
/**
 * The fast reader alone, two (or more) builds side by side in one process (prints, never
 * asserts): the generated files (bench/inputs.ts) are loaded into memory once, then every round
 * reads all of them with each build in turn (readForCheck as the CLI calls it; order alternating
 * per round) and prints the CPU milliseconds of the reading alone. Round 0 is cold (the JIT still
 * compiling). The grids of every build are compared with the first build's (JSON): a build that
 * reads any file differently is named and the run fails.
 *
 * A build is an esbuild bundle of readForCheck, e.g. before and after a change:
 *
 *   mkdir -p dist/ab && printf "export { readForCheck } from '../../src/file/read-for-check';\n" > dist/ab/entry.ts
 *   npx esbuild dist/ab/entry.ts --bundle --platform=node --format=cjs --outfile=dist/ab/before.js
 *   … change the reader, bundle again as dist/ab/after.js …
 *   nice -n 15 node bench/reader-ab.js 1000 9 dist/ab/before.js dist/ab/after.js
 *
 * Arguments: number of generated files (the folder must exist: npx ts-node --transpile-only
 * bench/inputs.ts 1000), rounds, then the bundles. For a profile: node --cpu-prof … one bundle.
 * A CLI run reads each file once, with the JIT still compiling (and its compiler threads' CPU
 * counted): for that case run one round of one bundle per process, alternating the bundles:
 *   for i in 1 2 3 4 5; do for b in before after; do nice -n 15 node bench/reader-ab.js 1000 1 dist/ab/$b.js; done; done
 */
'use strict';
const fs = require('fs');
const { abArgs, cpuMs, generatedFiles, printRounds } = require('./ab-common');
const path = require('path');

const { files, builds, count, rounds } = abArgs(5);

/** Every file read; the answers kept only when asked (keeping 1,000 grids alive is not what the CLI does). */
async function readAll(build, bytes, keep) {
  const out = [];
  for (const data of bytes) {
    const read = await build.readForCheck(data, { needWorkbook: false });
    if (keep) out.push(read);
  }
  return out;
}

const gridsOf = (reads) => reads.map((r) => JSON.stringify(r.ok ? { grids: r.sheets.grids, hidden: r.sheets.hidden, listed: r.listed, seal: r.sealSheet } : r.problem));

async function main() {
  const { names, paths } = generatedFiles(count);
  const bytes = paths.map((p) => fs.readFileSync(p));
  const times = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < builds.length; k++) {
      const i = r % 2 === 0 ? k : builds.length - 1 - k;
      const t = cpuMs();
      await readAll(builds[i], bytes, false);
      times[i].push(cpuMs() - t);
      if (r === 0 && i > 0) {
        const a = gridsOf(await readAll(builds[0], bytes, true));
        const b = gridsOf(await readAll(builds[i], bytes, true));
        const differ = names.filter((_, n) => a[n] !== b[n]);
        if (differ.length) {
          console.error(`${path.basename(files[i])} đọc khác/reads differently: ${differ.slice(0, 5).join(', ')} (${differ.length})`);
          process.exitCode = 1;
        }
      }
    }
  }
  printRounds(files, times, names.length);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
