#!/usr/bin/env node
// Output of two builds of the CLI, compared byte for byte: stdout, stderr and exit status of a
// fixed list of invocations (each sample, text and --json, both sample folders, --criteria by id
// and by file, unreadable inputs, every command's --help, sets, validate-set, template, seal and
// verify (the seal's time and code masked), compare, clear, wrong commands). For changes to start-up (bin, build, command loading)
// that must not change a byte of what a user sees.
//
//   node scripts/cli-output-diff.js OLD/bin/par-check.js [NEW/bin/par-check.js]
//
// NEW defaults to this checkout's bin. Keep a copy of the old build inside the repository (e.g.
// test-output/before/{bin,dist/cli}) so it resolves node_modules (ExcelJS) like the new one.
// Each side runs in its own empty temporary folder (files it writes go there, named alike), so
// paths printed are the same. Exit 0 when every invocation matches, 1 otherwise.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const [oldBin, newBin = path.join(root, 'bin', 'par-check.js')] = process.argv.slice(2).map((p) => path.resolve(p));
if (!oldBin) {
  console.error('Usage: node scripts/cli-output-diff.js OLD/bin/par-check.js [NEW/bin/par-check.js]');
  process.exit(2);
}

const samples = path.join(root, 'test', 'fixtures', 'samples');
const s = (name) => path.join(samples, name);
const tuPhap = s('so-tu-phap-2024.xlsx');
const xayDung = s('so-xay-dung-2024.xlsx');
const yTe = s('so-y-te-2024.xlsx');
const setFile = path.join(root, 'src', 'engine', 'criteria', 'sets', 'mau-so-nganh-2024.json');
const real = path.join(root, 'test', 'fixtures', 'real');

/** Invocations; a function receives the side's temp folder (for inputs it prepares there). */
const cases = [
  [],
  ['--help'],
  ['--version'],
  ['nope'],
  ['sets'],
  ['sets', '--json'],
  ['check', tuPhap],
  ['check', xayDung],
  ['check', yTe],
  ['check', tuPhap, '--json'],
  ['check', yTe, '--json', '--lang', 'en'],
  ['check', tuPhap, '--lang', 'en'],
  ['check', samples],
  ['check', samples, '--json'],
  ['check', path.join(root, 'test', 'fixtures', 'keep-parts')],
  ['check', real, '--json'],
  ['check', tuPhap, '--criteria', 'mau-so-nganh-2024'],
  ['check', tuPhap, '--criteria', setFile],
  ['check', tuPhap, '--criteria', 'no-such-set'],
  ['check', tuPhap, '--sheet', 'Không có'],
  ['check', 'missing.xlsx'],
  ['check', setFile],
  ['check'],
  ['check', tuPhap, '--bogus'],
  ['check', tuPhap, '--summary', 'kq.xlsx'],
  ['check', tuPhap, xayDung, '--annotate', 'marked', '--requests', 'req'],
  ['sets', 'extra'],
  ['validate-set', setFile],
  ['validate-set', tuPhap],
  ['validate-set'],
  ['template', '--criteria', 'mau-xa-2024', '--out', 't.xlsx', '--unit', 'UBND xã A'],
  ['template', '--criteria', 'mau-xa-2024'],
  ['seal', tuPhap, '--out', 'sealed.xlsx'],
  ['verify', 'sealed.xlsx'],
  ['verify', 'sealed.xlsx', '--json'],
  ['verify', tuPhap],
  ['compare', tuPhap, xayDung],
  ['compare', tuPhap, yTe, '--json'],
  ['clear', tuPhap, '--out', 'cleared.xlsx'],
  ['clear', tuPhap],
  ['import-set', tuPhap, '--id', 'x-2024', '--year', '2024', '--level', 'department'],
  ...['check', 'sets', 'template', 'clear', 'import-set', 'validate-set', 'compare', 'seal', 'verify'].map((c) => [c, '--help']),
];

/** A seal holds the time it was made, and its code hashes that time too: masked on both sides. */
const sealMask = (text) =>
  text
    .replace(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g, 'XXXX-XXXX-XXXX')
    .replace(/\d\d\/\d\d\/\d{4} \d\d:\d\d/g, 'dd/mm/yyyy hh:mm')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, 'yyyy-mm-ddThh:mm:ss.sssZ');

function runAll(bin) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-diff-'));
  try {
    return cases.map((args) => {
      const r = spawnSync(process.execPath, [bin, ...args], {
        cwd: dir,
        encoding: 'buffer',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, PAR_CHECK_DEBUG: '' },
      });
      const out = (buf) => (args[0] === 'seal' || args[0] === 'verify' ? Buffer.from(sealMask(buf.toString('utf8'))) : buf);
      return { args, status: r.status, stdout: out(r.stdout), stderr: out(r.stderr) };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const a = runAll(oldBin);
const b = runAll(newBin);
let differ = 0;
for (let i = 0; i < cases.length; i++) {
  const what = [];
  if (a[i].status !== b[i].status) what.push(`exit ${a[i].status} → ${b[i].status}`);
  if (!a[i].stdout.equals(b[i].stdout)) what.push('stdout');
  if (!a[i].stderr.equals(b[i].stderr)) what.push('stderr');
  const label = cases[i].map((x) => (x.startsWith(root) ? path.relative(root, x) : x)).join(' ');
  if (what.length) {
    differ++;
    console.log(`KHÁC/DIFFERS  par-check ${label}: ${what.join(', ')}`);
    for (const stream of ['stdout', 'stderr']) {
      const [x, y] = [a[i][stream].toString('utf8').split('\n'), b[i][stream].toString('utf8').split('\n')];
      const line = x.findIndex((l, n) => l !== y[n]);
      if (line >= 0 || x.length !== y.length) {
        const n = line >= 0 ? line : Math.min(x.length, y.length);
        console.log(`  ${stream} ${n + 1}: ${JSON.stringify(x[n] ?? null)}\n  ${' '.repeat(stream.length)} ${n + 1}: ${JSON.stringify(y[n] ?? null)}`);
      }
    }
  } else {
    console.log(`giống/same    par-check ${label} (exit ${a[i].status}, ${a[i].stdout.length} + ${a[i].stderr.length} bytes)`);
  }
}
console.log(`${cases.length - differ} / ${cases.length} giống nhau / identical`);
process.exitCode = differ ? 1 : 0;
