#!/usr/bin/env node
// CPU seconds of a command and of every process under it, by process name (Linux, /proc). Unlike
// `time`, it also counts what escapes the rusage of waited-for children: Chromium's renderers and
// zygote, esbuild's service, jest's workers killed at the end. Sampled every 200 ms (a process
// that lives less than that may be missed; none of the suite's costly ones does).
// Node processes are also told apart by what they run (jest's workers, tsc, eslint, depcruise,
// the API-set check, the spawned CLI…), from their command line.
//   node test/helpers/tree-cpu.js npm test
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const cmd = process.argv.slice(2);
if (!cmd.length) {
  console.error('usage: node test/helpers/tree-cpu.js <command> [args…]');
  process.exit(2);
}
const hz = 100; // USER_HZ on Linux
const best = new Map(); // pid → { name, ticks, role }

/** What a node process runs, from its command line (read once per pid). */
const roles = new Map();
function roleOf(pid) {
  if (roles.has(pid)) return roles.get(pid);
  let argv = [];
  try {
    argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return 'other';
  }
  const line = argv.join(' ');
  const known = [
    [/jest-worker|processChild\.js/, 'jest workers'],
    [/\bjest(\.js)?\b/, 'jest main'],
    [/typescript\/bin\/tsc|\btsc\b/, 'tsc'],
    [/eslint/, 'eslint'],
    [/depcruise|dependency-cruiser/, 'depcruise'],
    [/check-api-sets/, 'check-api-sets'],
    [/check-office-globals/, 'check-office-globals'],
    [/par-check\.js/, 'par-check (spawned)'],
    [/run-parallel/, 'run-parallel'],
    [/npm/, 'npm'],
  ];
  const hit = known.find(([re]) => re.test(line));
  const role = hit ? hit[1] : path.basename(argv[1] ?? argv[0] ?? 'other');
  // A forked process keeps its parent's command line until it execs: ask again next sample.
  if (hit || argv.length > 1) roles.set(pid, role);
  return role;
}

function sample(rootPid) {
  const children = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(f[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push({ pid: Number(d), name, ticks: Number(f[11]) + Number(f[12]) });
  }
  const stack = [rootPid];
  while (stack.length) {
    for (const c of children.get(stack.pop()) ?? []) {
      const seen = best.get(c.pid);
      if (!seen || c.ticks > seen.ticks) best.set(c.pid, { name: c.name, ticks: c.ticks, role: c.name === 'node' || c.name.startsWith('jest') ? roleOf(c.pid) : null });
      stack.push(c.pid);
    }
  }
}

const started = Date.now();
const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit' });
const timer = setInterval(() => sample(process.pid), 200);
child.on('close', (code) => {
  clearInterval(timer);
  const byName = new Map();
  for (const { name, ticks } of best.values()) byName.set(name, (byName.get(name) ?? 0) + ticks);
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  const parts = [...byName].sort((a, b) => b[1] - a[1]).map(([n, t]) => `${n} ${(t / hz).toFixed(1)}`);
  console.error(`\ntree-cpu: ${(total / hz).toFixed(1)} CPU s in ${((Date.now() - started) / 1000).toFixed(1)} s wall (${parts.join(', ')})`);
  const byRole = new Map();
  for (const { role, ticks } of best.values()) if (role) byRole.set(role, (byRole.get(role) ?? 0) + ticks);
  if (byRole.size) console.error(`tree-cpu: node by role: ${[...byRole].sort((a, b) => b[1] - a[1]).map(([n, t]) => `${n} ${(t / hz).toFixed(1)}`).join(', ')}`);
  process.exit(code ?? 1);
});
