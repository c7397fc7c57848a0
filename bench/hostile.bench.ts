/**
 * Hostile inputs (issue 14), each run as a user would (`node bin/par-check.js …`, one process per
 * input): wall time, peak RSS (from /usr/bin/time when the machine has it), exit status and the
 * first line of the sentence the user gets. Prints, never asserts; the tests in test/hostile/
 * assert the sentences and exit codes. The table in docs/hostile-inputs.md comes from this output.
 *
 * `node -r ts-node/register/transpile-only bench/hostile.bench.ts [path/to/par-check.js]` runs it
 * alone, against another build when given (the "before" column of the table was measured so).
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import {
  deepSet, hugeRowNumber, lastColumnRows, lyingSizes, manyMerges, overlappingEntries, wholeSheetMerge, wideSet,
} from '../test/hostile/hostile-files';

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'test', 'fixtures', 'samples', 'so-tu-phap-2024.xlsx');
const MB = 1 << 20;

interface Case {
  label: string;
  /** Arguments after the CLI path; `F` is replaced by the hostile file's path, `O` by a fresh output path. */
  args: string[];
  /** Writes the hostile input at this path (a file, a FIFO…); none for inputs that exist already. */
  make?: (file: string) => void;
  /** File name to make (the extension matters to the CLI). */
  name?: string;
}

const write = (bytes: () => Buffer | string) => (file: string) => fs.writeFileSync(file, bytes());
const fifo = (file: string) => {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error('mkfifo failed');
};

export const cases: Case[] = [
  { label: 'bomb: directory says 1 KB, inflates to 2 GB (check)', args: ['check', 'F'], make: write(() => lyingSizes(2048 * MB)) },
  { label: 'bomb: directory says 1 KB, inflates to 2 GB (check --annotate)', args: ['check', 'F', '--annotate', 'O'], make: write(() => lyingSizes(2048 * MB)) },
  { label: 'bomb: directory says 1 KB, inflates to 2 GB (clear)', args: ['clear', 'F', '--out', 'O.xlsx'], make: write(() => lyingSizes(2048 * MB)) },
  { label: 'bomb: directory says 1 KB, inflates to 2 GB (import-set)', args: ['import-set', 'F', '--id', 'bo-thu', '--title', 'Bộ thử', '--year', '2024', '--level', 'department'], make: write(() => lyingSizes(2048 * MB)) },
  { label: '200 sheet entries on one 100 MB stream (check)', args: ['check', 'F'], make: write(() => overlappingEntries(200, 100 * MB)) },
  { label: 'row numbered 2,000,000,000 (check)', args: ['check', 'F'], make: write(() => hugeRowNumber()) },
  { label: 'row numbered 2,000,000,000 (check --annotate)', args: ['check', 'F', '--annotate', 'O'], make: write(() => hugeRowNumber()) },
  { label: 'one merge over the whole sheet (check --annotate)', args: ['check', 'F', '--annotate', 'O'], make: write(() => wholeSheetMerge()) },
  { label: 'cells in column XFD on 100,000 rows (check)', args: ['check', 'F'], make: write(() => lastColumnRows(100_000)) },
  { label: 'cells in column XFD on 100,000 rows (clear)', args: ['clear', 'F', '--out', 'O.xlsx'], make: write(() => lastColumnRows(100_000)) },
  { label: '100,000 merges (check)', args: ['check', 'F'], make: write(() => manyMerges(100_000)) },
  { label: '100,000 merges (check --annotate)', args: ['check', 'F', '--annotate', 'O'], make: write(() => manyMerges(100_000)) },
  { label: 'criteria set of 100,000 items (check --criteria)', args: ['check', SAMPLE, '--criteria', 'F'], make: write(() => wideSet(100_000)), name: 'bo.json' },
  { label: 'criteria set nested 1,000 levels (validate-set)', args: ['validate-set', 'F'], make: write(() => deepSet(1000)), name: 'bo.json' },
  { label: 'criteria set nested 1,000 levels (template)', args: ['template', '--criteria', 'F', '--out', 'O.xlsx'], make: write(() => deepSet(1000)), name: 'bo.json' },
  { label: 'a FIFO named .xlsx (check)', args: ['check', 'F'], make: fifo },
  { label: 'a FIFO named .json (check --criteria)', args: ['check', SAMPLE, '--criteria', 'F'], make: fifo, name: 'bo.json' },
  { label: '/dev/zero (check)', args: ['check', '/dev/zero'] },
  { label: '/dev/zero (clear)', args: ['clear', '/dev/zero', '--out', 'O.xlsx'] },
  { label: 'batch: the 2 GB bomb among two good files (check)', args: ['check', SAMPLE, 'F', path.join(ROOT, 'test', 'fixtures', 'samples', 'so-y-te-2024.xlsx')], make: write(() => lyingSizes(2048 * MB)) },
];

export interface Measured {
  label: string;
  command: string;
  seconds: number;
  rssMb: number | null;
  code: number | null;
  message: string;
}

/** Peak resident memory of a running process (VmHWM), in MB; null when /proc cannot tell. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The first line of the user's sentence (stderr, else the first report line naming a problem). */
function sentence(stdout: string, stderr: string): string {
  const lines = `${stderr}\n${stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const hit = lines.find((l) => /Không|không|Tệp|quá|Lỗi|giới hạn|FATAL|heap|Error|error/.test(l));
  return (hit ?? lines[0] ?? '').slice(0, 240);
}

/** Run one case: time, peak RSS (polled from /proc, so a killed run has one too), exit, sentence. */
export function runCase(c: Case, cli: string, dir: string, timeoutMs = 60_000): Promise<Measured> {
  const file = path.join(dir, c.name ?? 'hostile.xlsx');
  const out = path.join(dir, 'out');
  fs.rmSync(file, { force: true });
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(out + '.xlsx', { force: true });
  c.make?.(file);
  const args = c.args.map((a) => (a === 'F' ? file : a === 'O' ? out : a === 'O.xlsx' ? out + '.xlsx' : a));
  const t = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, PAR_CHECK_DEBUG: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { if (stdout.length < MB) stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { if (stderr.length < MB) stderr += d; });
  let rss: number | null = null;
  let killed = false;
  const poll = setInterval(() => {
    rss = peakRss(child.pid as number) ?? rss;
  }, 50);
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      fs.rmSync(file, { force: true });
      resolve({
        label: c.label,
        command: `par-check ${c.args.join(' ').replace(ROOT + '/', '')}`,
        seconds: (performance.now() - t) / 1000,
        rssMb: rss,
        code: killed ? null : code,
        message: killed ? `(killed after ${timeoutMs / 1000} s)` : sentence(stdout, stderr),
      });
    });
  });
}

export default async function main(cli = path.join(ROOT, 'bin', 'par-check.js')): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-hostile-bench-'));
  try {
    for (const c of cases) {
      const m = await runCase(c, cli, dir, Number(process.env.HOSTILE_TIMEOUT_S ?? 60) * 1000);
      console.log(`${m.label}: ${m.seconds.toFixed(1)} s, ${m.rssMb ?? '?'} MB, exit ${m.code ?? 'killed'} — ${m.message}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
