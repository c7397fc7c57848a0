/**
 * Issue 14, "one bad file never stops the others": a batch is checked in a pool of worker
 * threads, and a file that crashes, exits, exhausts the memory of or stalls its worker costs only
 * itself. The faults are planted through the test-only hook (worker-pool.ts WorkerFault) on copies
 * of good files, so the only thing wrong with them is what the worker is made to do.
 *
 * The worker is bundled fresh from the sources into test-output/ (inside the repository, so the
 * bundle finds node_modules). Figures of the good files are the samples' README figures
 * (test/engine/samples.test.ts asserts the same numbers by hand).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { checkFiles, exitStatus, type CheckFilesOptions } from '../../src/cli/check/check-files';
import type { FileCheck } from '../../src/cli/check/file-check';
import type { MadeCopy } from '../../src/cli/check/made-copy';
import type { InputFile } from '../../src/cli/check/collect-files';
import { createRegistry } from '../../src/engine/criteria/registry';
import { isCompacted } from '../../src/cli/check/compact-result';
import { sheetStatus } from '../../src/engine/results/status';
import { explanationRequests } from '../../src/engine/appraisal/explanation-requests';
import { pointsBreakdown } from '../../src/engine/results/breakdown';
import { ROOT, SAMPLES, removeTempDirs, tempDir } from './run-cli';

const BUILD = path.join(ROOT, 'test-output', `worker-pool-${process.pid}`);
let script = '';

beforeAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli } = require(path.join(ROOT, 'scripts', 'build-cli.js')) as { buildCli: (dir?: string) => string };
  buildCli(BUILD);
  script = path.join(BUILD, 'check-worker.js');
});
afterAll(() => {
  fs.rmSync(BUILD, { recursive: true, force: true });
  removeTempDirs();
});

/** Self total, max and index of the README of each sample. */
const FIGURES: Record<string, [number, number, number]> = {
  'so-tu-phap-2024.xlsx': [64.21, 70, 91.73],
  'so-y-te-2024.xlsx': [59.99, 68.5, 87.58],
  'so-xay-dung-2024.xlsx': [63.23, 70, 90.33],
};
const r2 = (n: number) => Math.round(n * 100) / 100;
const figures = (c: FileCheck) => {
  const s = c.result!.scores!.self;
  return [r2(s.total), r2(s.max), r2(s.index)];
};

/** A folder: the three samples, then copies of a sample named after the faults planted on them. */
function batchFolder(faulty: string[]): { dir: string; inputs: InputFile[] } {
  const dir = tempDir('pool');
  const names = [...Object.keys(FIGURES), ...faulty];
  for (const name of names) {
    const from = FIGURES[name] ? name : 'so-tu-phap-2024.xlsx';
    fs.copyFileSync(path.join(SAMPLES, from), path.join(dir, name));
  }
  // Good files after the faulty ones too: the pool must go on past them.
  fs.copyFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx'), path.join(dir, 'zz-so-y-te.xlsx'));
  names.push('zz-so-y-te.xlsx');
  return { dir, inputs: names.map((n) => ({ file: n, path: path.join(dir, n) })) };
}

const options = (): CheckFilesOptions => ({ sets: createRegistry().list(), lang: 'vi' });

