/**
 * What the A/B benches (engine-ab.js, reader-ab.js) share: their command line (number of generated
 * files, rounds, then the bundles), CPU time of this process, the generated inputs' folder
 * (bench/inputs.ts) and the line printed per build. Plain JavaScript, like the benches.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

/** `node bench/X-ab.js COUNT ROUNDS A.js B.js …` with the bundles loaded. */
function abArgs(defaultRounds) {
  const count = Number(process.argv[2] || 1000);
  const rounds = Number(process.argv[3] || defaultRounds);
  const files = process.argv.slice(4);
  return { count, rounds, files, builds: files.map((f) => require(path.resolve(f))) };
}

/** CPU milliseconds of this process so far (user + system). */
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The generated workbooks of that size (the folder must exist: npx ts-node --transpile-only bench/inputs.ts COUNT). */
function generatedFiles(count) {
  const dir = path.join(os.tmpdir(), `par-check-bench-inputs-${count}`);
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  return { names, paths: names.map((f) => path.join(dir, f)) };
}

/** One line per build: its CPU ms per round and the median of the warm rounds (round 0 is cold). */
function printRounds(files, times, fileCount) {
  files.forEach((f, i) => {
    const sorted = times[i].slice(1).sort((a, b) => a - b);
    const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
    console.log(`${path.basename(f)}: ${fileCount} tệp/files, ms CPU mỗi vòng/per round ${times[i].map((x) => x.toFixed(0)).join(' / ')} — nóng, trung vị/warm median ${median.toFixed(0)}`);
  });
}

module.exports = { abArgs, cpuMs, generatedFiles, printRounds };
