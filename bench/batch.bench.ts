/**
 * Batch benchmark (prints, never asserts). Every figure is printed beside its floor, measured in
 * the same run, so a loaded machine moves both alike (compare ratios, not times):
 *
 *  - floor: bench/floor.js reads every workbook of the folder, inflates every worksheet and the
 *    shared strings and scans every cell once — what no checker can skip;
 *  - `check DIR --json` and `check DIR --json --summary kq.xlsx`, on one core (PAR_CHECK_WORKERS=0:
 *    the files checked in the main thread) and with the worker pool (one worker per core);
 *  - national scale: 10,000 generated workbooks in one run, `--json --summary`, time and peak RSS;
 *  (the one-file CLI beside a bare `node -e 0`: bench/one-file.bench.ts);
 *  - LibreOffice (when installed) converting 200 of the files to CSV, in one process.
 *
 * Each contender is a child process; a preload module prints its CPU time (all threads) and peak
 * RSS (process.resourceUsage) at exit. Inputs are generated once into the temp folder
 * (bench/inputs.ts) and kept for later runs.
 * BATCH_BENCH_FILES / BATCH_BENCH_NATIONAL change the two folder sizes (0 skips the national run).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { generatedInputs } from './inputs';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'par-check.js');
const FLOOR = path.join(__dirname, 'floor.js');
const FILES = Number(process.env.BATCH_BENCH_FILES ?? 1000);
const NATIONAL = Number(process.env.BATCH_BENCH_NATIONAL ?? 10_000);

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  status: number | null;
  note: string;
}

function preloadFile(dir: string): string {
  const file = path.join(dir, 'usage.js');
  fs.writeFileSync(
    file,
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nPAR_BENCH_USAGE=' + JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 }) + '\\n'); });\n",
  );
  return file;
}

function run(args: string[], preload: string, env: Record<string, string> = {}): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const wallMs = performance.now() - t;
  const usage = /PAR_BENCH_USAGE=(\{.*\})/.exec(r.stderr ?? '');
  const u = usage ? (JSON.parse(usage[1]) as { cpu: number; rss: number }) : { cpu: NaN, rss: NaN };
  let note = '';
  try {
    const report = JSON.parse(r.stdout) as { summary?: { files: number; unreadable: number } };
    if (report.summary) note = `${report.summary.files} tệp/files, ${report.summary.unreadable} không đọc được/unreadable`;
  } catch {
    note = r.status === 0 ? '' : `exit ${r.status}: ${(r.stderr ?? '').slice(0, 200)}`;
  }
  return { wallMs, cpuMs: u.cpu, maxRssMb: u.rss, status: r.status, note };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const times = (a: number, b: number) => `×${(a / b).toFixed(1)}`;

function line(label: string, r: Run, floor: Run | null): void {
  const ratio = floor ? ` — ${times(r.wallMs, floor.wallMs)} sàn/floor (thời gian/wall), ${times(r.cpuMs, floor.cpuMs)} (CPU)` : '';
  console.log(
    `${label.padEnd(44)} ${sec(r.wallMs).padStart(9)} wall, ${sec(r.cpuMs).padStart(9)} CPU, RSS đỉnh/peak ${r.maxRssMb.toFixed(0).padStart(4)} MB${ratio}${r.note ? ` (${r.note})` : ''}`,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function batchFigures(dir: string, work: string, preload: string): Promise<void> {
  const floor = run([FLOOR, dir], preload);
  line(`sàn/floor (inflate + scan), ${FILES} tệp/files`, floor, null);
  const oneCore = { PAR_CHECK_WORKERS: '0' };
  line('check --json, 1 lõi/core', run([BIN, 'check', dir, '--json'], preload, oneCore), floor);
  line('check --json --summary, 1 lõi/core', run([BIN, 'check', dir, '--json', '--summary', path.join(work, 'kq-1.xlsx')], preload, oneCore), floor);
  line(`check --json, ${os.availableParallelism?.() ?? os.cpus().length} worker`, run([BIN, 'check', dir, '--json'], preload), floor);
  line('check --json --summary, worker', run([BIN, 'check', dir, '--json', '--summary', path.join(work, 'kq-2.xlsx')], preload), floor);
  // The floor again at the end: on a shared machine the load may have changed meanwhile.
  line('sàn/floor (lần 2/again)', run([FLOOR, dir], preload), null);
}

async function nationalFigures(work: string, preload: string): Promise<void> {
  if (NATIONAL <= 0) return;
  const t = performance.now();
  const dir = await generatedInputs(NATIONAL, (n) => process.stdout.write(`\r  tạo/generating ${n}/${NATIONAL}…`));
  console.log(`\nQuy mô cả nước / national scale: ${NATIONAL} tệp/files in ${dir} (tạo/made in ${sec(performance.now() - t)}, giữ lại cho lần sau/kept)`);
  const floor = run([FLOOR, dir], preload);
  line(`sàn/floor, ${NATIONAL} tệp/files`, floor, null);
  line('check --json --summary, worker', run([BIN, 'check', dir, '--json', '--summary', path.join(work, 'kq-national.xlsx')], preload), floor);
}

/** Where on PATH a command is, or null. */
function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const full = path.join(dir, cmd);
    if (dir && fs.existsSync(full)) return full;
  }
  return null;
}

/** LibreOffice converting 200 files in one process (one soffice stops after ~250 files without a word). */
function libreOfficeFigures(dir: string, work: string, preload: string): void {
  const soffice = which('soffice') ?? which('libreoffice');
  if (!soffice) {
    console.log('LibreOffice chưa cài: bỏ qua so sánh. / LibreOffice is not installed: comparison skipped.');
    return;
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().slice(0, 200).map((f) => path.join(dir, f));
  const outdir = path.join(work, 'csv');
  const args = (list: string[]) => [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'csv', '--outdir', outdir, ...list];
  spawnSync(soffice, args(files.slice(0, 1)), { timeout: 600_000 }); // profile creation is not converting
  const t = performance.now();
  spawnSync(soffice, args(files), { timeout: 1_800_000 });
  const lo = performance.now() - t;
  const listFile = path.join(work, 'lo-200');
  fs.mkdirSync(listFile, { recursive: true });
  for (const f of files) fs.copyFileSync(f, path.join(listFile, path.basename(f)));
  const ours = run([BIN, 'check', listFile, '--json', '--summary', path.join(work, 'kq-200.xlsx')], preload);
  const csv = fs.existsSync(outdir) ? fs.readdirSync(outdir).length : 0;
  console.log(`LibreOffice --convert-to csv, 200 tệp/files, một tiến trình/one process (${csv} csv): ${sec(lo)}; par-check --json --summary: ${sec(ours.wallMs)} — ${times(lo, ours.wallMs)}`);
}

export default async function batchBench(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-batch-bench-'));
  try {
    const preload = preloadFile(work);
    console.log(`${os.cpus().length} lõi/cores, tải/load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const dir = await generatedInputs(FILES);
    await batchFigures(dir, work, preload);
    libreOfficeFigures(dir, work, preload);
    await nationalFigures(work, preload);
    console.log(`tải/load at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  batchBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