describe('a worker that dies costs only its file', () => {
  test('crash, exit and out of memory among good files: good files scored, bad ones reported, order kept', async () => {
    const { inputs } = batchFolder(['crash.xlsx', 'exit.xlsx', 'oom.xlsx']);
    const progress: string[] = [];
    const checks = await checkFiles(inputs, options(), {
      onProgress: (_done, _total, file) => progress.push(file),
      // A small heap so the planted allocation fails in a moment; a sample needs far less.
      workers: { script, size: 2, heapMb: 64, faults: { 'crash.xlsx': 'crash', 'exit.xlsx': 'exit', 'oom.xlsx': 'oom' } },
    });
    expect(checks.map((c) => c.file)).toEqual(inputs.map((i) => i.file));
    expect(progress.sort()).toEqual(inputs.map((i) => i.file).sort());
    const byName = new Map(checks.map((c) => [c.file, c]));
    for (const [name, expected] of Object.entries(FIGURES)) expect(figures(byName.get(name)!)).toEqual(expected);
    expect(figures(byName.get('zz-so-y-te.xlsx')!)).toEqual(FIGURES['so-y-te-2024.xlsx']);
    for (const bad of ['crash.xlsx', 'exit.xlsx']) {
      const c = byName.get(bad)!;
      expect(c.result).toBeNull();
      expect(c.problem!.vi).toBe(
        `Không kiểm tra được tệp "${bad}": bộ kiểm tra gặp lỗi và dừng đột ngột khi đọc tệp này; các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, lưu lại thành tệp .xlsx mới rồi kiểm tra lại; nếu vẫn lỗi, gửi tệp cho nhóm hỗ trợ.`,
      );
      expect(c.error).toBe(c.problem!.vi);
    }
    const oom = byName.get('oom.xlsx')!;
    expect(oom.problem!.vi).toContain('tệp cần quá nhiều bộ nhớ');
    expect(oom.problem!.en).toContain('needs too much memory');
    expect(exitStatus(checks)).toBe(2);
  }, 120_000);

  test('the same files give the same checks in workers as in this thread', async () => {
    const { inputs } = batchFolder([]);
    const pooled = await checkFiles(inputs, options(), { workers: { script, size: 2 } });
    const inThread = await checkFiles(inputs, options(), { workers: false });
    // The set is joined back to the run's own object (not a copy per result).
    const sets = options().sets;
    expect(pooled.every((c) => c.result?.set === undefined || sets.some((s) => s.id === c.result?.set?.id))).toBe(true);
    expect(JSON.parse(JSON.stringify(pooled))).toEqual(JSON.parse(JSON.stringify(inThread)));
  }, 120_000);
});

describe('a batch compacting its results has them packed by the workers', () => {
  test('the same checks, statuses and derived values as whole results checked in this thread', async () => {
    const { dir, inputs } = batchFolder([]);
    // A workbook with no scoresheet: its result has nothing to compact and comes back whole.
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'real', 'calamine-date.xlsx'), path.join(dir, 'khong-co-bieu.xlsx'));
    inputs.push({ file: 'khong-co-bieu.xlsx', path: path.join(dir, 'khong-co-bieu.xlsx') });
    const opts = options();
    const pooled = await checkFiles(inputs, opts, { workers: { script, size: 2 }, keepWhole: 0 });
    const inThread = await checkFiles(inputs, opts, { workers: false, keepWhole: 1000 });
    // The four scoresheets came packed (compacted on arrival), the other one whole.
    expect(pooled.map((c) => isCompacted(c.result!))).toEqual([true, true, true, true, false]);
    expect(inThread.map((c) => isCompacted(c.result!))).toEqual([false, false, false, false, false]);
    // Each result's set is the run's own object again, not a copy.
    expect(pooled.slice(0, 4).every((c) => opts.sets.includes(c.result!.set!))).toBe(true);
    expect(pooled.map((c) => sheetStatus(c))).toEqual(inThread.map((c) => sheetStatus(c)));
    expect(pooled.map((c) => explanationRequests(c.result!))).toEqual(inThread.map((c) => explanationRequests(c.result!)));
    expect(pooled.map((c) => c.result!.scores && pointsBreakdown(c.result!.scores))).toEqual(inThread.map((c) => c.result!.scores && pointsBreakdown(c.result!.scores)));
    // Every part read back equal, rows and item scores too (the run keeps every part by default).
    expect(pooled).toEqual(inThread);
    for (const [name, expected] of Object.entries(FIGURES)) expect(figures(pooled.find((c) => c.file === name)!)).toEqual(expected);
  }, 120_000);
});

