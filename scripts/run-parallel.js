#!/usr/bin/env node
// Runs the named package.json scripts at the same time, as `npm run` would (node_modules/.bin on
// the PATH), and exits 1 if any of them fails. `npm test` runs its static checks this way before
// jest: tsc, ESLint and dependency-cruiser are single-threaded, so side by side they take about
// as long as the slowest one instead of the sum.
// Each script's output is printed in one block when it ends (never interleaved), led by its name.
//   node scripts/run-parallel.js typecheck lint check:api-sets check:layers
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const { scripts } = require(path.join(root, 'package.json'));
const names = process.argv.slice(2);

const unknown = names.filter((n) => !scripts[n]);
if (names.length === 0 || unknown.length) {
  console.error(`usage: node scripts/run-parallel.js <script>…${unknown.length ? ` (no script ${unknown.join(', ')} in package.json)` : ''}`);
  process.exit(2);
}

const env = { ...process.env, PATH: [path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter) };

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(scripts[name], { cwd: root, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    let ended = false;
    const done = (code, detail) => {
      if (ended) return;
      ended = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(out).toString('utf8');
      process.stdout.write(`\n> ${name} (${scripts[name]}): ${code === 0 ? 'ok' : `FAILED${detail}`}, ${seconds} s\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`);
      resolve(code === 0);
    };
    child.on('error', (e) => done(1, `: ${e.message}`));
    child.on('close', (code, signal) => done(code, signal ? ` (${signal})` : ` (exit ${code})`));
  });
}

Promise.all(names.map(run)).then((results) => {
  const failed = names.filter((_, i) => !results[i]);
  if (failed.length) {
    console.error(`\nFailed: ${failed.join(', ')}`);
    process.exit(1);
  }
});
