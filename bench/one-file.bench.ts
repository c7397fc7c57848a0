/**
 * One-file start (prints, never asserts): `par-check check so-tu-phap-2024.xlsx` (the bundled
 * sample) beside a bare `node -e 0`, run alternately in the same run (which goes first alternates
 * too), so a shared machine's load moves both alike. Median of ONE_FILE_RUNS (default 11) runs
 * each, wall time and CPU time (all threads, process.resourceUsage at exit). Aim: ≤ ×2 (issue 13).
 *
 *   node -r ts-node/register/transpile-only bench/one-file.bench.ts
 *
 * The first run after a build writes the code cache (bin/par-check.js) and is not counted.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'par-check.js');
const SAMPLE = path.join(ROOT, 'test', 'fixtures', 'samples', 'so-tu-phap-2024.xlsx');
const RUNS = Math.max(1, Number(process.env.ONE_FILE_RUNS ?? 11));

interface Run {
  wallMs: number;
  cpuMs: number;
  status: number | null;
}

function run(args: string[], preload: string): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8' });
  const wallMs = performance.now() - t;
  const usage = /PAR_BENCH_CPU=([\d.]+)/.exec(r.stderr ?? '');
  return { wallMs, cpuMs: usage ? Number(usage[1]) : NaN, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const times = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

export default function oneFileBench(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-one-file-'));
  try {
    // Both contenders load the same preload, so it adds the same to both. It writes to fd 2
    // directly: process.stderr would create a stream neither contender made itself.
    const preload = path.join(work, 'cpu.js');
    fs.writeFileSync(
      preload,
      "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nPAR_BENCH_CPU=' + (u.userCPUTime + u.systemCPUTime) / 1000 + '\\n'); });\n",
    );
    const first = run([BIN, 'check', SAMPLE], preload); // writes the code cache after a fresh build
    const cli: Run[] = [];
    const bare: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const pair = [() => bare.push(run(['-e', '0'], preload)), () => cli.push(run([BIN, 'check', SAMPLE], preload))];
      if (i % 2) pair.reverse();
      for (const go of pair) go();
    }
    const statuses = [...new Set([first, ...cli].map((r) => r.status))];
    const m = (xs: Run[], k: 'wallMs' | 'cpuMs') => median(xs.map((x) => x[k]));
    console.log(`${os.cpus().length} lõi/cores, tải/load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${RUNS} lần xen kẽ/alternating runs, trung vị/median`);
    console.log(
      `check một tệp/one file: ${ms(m(cli, 'wallMs'))} wall, ${ms(m(cli, 'cpuMs'))} CPU — node -e 0: ${ms(m(bare, 'wallMs'))} wall, ${ms(m(bare, 'cpuMs'))} CPU — ` +
        `${times(m(cli, 'wallMs'), m(bare, 'wallMs'))} (wall), ${times(m(cli, 'cpuMs'), m(bare, 'cpuMs'))} (CPU); mục tiêu/aim ≤ ×2` +
        (statuses.length === 1 && statuses[0] === 0 ? '' : ` (mã thoát/exit ${statuses.join(', ')}: không như mong đợi/unexpected)`),
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) oneFileBench();