describe('--annotate in the pool', () => {
  /** Every part of a copy as text (the zip's own times are the clock's, not the copy's). */
  const parts = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes);
    const out: Record<string, string> = {};
    for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out[name] = await entry.async('string');
    return out;
  };
  const collect = () => {
    const written: { file: string; made: MadeCopy | null }[] = [];
    return { written, copies: { lang: 'vi' as const, write: async (checks: FileCheck[], made: MadeCopy | null) => void written.push({ file: checks[0].file, made }) } };
  };

  test('workers make the copies, handed over in input order, the same as this thread makes; a crash costs only its file', async () => {
    const { inputs } = batchFolder(['crash.xlsx']);
    const pool = collect();
    const pooled = await checkFiles(inputs, options(), { workers: { script, size: 2, faults: { 'crash.xlsx': 'crash' } }, copies: pool.copies });
    const here = collect();
    await checkFiles(inputs, options(), { workers: false, copies: here.copies });
    // Input order whatever order the workers finished in (copy names go by it).
    expect(pool.written.map((w) => w.file)).toEqual(inputs.map((i) => i.file));
    expect(here.written.map((w) => w.file)).toEqual(inputs.map((i) => i.file));
    // The crash is planted in workers only: this proves the pooled run used them, and costs only that file.
    expect(pooled.find((c) => c.file === 'crash.xlsx')!.result).toBeNull();
    expect(pool.written.find((w) => w.file === 'crash.xlsx')!.made).toBeNull();
    for (const [i, w] of pool.written.entries()) {
      if (w.file === 'crash.xlsx') continue;
      const [a, b] = [w.made, here.written[i].made];
      if (!a || 'error' in a || !b || 'error' in b) throw new Error(`no copy of ${w.file}`);
      expect(a.counts).toEqual(b.counts);
      expect(await parts(a.bytes)).toEqual(await parts(b.bytes));
    }
    // so-y-te-2024.xlsx has flagged cells (its README findings): the copies carry marks.
    expect(pool.written.some((w) => w.made && !('error' in w.made) && w.made.counts[0] > 0)).toBe(true);
  }, 120_000);
});

describe('a stalled worker is stopped at the time limit', () => {
  afterEach(() => jest.useRealTimers());

  test('the stalled file gets its sentence after 10 s; the others are scored meanwhile', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const { inputs } = batchFolder(['stall.xlsx']);
    let done = 0;
    let allButOne: () => void = () => {};
    const othersDone = new Promise<void>((resolve) => (allButOne = resolve));
    const run = checkFiles(inputs, options(), {
      onProgress: () => {
        if (++done === inputs.length - 1) allButOne();
      },
      workers: { script, size: 2, faults: { 'stall.xlsx': 'stall' } },
    });
    await othersDone;
    // Nothing more comes until the limit: the stalled worker never answers.
    jest.advanceTimersByTime(9_999);
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(inputs.length - 1);
    jest.advanceTimersByTime(1);
    const checks = await run;
    const stalled = checks.find((c) => c.file === 'stall.xlsx')!;
    expect(stalled.problem!.vi).toBe(
      'Không kiểm tra được tệp "stall.xlsx": việc kiểm tra kéo dài quá 10 giây nên đã bị dừng (một biểu chấm điểm thường cần chưa đến một giây); các tệp khác vẫn được kiểm tra. Hãy mở tệp bằng Excel, chép riêng sheet chấm điểm sang sổ làm việc mới, lưu lại rồi kiểm tra tệp mới.',
    );
    expect(figures(checks.find((c) => c.file === 'zz-so-y-te.xlsx')!)).toEqual(FIGURES['so-y-te-2024.xlsx']);
  }, 120_000);
});

describe('the built command line', () => {
  test('check DIR --json with a crashing file: complete report, exit 2 as documented', () => {
    const { dir, inputs } = batchFolder(['crash.xlsx']);
    // What bin/par-check.js does, with the bundle built above.
    const bin = path.join(BUILD, 'bin.js');
    fs.writeFileSync(bin, "require('./par-check.js').runFromProcess();\n");
    const run = spawnSync(process.execPath, [bin, 'check', dir, '--json'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, PAR_CHECK_TEST_FAULTS: JSON.stringify({ 'crash.xlsx': 'crash' }), PAR_CHECK_WORKERS: '2' },
    });
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as { summary: { files: number; unreadable: number }; files: { file: string; error: string | null }[] };
    expect(report.summary.files).toBe(inputs.length);
    expect(report.summary.unreadable).toBe(1);
    const crashed = report.files.find((f) => f.file.endsWith('crash.xlsx'))!;
    expect(crashed.error).toContain('bộ kiểm tra gặp lỗi và dừng đột ngột');
    expect(report.files.filter((f) => f.error === null)).toHaveLength(inputs.length - 1);
    expect(run.stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
  }, 120_000);
});
