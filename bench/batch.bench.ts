/**
 * Batch benchmark (prints, never asserts): 200 generated workbooks checked by one CLI process
 * into a ranking workbook (`check <folder> --summary`), then with flagged copies too
 * (`--annotate`): wall time and peak memory (max RSS of the process, read by a preload module at
 * exit, so no /usr/bin/time is needed). Beside it, when LibreOffice is on PATH,
 * `soffice --headless --convert-to csv` on the same files — merely opening and saving each one,
 * the least any tool based on LibreOffice would do — both as one process for all the files
 * (LibreOffice's best case) and as one process per file (a script looping over files; timed on a
 * sample and extrapolated), and the ratios. Aim: ≥ 20 times faster.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledWorkbook } from '../test/helpers/generate-workbook';

const ROOT = path.join(__dirname, '..');
const FILES = 200;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const MB = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Where on PATH a command is, or null. */
function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const full = path.join(dir, cmd);
    if (dir && fs.existsSync(full)) return full;
  }
  return null;
}

async function makeInputs(dir: string): Promise<string[]> {
  const sets = bundledSets();
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const set = sets[i % sets.length];
    const file = path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
    fs.writeFileSync(file, await generateFilledWorkbook(set, { unit: `Đơn vị số ${i + 1}`, seed: 1 + (i % 50) }));
    files.push(file);
  }
  return files;
}

interface CliRun {
  wallMs: number;
  maxRssKb: number | null;
  status: number | null;
  summary: string;
}

function runCli(args: string[], preload: string): CliRun {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, path.join(ROOT, 'bin', 'par-check.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallMs = performance.now() - t;
  const rss = /PAR_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  let summary = '';
  try {
    const report = JSON.parse(r.stdout);
    summary = `${report.summary.files} tệp/files, ${report.summary.unreadable} không đọc được/unreadable`;
  } catch {
    summary = `báo cáo không đọc được / report unreadable: ${(r.stderr ?? '').slice(0, 300)}`;
  }
  return { wallMs, maxRssKb: rss ? Number(rss[1]) : null, status: r.status, summary };
}

/** Files converted one LibreOffice process each (timed on a sample, extrapolated to FILES). */
const PER_FILE_SAMPLE = 5;

interface LoTimes {
  /** All files in one soffice process (LibreOffice's best case). */
  batchMs: number;
  csv: number;
  /** Per file, one soffice process each, as a script looping over files does. */
  perFileMs: number;
  note: string;
}

function libreOffice(soffice: string, files: string[], work: string): LoTimes {
  const profile = `file://${path.join(work, 'lo-profile')}`;
  const outdir = path.join(work, 'csv');
  const args = (list: string[]) => [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', outdir, ...list];
  const convert = (list: string[]) => spawnSync(soffice, args(list), { encoding: 'utf8', timeout: 1_800_000, maxBuffer: 64 * 1024 * 1024 });
  // Warm-up: the first start creates the profile, which is not part of converting.
  convert([files[0]]);
  fs.rmSync(outdir, { recursive: true, force: true });
  let t = performance.now();
  const r = convert(files);
  const batchMs = performance.now() - t;
  const csv = fs.existsSync(outdir) ? fs.readdirSync(outdir).filter((f) => f.endsWith('.csv')).length : 0;
  t = performance.now();
  for (const f of files.slice(0, PER_FILE_SAMPLE)) convert([f]);
  const perFileMs = (performance.now() - t) / PER_FILE_SAMPLE;
  return { batchMs, csv, perFileMs, note: r.status === 0 ? '' : ` (exit ${r.status}: ${(r.stderr ?? '').slice(0, 200)})` };
}

export default async function batchBench(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-batch-bench-'));
  try {
    const input = path.join(work, 'ho-so');
    fs.mkdirSync(input);
    const files = await makeInputs(input);
    const preload = path.join(work, 'max-rss.js');
    fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nPAR_BENCH_MAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n");

    const summary = runCli(['check', '--json', input, '--summary', path.join(work, 'xep-hang.xlsx')], preload);
    const size = fs.existsSync(path.join(work, 'xep-hang.xlsx')) ? fs.statSync(path.join(work, 'xep-hang.xlsx')).size : 0;
    console.log(
      `check ${FILES} tệp/files --summary: ${s(summary.wallMs)} (${(summary.wallMs / FILES).toFixed(0)} ms/tệp/file), ` +
        `bộ nhớ đỉnh/peak RSS ${summary.maxRssKb === null ? '?' : MB(summary.maxRssKb)}, sổ xếp hạng/ranking ${(size / 1024).toFixed(0)} KB — ${summary.summary}`,
    );
    const annotate = runCli(
      ['check', '--json', input, '--summary', path.join(work, 'xep-hang-2.xlsx'), '--annotate', path.join(work, 'danh-dau')],
      preload,
    );
    console.log(
      `check ${FILES} tệp/files --summary --annotate: ${s(annotate.wallMs)}, ` +
        `bộ nhớ đỉnh/peak RSS ${annotate.maxRssKb === null ? '?' : MB(annotate.maxRssKb)} — ${annotate.summary}`,
    );

    const soffice = which('soffice') ?? which('libreoffice');
    if (!soffice) {
      console.log('LibreOffice chưa cài (không có soffice trên PATH): bỏ qua so sánh. / LibreOffice is not installed (no soffice on PATH): comparison skipped.');
      return;
    }
    const lo = libreOffice(soffice, files, work);
    const perFileTotal = lo.perFileMs * FILES;
    console.log(`libreoffice --headless --convert-to csv, ${FILES} tệp trong một tiến trình/files in one process (${lo.csv} csv): ${s(lo.batchMs)}${lo.note}`);
    console.log(
      `libreoffice --headless --convert-to csv, mỗi tệp một tiến trình/one process per file: ${s(lo.perFileMs)}/tệp/file ` +
        `(đo ${PER_FILE_SAMPLE} tệp/measured on ${PER_FILE_SAMPLE} files) → ~${s(perFileTotal)} cho/for ${FILES}`,
    );
    const ratio = (loMs: number, ms: number) => `×${(loMs / ms).toFixed(1)}`;
    console.log(
      `par-check --summary so với/vs LibreOffice: ${ratio(lo.batchMs, summary.wallMs)} (một tiến trình/one process), ` +
        `${ratio(perFileTotal, summary.wallMs)} (mỗi tệp một tiến trình/process per file) — mục tiêu/aim ≥ ×20`,
    );
    console.log(
      `par-check --summary --annotate so với/vs LibreOffice: ${ratio(lo.batchMs, annotate.wallMs)} / ${ratio(perFileTotal, annotate.wallMs)}`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
