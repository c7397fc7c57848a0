/**
 * `npm run bench`: prints (never asserts) timings of the checker.
 *  1. median time of checkGrid (read sheet + choose set + align + score + findings) on a generated
 *     300-row sheet and a 30,000-row sheet;
 *  (batches: bench/batch.bench.ts, each figure beside its floor.)
 * Then runs every other bench/*.bench.ts module's default export (helpers add their own).
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkGrid } from '../src/engine/check';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledSheet, generatedGrid } from '../test/helpers/generate-workbook';

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
  await otherBenches();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
