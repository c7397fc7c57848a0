#!/usr/bin/env node
// Runs the named package.json scripts at the same time, as `npm run` would (node_modules/.bin on
// the PATH), and exits 1 if any of them fails. `npm test` runs its static checks this way:
// tsc, ESLint and dependency-cruiser are single-threaded, so side by side they take about as long
// as the slowest one instead of the sum.
// Each script's output is printed in one block when it ends (never interleaved), led by its name.
//   node scripts/run-parallel.js typecheck lint check:api-sets check:layers
//
// `--with <command>`: also run <command> (npm test: jest) at the same time, its output live on
// this terminal. The checks then fill the cores jest leaves idle (while it starts, and while its
// last, longest file runs alone) instead of holding jest back for their whole length. If a check
// fails, the command is stopped at once (a failed check fails the run anyway); exit 1 if anything
// failed, after every check's block is printed.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const { scripts } = require(path.join(root, 'package.json'));
const args = process.argv.slice(2);
const withAt = args.indexOf('--with');
const names = withAt < 0 ? args : args.slice(0, withAt);
const alongside = withAt < 0 ? null : args.slice(withAt + 1).join(' ');

const unknown = names.filter((n) => !scripts[n]);
if (names.length === 0 || unknown.length || alongside === '') {
  console.error(`usage: node scripts/run-parallel.js <script>… [--with <command>]${unknown.length ? ` (no script ${unknown.join(', ')} in package.json)` : ''}`);
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

/** The --with command, inheriting the terminal; resolves true when it exits 0. */
function runAlongside(command) {
  // Its own process group, so stopping it stops jest's workers too.
  const child = spawn(command, { cwd: root, env, shell: true, stdio: 'inherit', detached: true });
  const ended = new Promise((resolve) => {
    child.on('error', (e) => {
      console.error(`${command}: ${e.message}`);
      resolve(false);
    });
    child.on('close', (code) => resolve(code === 0));
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  // Ctrl-C on the terminal reaches this process; pass it on to the group.
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  return { ended, stop };
}

const other = alongside ? runAlongside(alongside) : null;
const checks = names.map((n) =>
  run(n).then((ok) => {
    if (!ok && other) other.stop();
    return ok;
  }),
);

Promise.all([Promise.all(checks), other ? other.ended : Promise.resolve(true)]).then(([results, otherOk]) => {
  const failed = names.filter((_, i) => !results[i]);
  if (failed.length) console.error(`\nFailed: ${failed.join(', ')}${other ? ` (${alongside} stopped)` : ''}`);
  else if (!otherOk) console.error(`\nFailed: ${alongside}`);
  process.exit(failed.length || !otherOk ? 1 : 0);
});
