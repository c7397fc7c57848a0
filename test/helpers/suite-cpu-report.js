#!/usr/bin/env node
// Sums what test/helpers/suite-cpu.ts recorded: the slowest test files by CPU seconds, and the
// totals. Usage:
//   PAR_CHECK_SUITE_CPU=/tmp/cpu.jsonl npx jest …   then   node test/helpers/suite-cpu-report.js /tmp/cpu.jsonl [top]
'use strict';
const fs = require('fs');
const path = require('path');

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node test/helpers/suite-cpu-report.js <file.jsonl> [top]');
  process.exit(2);
}
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const root = path.join(__dirname, '..', '..');
rows.sort((a, b) => b.cpu - a.cpu);
const top = Number(topArg) || 25;
console.log('  cpu s   wall s  file');
for (const r of rows.slice(0, top)) console.log(`${r.cpu.toFixed(1).padStart(7)}  ${r.wall.toFixed(1).padStart(7)}  ${path.relative(root, r.file)}`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${rows.length} files: ${sum('cpu').toFixed(1)} CPU s, ${sum('wall').toFixed(1)} s summed wall time`);
