#!/usr/bin/env node
/**
 * A .cpuprofile (node --cpu-prof) by self time: the functions where the samples fell, and the
 * same by file. Usage: node scripts/cpuprofile-top.js FILE.cpuprofile [how many, default 40]
 * The samples count wall time while the process ran: on a loaded machine read the shares, not ms.
 * Run through ts-node, the TypeScript compiler shows up too: read the src/ lines.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] || 40);
const timeOf = new Map();
profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) || 0) + (profile.timeDeltas[i] || 0)));
const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const node of profile.nodes) {
  const ms = (timeOf.get(node.id) || 0) / 1000;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') continue;
  total += ms;
  const file = url ? path.relative(process.cwd(), url.replace(/^file:\/\//, '')) : '';
  const key = `${functionName || '(anonymous)'} ${file}${file ? ':' + (lineNumber + 1) : ''}`;
  byFunction.set(key, (byFunction.get(key) || 0) + ms);
  byFile.set(file || functionName, (byFile.get(file || functionName) || 0) + ms);
}
const print = (map, n) => {
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
  }
};
console.log(`${total.toFixed(0)} ms sampled (idle left out)`);
print(byFunction, top);
console.log('--- by file');
print(byFile, 15);
