/**
 * `npm run bench`: prints (never asserts) timings of the checker.
 *  1. median time of checkGrid (read sheet + choose set + align + score + findings) on a generated
 *     300-row sheet and a 30,000-row sheet;
 *  2. wall time of one CLI process checking 200 generated workbooks.
 * Then runs every other bench/*.bench.ts module's default export (helpers add their own).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkGrid } from '../src/engine/check';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledSheet, generatedGrid, sheetToWorkbook } from '../test/helpers/generate-workbook';

const ROOT = path.join(__dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function benchCheckGrid(rows: number, runs: number): void {
  const sets = bundledSets();
  const set = sets.find((s) => s.id === 'mau-so-nganh-2024') ?? sets[0];
  const grid = generatedGrid(generateFilledSheet(set, { unit: 'Sở Tư pháp', rows, seed: 7 }));
  // Warm-up until the JIT has compiled the hot paths: the pane re-checks the same sheet on every
  // edit, so the steady state is what users feel.
  const warmups = Math.max(2, Math.round(30000 / rows));
  for (let i = 0; i < warmups; i++) checkGrid(grid, { sets });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    checkGrid(grid, { sets });
    times.push(performance.now() - t);
  }
  console.log(`checkGrid, ${grid.rows.length} dòng/rows: trung vị/median ${ms(median(times))} (${runs} lần/runs)`);
}

async function benchCli(files: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-bench-'));
  try {
    const sets = bundledSets();
    const paths: string[] = [];
    for (let i = 0; i < files; i++) {
      const set = sets[i % sets.length];
      const { buffer } = await sheetToWorkbook(generateFilledSheet(set, { unit: `Đơn vị ${i + 1}`, seed: i + 1 }));
      const file = path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
      fs.writeFileSync(file, buffer);
      paths.push(file);
    }
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'par-check.js'), 'check', '--json', ...paths], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const wall = performance.now() - t;
    let summary = '';
    try {
      const s = JSON.parse(r.stdout).summary;
      summary = ` — ${s.files} tệp/files, ${s.unreadable} không đọc được/unreadable, ${s.errors} lỗi/errors`;
    } catch {
      summary = ` — (không đọc được báo cáo / report unreadable: exit ${r.status}) ${r.stderr.slice(0, 200)}`;
    }
    console.log(`CLI check ${files} tệp/files, một tiến trình/one process: ${ms(wall)} (${ms(wall / files)}/tệp/file)${summary}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function otherBenches(): Promise<void> {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort();
  for (const f of files) {
    console.log(`\n== ${f} ==`);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(__dirname, f)) as { default?: () => Promise<void> | void };
      if (typeof mod.default === 'function') await mod.default();
      else console.log('(không có hàm mặc định / no default export)');
    } catch (e) {
      console.log(`lỗi / failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

async function main(): Promise<void> {
  console.log('== par-check bench ==');
  benchCheckGrid(300, 200);
  benchCheckGrid(30_000, 7);
  await benchCli(200);
  await otherBenches();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
