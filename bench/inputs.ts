/**
 * Generated batch inputs for the benchmarks: `count` filled scoresheets (both bundled sets in
 * turn, a distinct unit and seed each, so no two are duplicates), written once into a folder
 * under the temp dir and reused by later runs (a marker file says the folder is complete).
 * Run alone to make a folder: npx ts-node --transpile-only bench/inputs.ts 1000
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundledSets } from '../src/engine/criteria/registry';
import { generateFilledWorkbook } from '../test/helpers/generate-workbook';

/** The folder holding `count` generated workbooks (made on first use). */
export async function generatedInputs(count: number, onProgress?: (done: number) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), `par-check-bench-inputs-${count}`);
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return dir;
  fs.mkdirSync(dir, { recursive: true });
  const sets = bundledSets();
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `don-vi-${String(i + 1).padStart(width, '0')}.xlsx`);
    if (fs.existsSync(file)) continue;
    const set = sets[i % sets.length];
    fs.writeFileSync(file, await generateFilledWorkbook(set, { unit: `Đơn vị số ${i + 1}`, seed: i + 1 }));
    if ((i + 1) % 500 === 0) onProgress?.(i + 1);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return dir;
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  const t = Date.now();
  generatedInputs(count, (n) => process.stderr.write(`${n}\n`)).then((dir) => {
    console.log(`${dir} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  });
}
